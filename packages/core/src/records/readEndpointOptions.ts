import type { EndpointOptions } from '../types';
import { isObj } from '../model/config/guards';
import { isWebUrl } from '../model/config/isWebUrl';

/**
 * The endpoint options where records are sent, by the same rules as `readConfig()` (which also
 * names what is wrong): a URL string or `{ url, headers, credentials, timeoutMs, maxQueue }`,
 * each bad value replaced by its default. `undefined` without an http(s) or relative URL.
 */
export function readEndpointOptions(value: unknown): Required<EndpointOptions> | undefined {
  const o = typeof value == 'string' ? { url: value } : isObj(value) ? value : {};
  const pos = (v: unknown, def: number) => (typeof v == 'number' && v > 0 ? v : def);
  if (!isWebUrl(o.url) || !o.url) return;
  return {
    url: o.url,
    headers: isObj(o.headers) && Object.values(o.headers).every((h) => typeof h == 'string') ? (o.headers as Record<string, string>) : {},
    credentials: o.credentials == 'include' || o.credentials == 'omit' ? (o.credentials as 'include' | 'omit') : 'same-origin',
    timeoutMs: pos(o.timeoutMs, 10000),
    maxQueue: pos(o.maxQueue, 1000),
  };
}
