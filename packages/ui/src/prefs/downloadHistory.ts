import type { Engine } from '@consentry/core/internal';

/**
 * Gives the visitor the JSON of their local consent receipts (access and portability, GDPR
 * Art. 15 and 20): a file made in the page, nothing sent anywhere.
 */
export async function downloadHistory(engine: Engine): Promise<void> {
  const records = await engine.history();
  const url = URL.createObjectURL(new Blob([JSON.stringify(records, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `consent-history-${engine.consentId() || 'none'}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
