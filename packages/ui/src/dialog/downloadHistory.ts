import type { Engine } from '@consentry/core/internal';

/**
 * Gives the visitor the JSON of their consent records (access and portability, GDPR Art. 15 and
 * 20): with an endpoint, the receiver's copy for this consent id (what the site owner holds, with
 * the time each arrived); when it cannot answer, the local receipts, made in the page.
 */
export async function downloadHistory(engine: Engine): Promise<void> {
  // A decision made a moment ago is kept a moment later (createRecordKeeper): wait for it.
  await engine.settled();
  const records = (await fromReceiver(engine)) || (await engine.history());
  const url = URL.createObjectURL(new Blob([JSON.stringify(records, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `consent-history-${engine.consentId() || 'none'}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `GET <endpoint>/<consentId>` (the receiver's route, docs/receiver.md); undefined on any failure. */
async function fromReceiver(engine: Engine): Promise<unknown[] | undefined> {
  const endpoint = engine.config.endpoint;
  const id = engine.consentId();
  if (!endpoint || !id) return;
  try {
    const response = await fetch(endpoint.replace(/\/?$/, '/') + id, { cache: 'no-store' });
    const body = response.ok && (await response.json());
    return Array.isArray(body?.records) ? body.records : undefined;
  } catch {
    return undefined;
  }
}
