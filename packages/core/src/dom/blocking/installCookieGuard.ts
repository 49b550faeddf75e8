import type { Env } from '../../env/env';

/**
 * A write that deletes the cookie: a tracker may always remove its own cookies. Only the
 * attributes count (not the value), and Max-Age wins over Expires, as in browsers.
 */
function isDeletion(cookie: string) {
  const attrs = cookie.replace(/^[^;]*/, '');
  const maxAge = /;\s*max-age\s*=\s*(-?\d+)/i.exec(attrs);
  const expires = /;\s*expires\s*=\s*([^;]*)/i.exec(attrs);
  return maxAge ? +maxAge[1] <= 0 : !!expires && Date.parse(expires[1]) <= Date.now();
}

/**
 * The cookie guard: a write through the page's `document.cookie` or `cookieStore.set` of a cookie
 * that `blocked(name)` refuses is dropped. It only sees scripts that run after it: HTTP Set-Cookie,
 * workers, other frames and earlier scripts are out of reach (clearing sweeps those). Consentry's
 * own writes use the env's native accessors (captured before), so they never meet the guard.
 */
export function installCookieGuard(
  env: Pick<Env, 'readCookies' | 'writeCookie'>,
  blocked: (name: string) => boolean,
  known: (name: string) => boolean,
  debug: false | ((code: string, name: string) => void),
) {
  const seen = new Set<string>();
  const passes = (name: string, deleting?: boolean) => {
    if (!blocked(name) || deleting) {
      if (debug && !known(name) && !seen.has(name)) {
        seen.add(name);
        debug('undeclared', name);
      }
      return true;
    }
    if (debug) debug('blocked', name);
  };
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: env.readCookies,
    set(v) {
      const s = String(v);
      if (passes(s.split('=')[0].trim(), isDeletion(s))) env.writeCookie(s);
    },
  });
  // Both forms of the Cookie Store API, set(name, value) and set({ name, value, … }), with the
  // arguments passed on exactly as given: an added `undefined` would make the browser read the
  // options object as a name ("[object Object]"). Deleting is never guarded: cookieStore.delete
  // stays the browser's own, in both its forms.
  const store = (window as { cookieStore?: { set: (...args: any[]) => Promise<void> } }).cookieStore;
  if (store) {
    const set = store.set.bind(store);
    store.set = (...a: any[]) => (passes(a[0]?.name ?? a[0]) ? set(...a) : Promise.resolve());
  }
}
