import type { Env } from './env';

const none = () => {};

/**
 * The env outside a browser (server rendering): no cookies, no storage, no tabs. An engine on it
 * knows no decision and takes none, so state is never shared between a server's requests.
 */
export function createServerEnv(): Env {
  return {
    server: true,
    now: Date.now,
    readCookies: () => '',
    writeCookie: none,
    secure: false,
    pageUrl: '',
    userAgent: '',
    gpc: false,
    storeExists: async () => false,
    load: () => Promise.reject(new Error('nothing to load on a server')),
    storage: () => undefined,
    broadcast: none,
    onExternalChange: none,
    whenIdle: none,
    dispatch: none,
  };
}
