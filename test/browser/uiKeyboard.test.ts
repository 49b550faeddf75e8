// Every visitor flow with the keyboard alone (Tab, Shift+Tab, Enter, Space, Esc), on the built files:
// accept, reject, customize and save, reopen from the revisit button and withdraw, Allow and load on a
// placeholder, Forget me. The dialog keeps focus in (30 Tabs and 30 Shift+Tabs), Esc closes it and
// focus returns to the opener, or to the revisit button when the opener is gone; Esc on the
// non-modal banner does nothing, and Tab leaves the banner for the page and comes back.
// See design.md "Visitor-facing behaviour", compliance.md R44–R46, issue #4 "Acceptance".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtures } from './fixtures/serveFixtures';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const fx = useFixtures(h);

const CONFIG = {
  privacyPolicyUrl: '/privacy',
  controller: { name: 'Example AS' },
  categories: {
    necessary: {},
    functional: {},
    analytics: { services: { hotjar: { label: 'Hotjar', provider: 'Hotjar Ltd' } } },
    marketing: { services: { video: { label: 'VideoCo player', provider: 'VideoCo' } } },
  },
};
const BODY = `<main><h1>A shop</h1><p><a id="first-link" href="#products">Products</a></p></main>`;
const EMBED = `<iframe id="embed" title="A video" data-category="marketing" data-service="video" data-src="/fixtures/frame.html?kbd" width="480" height="270"></iframe>`;

/** Where focus is, through open shadow roots: the host, and the focused element described. */
interface Focus {
  host: string;
  tag: string;
  text: string;
  action: string | null;
  id: string;
  inDialog: boolean;
  inBanner: boolean;
}
function focused(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = '';
    while (el?.shadowRoot?.activeElement) {
      host = el.localName + (el.hasAttribute('data-placeholder') ? '[data-placeholder]' : '');
      el = el.shadowRoot.activeElement;
    }
    if (!el || el == document.body) return null;
    return {
      host,
      tag: el.localName,
      text: (el.getAttribute('aria-label') || el.textContent || '').trim(),
      action: el.getAttribute('data-action'),
      id: el.id,
      inDialog: !!el.closest('dialog.prefs'),
      inBanner: !!el.closest('.banner'),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `test` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, test: (f: Focus | null) => boolean, { shift = false, max = 40 } = {}): Promise<Focus | null> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (test(f)) return f;
  }
  throw new Error(`Tab ×${max} never reached the element; focus is on ${JSON.stringify(await focused(page))}`);
}

const banner = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) .banner');
const dialog = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) dialog.prefs');
const status = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) [role=status]');
const revisitFocused = (f: Focus | null) => f?.host == 'consentry-revisit';
const getConsent = (page: Page) => consentry(page, (c) => c.getConsent());

async function open(body = BODY) {
  const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag(CONFIG)}`, body }));
  await ready(page);
  await banner(page).waitFor();
  return page;
}

describe('given a first visit with the banner showing', () => {
  it('when the visitor Tabs to Accept all and presses Enter, it should accept all, announce it and move focus to the revisit button', async () => {
    const page = await open();
    await tabTo(page, (f) => f?.action == 'accept-all');

    await page.keyboard.press('Enter');

    await banner(page).waitFor({ state: 'detached' });
    // The banner goes on the key press; the decision is applied a moment later.
    await expect.poll(async () => (await getConsent(page))?.categories, POLL).toEqual({ necessary: true, functional: true, analytics: true, marketing: true });
    await expect.poll(() => status(page).textContent(), POLL).toBe('You accepted all cookies.');
    await expect.poll(() => focused(page), POLL).toMatchObject({ host: 'consentry-revisit', text: 'Cookie settings' });
  });

  it('when the visitor Tabs to Reject all and presses Space, it should reject all and move focus to the revisit button', async () => {
    const page = await open();
    await tabTo(page, (f) => f?.action == 'reject-all');

    await page.keyboard.press('Space');

    await banner(page).waitFor({ state: 'detached' });
    // The banner goes on the key press; the decision is applied a moment later.
    await expect
      .poll(async () => (await getConsent(page))?.categories, POLL)
      .toEqual({ necessary: true, functional: false, analytics: false, marketing: false });
    await expect.poll(() => status(page).textContent(), POLL).toMatch(/rejected all/);
    await expect.poll(() => focused(page), POLL).toMatchObject({ host: 'consentry-revisit' });
  });

  it('when the visitor presses Esc on the banner and Tabs through it, it should stay, decide nothing, and let focus leave into the page and come back', async () => {
    const page = await open();
    // The banner comes first in the tab order: the privacy policy, then the three choices.
    const order: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f?.inBanner, `Tab ${i + 1}: ${JSON.stringify(f)}`).toBe(true);
      order.push(f!.action ?? f!.text);
    }
    expect(order).toEqual(['Privacy policy', 'accept-all', 'reject-all', 'customize']);

    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await banner(page).isVisible()).toBe(true);
    expect(await getConsent(page)).toBeNull();
    expect(await focused(page)).toMatchObject({ action: 'customize' });

    // No keyboard trap (compliance R46): on into the page, and back.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ host: '', id: 'first-link' });
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ action: 'customize' });
  });

  it('when the visitor opens Customize with Enter, 30 Tabs and 30 Shift+Tabs should stay in the dialog, and Esc should close it and return focus to Customize', async () => {
    const page = await open();
    await tabTo(page, (f) => f?.action == 'customize');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await expect.poll(() => focused(page).then((f) => f?.inDialog), POLL).toBe(true);
    expect(await dialog(page).evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);

    const seen = new Set<string>();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press(key);
        const f = await focused(page);
        expect(f?.inDialog, `${key} ×${i + 1}: focus on ${JSON.stringify(f)}`).toBe(true);
        seen.add(f!.id || f!.text);
      }
    }
    // The wrap went round: every category switch and the three buttons of the dialog were reached.
    expect([...seen]).toEqual(
      expect.arrayContaining(['consentry-cat-functional', 'consentry-cat-analytics', 'consentry-cat-marketing', 'Accept all', 'Reject all', 'Save choices']),
    );

    await page.keyboard.press('Escape');

    await dialog(page).waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ inBanner: true, action: 'customize' });
    expect(await getConsent(page)).toBeNull();
    expect(await banner(page).isVisible()).toBe(true);
  });

  it('when the visitor customizes with Space on a switch and saves with Enter, it should store exactly that choice and return focus to the revisit button (the opener is gone)', async () => {
    const page = await open();
    await tabTo(page, (f) => f?.action == 'customize');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();

    await tabTo(page, (f) => f?.id == 'consentry-cat-analytics');
    await page.keyboard.press('Space');
    expect(await dialog(page).locator('#consentry-cat-analytics').isChecked()).toBe(true);
    // Per service: open Marketing's services with Enter and allow the video player with Space.
    await tabTo(page, (f) => f?.text == 'Services in Marketing');
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f?.id == 'consentry-cat-marketing-video');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f?.text == 'Save choices');
    await page.keyboard.press('Enter');

    await dialog(page).waitFor({ state: 'detached' });
    const consent = await getConsent(page);
    expect(consent?.categories).toEqual({ necessary: true, functional: false, analytics: true, marketing: true });
    expect(consent?.services.marketing).toEqual({ video: true });
    expect(await banner(page).count()).toBe(0);
    await expect.poll(() => focused(page), POLL).toMatchObject({ host: 'consentry-revisit' });
    await expect.poll(() => status(page).textContent(), POLL).toBe('Your choices have been saved.');
  });
});

describe('given a returning visitor who accepted all', () => {
  it('when they Tab to the revisit button, open it with Enter and Reject all, it should withdraw and return focus to the revisit button', async () => {
    const page = await open();
    await tabTo(page, (f) => f?.action == 'accept-all');
    await page.keyboard.press('Enter');
    await expect.poll(() => getConsent(page).then((c) => c?.categories.analytics), POLL).toBe(true);

    await page.reload();
    await ready(page);
    expect(await banner(page).count()).toBe(0);
    await tabTo(page, revisitFocused);
    await page.keyboard.press('Enter');
    await dialog(page).locator('.receipt').waitFor();
    await tabTo(page, (f) => f?.inDialog == true && f.text == 'Reject all');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => getConsent(page).then((c) => c?.categories), POLL)
      .toEqual({
        necessary: true,
        functional: false,
        analytics: false,
        marketing: false,
      });
    await dialog(page).waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ host: 'consentry-revisit' });
  });

  it('when they open the dialog from the revisit button and press Forget me, it should reset and ask again with the banner', async () => {
    const page = await open();
    await tabTo(page, (f) => f?.action == 'reject-all');
    await page.keyboard.press('Enter');
    await page.locator('consentry-revisit button').waitFor();
    await expect.poll(() => focused(page), POLL).toMatchObject({ host: 'consentry-revisit' });

    await page.keyboard.press('Space');
    await dialog(page).locator('.receipt').waitFor();
    await tabTo(page, (f) => f?.text == 'Forget me');
    await page.keyboard.press('Enter');

    await expect.poll(() => getConsent(page), POLL).toBeNull();
    await banner(page).waitFor();
    await dialog(page).waitFor({ state: 'detached' });
    // The revisit button goes once the page has painted and is idle (startUi's afterPaint).
    await expect.poll(() => page.locator('consentry-revisit').count(), POLL).toBe(0);
    await expect.poll(() => status(page).textContent(), POLL).toMatch(/withdrawn/);
    // The visitor can decide again with the keyboard.
    await tabTo(page, (f) => f?.action == 'reject-all');
    await page.keyboard.press('Enter');
    await expect.poll(() => getConsent(page).then((c) => c?.categories.analytics), POLL).toBe(false);
  });
});

describe('given a page with a held video iframe', () => {
  it('when the visitor Tabs to the placeholder and presses Enter on Allow and load, it should allow that service and load the iframe', async () => {
    const page = await open(BODY + EMBED);
    const allow = page.locator('consentry-ui[data-placeholder] button');
    await allow.waitFor();
    expect(await page.locator('consentry-ui[data-placeholder] p').textContent()).toBe('VideoCo player by VideoCo is held until you allow Marketing.');

    const f = await tabTo(page, (f) => f?.host == 'consentry-ui[data-placeholder]');
    expect(f?.text).toBe('Allow and load');
    await page.keyboard.press('Enter');

    await expect.poll(() => fx.count('/fixtures/frame.html?kbd'), POLL).toBe(1);
    await expect.poll(() => page.locator('consentry-ui[data-placeholder]').count(), POLL).toBe(0);
    expect(await page.locator('#embed').isVisible()).toBe(true);
    const consent = await getConsent(page);
    expect(consent?.services.marketing).toEqual({ video: true });
    expect(consent?.categories.analytics).toBe(false);
    await expect.poll(() => status(page).textContent(), POLL).toBe('VideoCo player is now allowed.');
  });
});

describe('given ui.blockPage (the banner is a modal dialog)', () => {
  it('when the banner opens, no choice should be focused (showModal focuses the first button): focus is on the banner, and Tab reaches Accept all first', async () => {
    // No privacy policy link: Accept all is the banner's first control.
    const config = { ...CONFIG, privacyPolicyUrl: undefined, ui: { blockPage: true } };
    const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag(config)}`, body: BODY }));
    await ready(page);
    await banner(page).waitFor();
    await expect.poll(() => focused(page), POLL).toMatchObject({ host: 'consentry-ui', tag: 'dialog', action: null, inBanner: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ action: 'accept-all', inBanner: true });
  });
});
