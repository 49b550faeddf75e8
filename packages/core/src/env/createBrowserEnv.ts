import { DB_NAME } from '../model/config/defaults';
import type { Env } from './env';
import { whenIdle } from './whenIdle';

/** Options of `createBrowserEnv()`. */
export interface BrowserEnvOptions {
  /** Loads code on demand (a chunk in the script-tag build, `import()` for npm users). */
  load(name: string): Promise<any>;
}

/**
 * The env of a real page. Captures the native `document.cookie` accessors first, so Consentry's own
 * reads and writes pass the cookie guard. Touches browser globals only when called.
 */
export function createBrowserEnv(options: BrowserEnvOptions): Env {
  const doc = document;
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  /** Opened by onExternalChange, which the engine calls once the page is idle (opening it took about 1 ms of start-up, issue 15). */
  let channel: BroadcastChannel | undefined;
  // A getter that throws (an extension, a hostile page) reads as no signal: GPC only ever withholds.
  let gpc: unknown;
  try {
    gpc = nav.globalPrivacyControl;
  } catch {}
  return {
    now: Date.now,
    readCookies: () => cookie.get!.call(doc),
    writeCookie: (c) => cookie.set!.call(doc, c),
    secure: location.protocol == 'https:',
    // Read at decision time: single-page apps change the URL without a page load.
    get pageUrl() {
      return location.origin + location.pathname;
    },
    userAgent: nav.userAgent,
    gpc: gpc === true,
    async storeExists() {
      // indexedDB.databases() lists without opening; where it is missing we cannot check without
      // creating the database, so we do not look (no restore there).
      try {
        return (await indexedDB.databases()).some((d) => d.name == DB_NAME);
      } catch {
        return false;
      }
    },
    load: options.load,
    storage() {
      try {
        return localStorage;
      } catch {
        // Storage disabled (a sandboxed frame, a browser setting): nothing is kept across pages.
      }
    },
    broadcast: () => channel?.postMessage(1),
    onExternalChange(fn) {
      try {
        (channel = new BroadcastChannel(DB_NAME)).onmessage = fn;
      } catch {
        // No BroadcastChannel (very old browsers): other tabs catch up when shown again.
      }
      addEventListener('pageshow', (e) => e.persisted && fn());
      doc.addEventListener('visibilitychange', () => doc.visibilityState == 'visible' && fn());
    },
    whenIdle,
    dispatch: (name, detail) => dispatchEvent(new CustomEvent(name, { detail })),
  };
}
