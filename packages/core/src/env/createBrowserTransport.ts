import type { Transport } from './env';

/**
 * The browser's transport for records: `fetch`, `sendBeacon`, Web Locks, BroadcastChannel and the
 * page's lifecycle events. Part of the records chunk, not the main file.
 */
export function createBrowserTransport(): Transport {
  const nav = navigator as Navigator & { locks?: LockManager };
  return {
    post: (url, init) => fetch(url, init),
    beacon: (url, body) => !!nav.sendBeacon?.(url, body),
    lock: nav.locks && ((name, fn) => nav.locks!.request(name, fn)),
    channel(name) {
      try {
        return new BroadcastChannel(name);
      } catch {
        // No BroadcastChannel (very old browsers).
      }
    },
    onLeave(fn) {
      addEventListener('pagehide', () => fn(true));
      document.addEventListener('visibilitychange', () => document.visibilityState == 'hidden' && fn(false));
    },
    origin: location.origin,
  };
}
