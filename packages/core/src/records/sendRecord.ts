import type { Transport } from '../env/env';
import { error } from '../log';
import type { ConsentRecord, EndpointOptions } from '../types';

/** Longest pause a receiver may ask for (Retry-After), and the backoff's cap. */
export const MAX_DELAY = 60_000;

/** Delivered; dropped for good (a 4xx); or try again after this many ms (0: after the backoff). */
export type Outcome = 'ok' | 'drop' | number;

/**
 * POSTs one record as JSON to the endpoint (with `keepalive`, so it outlives the page) and reads the
 * answer: a 2xx delivers it; 408, 429, 5xx, network errors and timeouts ask for another try
 * (honouring Retry-After); any other 4xx drops it with one console error.
 */
export async function sendRecord(record: ConsentRecord, options: Required<EndpointOptions>, transport: Transport): Promise<Outcome> {
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), options.timeoutMs);
  try {
    const res = await transport.post(options.url, {
      method: 'POST',
      keepalive: true,
      credentials: options.credentials,
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(record),
      signal: abort.signal,
    });
    if (res.ok) return 'ok';
    if (res.status == 408 || res.status == 429 || res.status >= 500) {
      const after = res.headers.get('retry-after');
      const ms = after ? (/^\d+$/.test(after) ? +after * 1000 : Date.parse(after) - Date.now()) : 0;
      return ms > 0 ? Math.min(ms, MAX_DELAY * 10) : 0;
    }
    // An opaque or redirected answer is not what a receiver sends: try again later.
    if (res.status < 400) return 0;
    error(`the endpoint answered ${res.status} to record ${record.id}; it is dropped and not sent again`);
    return 'drop';
  } catch {
    return 0; // offline, refused, timed out: try again later
  } finally {
    clearTimeout(timeout);
  }
}
