import type { Transport } from '../env/env';
import { error } from '../log';
import type { ConsentRecord, EndpointOptions } from '../types';

/** Longest pause a receiver may ask for (Retry-After), and the backoff's cap. */
export const MAX_DELAY = 60_000;

/** Told once per page: an endpoint that redirects. */
let toldRedirect = false;

/** Delivered; dropped for good (a 4xx); or try again after this many ms (0: after the backoff). */
export type Outcome = 'ok' | 'drop' | number;

/**
 * POSTs one record as JSON to the endpoint (with `keepalive`, so it outlives the page) and reads the
 * answer: a 2xx delivers it; 408, 429, 5xx, network errors and timeouts ask for another try
 * (honouring Retry-After); any other 4xx drops it with one console error. A redirect is not
 * followed (a 301 or 302 turns the POST into a GET without its body, and the 2xx at its end would
 * read as delivered): the record waits for another try, and the console says why, once.
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
      redirect: 'manual',
    });
    if (res.ok) return 'ok';
    if (res.status == 408 || res.status == 429 || res.status >= 500) {
      const after = res.headers.get('retry-after');
      const ms = after ? (/^\d+$/.test(after) ? +after * 1000 : Date.parse(after) - Date.now()) : 0;
      return ms > 0 ? Math.min(ms, MAX_DELAY * 10) : 0;
    }
    // With redirect: 'manual', every redirect is this opaque answer.
    if (res.type == 'opaqueredirect') {
      if (!toldRedirect)
        error(
          `the endpoint ${options.url} answered with a redirect; records are not sent through redirects, so they wait: set endpoint to the URL it redirects to`,
        );
      toldRedirect = true;
      return 0;
    }
    // Any other answer that is not an error is not what a receiver sends: try again later.
    if (res.status < 400) return 0;
    error(`the endpoint answered ${res.status} to record ${record.id}; it is dropped and not sent again`);
    return 'drop';
  } catch {
    return 0; // offline, refused, timed out: try again later
  } finally {
    clearTimeout(timeout);
  }
}
