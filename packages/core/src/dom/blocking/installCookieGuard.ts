import type { Env } from '../../env/env';

/**
 * The cookie guard: a write through the page's `document.cookie` or `cookieStore.set` of a cookie
 * that `blocked(name)` refuses sets nothing (through `document.cookie` it goes on as a deletion).
 * It only sees scripts that run after it: HTTP Set-Cookie, workers, other frames and earlier
 * scripts are out of reach (clearing sweeps those). Consentry's own writes use the env's native
 * accessors (captured before), so they never meet the guard.
 */
export function installCookieGuard(
  env: Pick<Env, 'readCookies' | 'writeCookie'>,
  blocked: (name: string) => boolean,
  known: (name: string) => boolean,
  debug: false | ((code: string, name: string) => void),
) {
  const seen = new Set<string>();
  const passes = (name: string) => {
    if (!blocked(name)) {
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
      // A refused write goes on as a deletion: a last `Max-Age=0` wins over every Max-Age and
      // Expires before it (RFC 6265 §5.3; Chromium too), so it sets nothing, and a tracker's own
      // deletion still deletes, whatever form its dates take (guessing which writes delete let
      // `expires=1`, a two-digit year or `max-age=0x` through as deletions).
      env.writeCookie(passes(s.split('=')[0].trim()) ? s : s + ';max-age=0');
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
