import type { NameMatcher } from '../../model/config/resolvedConfig';
import { matchesAny } from '../../model/cookieRules';

/**
 * Holds, in the main file, what a script right after Consentry's tag does before the guards chunk
 * has started (it arrives a moment later, after the catalogue entries). Returns the end of the hold.
 * - `localStorage` / `sessionStorage` `setItem` of a key that `storage()` refuses is dropped, from
 *   now on (the config's own patterns at first, catalogue ones once they are here; property writes
 *   are the guards' part, swept at start-up until then).
 * - `fetch`, `navigator.sendBeacon` and `XMLHttpRequest`'s `open`, `setRequestHeader`, `send` and `abort`
 *   to another origin (a tracker's hosts may not be known yet: catalogue entries are still loading)
 *   wait until the hold ends, then go, in the order they were made, to the functions in place then
 *   (the guards', which decide them). Requests to the page's own origin go at once: the site's own
 *   calls never wait for Consentry. A held call returns a promise of what the call it waits for
 *   returns: `fetch` settles as the guarded call does, an XHR fires its events once opened and sent
 *   or refused (until then it reads as unsent), a beacon answers a (truthy) promise.
 * Calls made after the end go straight on (the held ones go first: they are queued as microtasks
 * and no page script runs in between). `hold` false (nothing declared that the guards could refuse) installs nothing.
 */
export function holdEarly(hold: unknown, storage: () => NameMatcher[]): () => void {
  let open!: () => void;
  // Held calls wait on this, in the order they were made; null once the hold has ended.
  let gate: Promise<void> | null = new Promise<void>((done) => (open = done));
  const end = () => {
    gate = null;
    open();
  };
  if (!hold) return end;
  const proto = Storage.prototype;
  const setItem = proto.setItem;
  proto.setItem = function (this: Storage, key: string, value: string) {
    if (!matchesAny(storage(), key) || String(key).startsWith('consentry')) setItem.call(this, key, value);
  };
  /** While holding, `target[name](…)` waits if `held` says so, then goes to whatever `target[name]` is by then. */
  const keepBack = <T extends object>(target: T, name: keyof T & string, held: (self: any, args: any[]) => unknown) => {
    const real = target[name] as (...a: unknown[]) => unknown;
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      return gate && held(this, args) ? gate.then(() => (target[name] as (...a: unknown[]) => unknown).apply(this, args)) : real.apply(this, args);
    };
  };
  /** A URL (or a Request) of another origin; what cannot be read is held. */
  const away = (url: any) => {
    try {
      return new URL(url?.url ?? url, location.href).origin != location.origin;
    } catch {
      return true;
    }
  };
  keepBack(window, 'fetch', (_, [url]) => away(url));
  keepBack(navigator, 'sendBeacon', (_, [url]) => away(url));
  // The whole request waits, so the guards see the URL it is opened with.
  const xhr = XMLHttpRequest.prototype;
  const heldXhr = new WeakSet<XMLHttpRequest>();
  keepBack(xhr, 'open', (x, [, url]) => away(url) && heldXhr.add(x));
  for (const name of ['setRequestHeader', 'send', 'abort'] as const) keepBack(xhr, name, (x) => heldXhr.has(x));
  return end;
}
