import type { Engine } from '@consentry/core/internal';

/**
 * Gives the visitor the JSON of their consent records (access and portability, GDPR Art. 15 and
 * 20): with an endpoint, the receiver's copy for this consent id (what the site owner holds, with
 * the time each arrived); when it cannot answer, the local receipts, made in the page. Core asks
 * the receiver: this package never touches the network itself (design.md).
 */
export async function downloadHistory(engine: Engine): Promise<void> {
  // A decision made a moment ago is kept a moment later (createRecordKeeper): wait for it.
  await engine.settled();
  const remote = await engine.env.load('records').then(
    (m) => m.fetchReceiverCopy(engine),
    () => undefined,
  );
  const records = remote || (await engine.history());
  const url = URL.createObjectURL(new Blob([JSON.stringify(records, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `consent-history-${engine.consentId() || 'none'}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
