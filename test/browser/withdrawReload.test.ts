// Withdrawal honesty: code that already ran cannot be unloaded, so Consentry says so
// (needsReload()) and, with reloadOnWithdraw, reloads the page itself.
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const heldScript = `<script type="text/plain" data-category="analytics">window.__analyticsRan = true</script>`;
const ran = (page: import('playwright-core').Page) => page.evaluate(() => (window as { __analyticsRan?: boolean }).__analyticsRan === true);

describe('given a held analytics script that ran after accept all', () => {
  it('when analytics is withdrawn, it should say a reload is needed, and not before', async () => {
    const { page } = await h.open(h.page({ head: consentryTag({ categories: { analytics: {}, marketing: {} } }) + heldScript }));
    await ready(page);
    expect(await consentry(page, (c) => c.needsReload())).toBe(false);

    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => ran(page), POLL).toBe(true);
    expect(await consentry(page, (c) => c.needsReload())).toBe(false);

    await consentry(page, (c) => c.setConsent({ marketing: false }));
    expect(await consentry(page, (c) => c.needsReload()), 'withdrawing what never ran needs no reload').toBe(false);

    await consentry(page, (c) => c.rejectAll());
    expect(await consentry(page, (c) => c.needsReload())).toBe(true);
  });

  it('when analytics is withdrawn with reloadOnWithdraw: true, it should reload the page, and the script should not run again', async () => {
    const { page } = await h.open(h.page({ head: consentryTag({ reloadOnWithdraw: true }) + heldScript }));
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => ran(page), POLL).toBe(true);

    const reloaded = page.waitForEvent('load');
    await consentry(page, (c) => c.rejectAll());
    await reloaded;
    await ready(page);

    expect(await ran(page)).toBe(false);
    expect(await consentry(page, (c) => c.getConsent()?.categories.analytics)).toBe(false);
  });
});
