// A page that breaks what Consentry relies on must not get an exception from it.
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, type Message, ready, useBrowser } from './harness';

const h = useBrowser();

describe('given a page that froze document.cookie before Consentry', () => {
  it('when Consentry starts, it should raise no page error, say blocking could not start, and keep held scripts held', async () => {
    const head = `<script>Object.defineProperty(document, 'cookie', { configurable: false, get: () => '', set: () => {} })</script>
${consentryTag()}
<script type="text/plain" data-category="analytics">window.__ran = true</script>`;
    const { page, messages } = await h.open(h.page({ head }));
    await ready(page);

    const errors = messages.filter((m: Message) => m.type == 'error' && m.text.startsWith('[consentry]'));
    expect(errors.map((m) => m.text)).toEqual([expect.stringContaining('blocking could not start')]);
    expect(await consentry(page, (c) => c.getConsent())).toBeNull();
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
  });
});
