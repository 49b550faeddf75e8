/**
 * The storage guard: `localStorage` / `sessionStorage` writes of a key that `blocked(key)` refuses
 * are dropped, without an exception (a tracker that throws breaks the page). It covers `setItem`
 * (through the prototype, so references taken before Consentry are covered too) and property
 * writes (`localStorage.x = 1`, through a proxy in place of `window.localStorage`). Scripts that
 * took `window.localStorage` before Consentry ran can still assign properties: clearing sweeps those.
 */
export function installStorageGuard(blocked: (key: string) => boolean) {
  const proto = Storage.prototype;
  const setItem = proto.setItem;
  proto.setItem = function (this: Storage, key: string, value: string) {
    if (!blocked(String(key))) setItem.call(this, key, value);
  };
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    let real: Storage;
    try {
      real = window[name];
    } catch {
      continue; // storage disabled: nothing to guard
    }
    const proxy = new Proxy(real, {
      // Methods must run on the real object (a proxy as `this` is an illegal invocation).
      get: (t, k) => (typeof t[k as 'key'] == 'function' ? (t[k as 'key'] as (...a: unknown[]) => unknown).bind(t) : Reflect.get(t, k, t)),
      set: (t, k, v) => (typeof k != 'string' || !blocked(k) ? Reflect.set(t, k, v, t) : true),
      defineProperty: (t, k, d) => (typeof k != 'string' || !blocked(k) ? Reflect.defineProperty(t, k, d) : true),
    });
    try {
      Object.defineProperty(window, name, { configurable: true, get: () => proxy });
    } catch {
      // A page that froze it: setItem is still guarded through the prototype.
    }
  }
}
