import type { Engine } from '../engine/engine';
import type { ConsentRecord } from '../types';
import { recordsEndpoint } from './recordsEndpoint';

/**
 * The receiver's copy of the visitor's records, each with the time it arrived
 * (`GET <endpoint>/<consentId>`, docs/receiver.md): the visitor's access and portability. Asked
 * with the endpoint's headers, credentials and timeout, as records are sent; `undefined` without
 * an endpoint or a consent id, or when the endpoint cannot answer or answers something else (a
 * site's own endpoint may have no such route). In the records chunk: only the preferences' download asks.
 */
export async function fetchReceiverCopy(engine: Engine): Promise<ConsentRecord[] | undefined> {
  const target = recordsEndpoint(engine);
  const id = engine.consentId();
  if (!target || !id) return;
  const [endpoint, transport] = target;
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), endpoint.timeoutMs);
  try {
    const url = `${endpoint.url.replace(/\/?$/, '/')}${encodeURIComponent(id)}`;
    const init: RequestInit = { method: 'GET', cache: 'no-store', credentials: endpoint.credentials, headers: endpoint.headers, signal: abort.signal };
    const res = await transport.post(url, init);
    const body = res.ok && (await res.json());
    return Array.isArray(body?.records) ? body.records : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timeout);
  }
}
