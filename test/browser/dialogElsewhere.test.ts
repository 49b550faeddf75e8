// The preferences dialog open while a decision is made somewhere else: the page's code, a
// data-consentry-action hook, another tab. The dialog goes, as the banner does (ui.md): its
// switches would show what no longer holds, and saving them would undo that decision.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const CONFIG = { categories: { analytics: {}, marketing: {} } };
const dialog = (page: Page) => page.locator('consentry-ui:not([data-placeholder])').getByRole('dialog');
const dialogOpen = (page: Page) =>
  page.evaluate(() => !!document.querySelector('consentry-ui:not([data-placeholder])')?.shadowRoot?.querySelector('dialog[open]'));
const categories = (page: Page) => consentry(page, (c) => c.getConsent()?.categories ?? null);

async function openDialog(page: Page) {
  await ready(page);
  await consentry(page, (c) => (c as unknown as { showPreferences(): Promise<void> }).showPreferences());
  await expect.poll(() => dialogOpen(page), POLL).toBe(true);
}

describe('given the preferences dialog open', () => {
  it('when the page accepts all through the API, the dialog should close (a hide event) and show the decision when opened again', async () => {
    const { page } = await h.open(h.page({ head: consentryTag(CONFIG) }));
    await openDialog(page);
    await page.evaluate(() => {
      const w = window as unknown as { __hidden: unknown[]; Consentry: { on(e: string, f: (d: unknown) => void): void } };
      w.__hidden = [];
      w.Consentry.on('hide', (d) => w.__hidden.push(d));
    });
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => dialogOpen(page), POLL).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __hidden: unknown[] }).__hidden)).toContainEqual({ layer: 'preferences' });
    await openDialog(page);
    await expect
      .poll(
        () =>
          dialog(page)
            .getByRole('switch', { name: /Marketing/ })
            .isChecked(),
        POLL,
      )
      .toBe(true);
  });

  it('when another tab accepts all, the dialog should close, and nothing saved here undoes that decision', async () => {
    const context = await h.newContext();
    const path = h.page({ head: consentryTag(CONFIG) });
    const here = await h.open(path, { context });
    await openDialog(here.page);
    const there = await h.open(path, { context });
    await ready(there.page);
    await consentry(there.page, (c) => c.acceptAll());
    await expect.poll(() => dialogOpen(here.page), POLL).toBe(false);
    await expect.poll(() => categories(here.page), POLL).toEqual({ necessary: true, analytics: true, marketing: true });
  });

  it("when its own Save choices decides, it should close as before (the dialog's own decision)", async () => {
    const { page } = await h.open(h.page({ head: consentryTag(CONFIG) }));
    await openDialog(page);
    await dialog(page)
      .getByRole('switch', { name: /Analytics/ })
      .check();
    await dialog(page).getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => dialogOpen(page), POLL).toBe(false);
    expect(await categories(page)).toEqual({ necessary: true, analytics: true, marketing: false });
  });
});
