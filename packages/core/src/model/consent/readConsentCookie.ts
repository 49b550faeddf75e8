import { decodeDecision } from './cookieCodec';

/**
 * The consent cookie's value as the page sees it, if any, and how many consent cookies it sees.
 * There can be two: host-only and `Domain=` after a site added `cookie.domain`, or two paths. The
 * newest decision wins (the browser lists the longer path first, whatever its age); the next
 * decision leaves one. One read of `document.cookie` (a synchronous round trip to the browser) gives both. A server
 * reads a request's `Cookie` header the same way (parseConsentCookie).
 */
export function readConsentCookie(
  env: { readCookies(): string; now(): number },
  config: { cookie: { name: string } },
): [value: string | undefined, count: number] {
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
