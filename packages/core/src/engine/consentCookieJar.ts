import type { CoreConfig } from '../model/config/resolvedConfig';
import { decodeDecision } from '../model/consent/cookieCodec';
import type { Env } from '../env/env';

/**
 * The consent cookie's value as the page sees it, if any, and how many consent cookies it sees.
 * There can be two: host-only and `Domain=` after a site added `cookie.domain`, or two paths. The
 * newest decision wins (the browser lists the longer path first, whatever its age); the next
 * decision leaves one. One read of `document.cookie` (a synchronous round trip to the browser) gives both.
 */
export function readConsentCookie(env: Env, config: CoreConfig): [value: string | undefined, count: number] {
  const prefix = config.cookie.name + '=';
  let value: string | undefined;
  let newest = -1;
  let count = 0;
  for (const part of env.readCookies().split(/;\s*/))
    if (part.startsWith(prefix)) {
      count++;
      const v = part.slice(prefix.length);
      const t = decodeDecision(v, env.now())?.decidedAt || 0;
      if (t > newest) {
        value = v;
        newest = t;
      }
    }
  return [value, count];
}

/** `SameSite=Lax` set explicitly (browsers differ in their default), `Secure` on https. */
function attributes(env: Env, config: CoreConfig, maxAge: number) {
  const { path, domain } = config.cookie;
  return `; Max-Age=${maxAge}; Path=${path}; SameSite=Lax${domain ? '; Domain=' + domain : ''}${env.secure ? '; Secure' : ''}`;
}

/** Writes a decision's cookie value; the cookie lives until the decision expires. */
export function writeConsentCookie(env: Env, config: CoreConfig, value: string, expires: number) {
  env.writeCookie(config.cookie.name + '=' + value + attributes(env, config, Math.max(0, Math.round((expires - env.now()) / 1e3))));
}

export function removeConsentCookie(env: Env, config: CoreConfig) {
  env.writeCookie(config.cookie.name + '=' + attributes(env, config, 0));
}
