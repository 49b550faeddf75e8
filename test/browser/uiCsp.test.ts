// The visitor's UI under a strict Content-Security-Policy, on the built files:
// `default-src 'self'; script-src 'nonce-abc'; style-src 'self' 'nonce-abc'` with a nonced Consentry
// script. The banner, the dialog, the placeholder and the revisit button render styled and work, and
// not one CSP violation is reported (constructable stylesheets, no inline style). Issue #4 "Acceptance".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtures } from './fixtures/serveFixtures';
import { consentry, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const fx = useFixtures(h);
const CSP = "default-src 'self'; script-src 'nonce-abc'; style-src 'self' 'nonce-abc'";

const CONFIG = {
  privacyPolicyUrl: '/privacy',
  categories: {
    necessary: {},
    functional: {},
    analytics: { services: { hotjar: { label: 'Hotjar', provider: 'Hotjar Ltd' } } },
    marketing: { services: { video: { label: 'VideoCo player', provider: 'VideoCo' } } },
  },
};
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());
const ui = (page: Page) => page.locator('consentry-ui:not([data-placeholder])');

async function openStrict(language = 'en') {
  const context = await h.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}: ${e.sample}`), true);
  });
  const path = h.page({
    headers: { 'Content-Security-Policy': CSP },
    head: `<title>A shop</title>
<script type="application/json" id="consentry-config">${JSON.stringify({ ...CONFIG, language })}</script>
<script nonce="abc" src="/consentry/consentry.min.js" data-config="#consentry-config"></script>`,
    body: `<main><h1>A shop</h1>
<iframe id="embed" title="A video" data-category="marketing" data-service="video" data-src="/fixtures/frame.html?csp" width="480" height="270"></iframe></main>`,
  });
  const opened = await h.open(path, { context });
  await ready(opened.page);
  return opened;
}

describe(`given a page with CSP "${CSP}" and a nonced Consentry script`, () => {
  it('when the visitor uses the banner, the dialog, the revisit button and the placeholder, they should render styled and work with no CSP violation', async () => {
    const { page } = await openStrict();

    // The banner: shown and styled (its stylesheet applied: fixed, with its own background).
    const banner = ui(page).locator('.banner');
    await banner.waitFor();
    expect(await banner.evaluate((b) => [getComputedStyle(b).position, getComputedStyle(b).backgroundColor])).toEqual(['fixed', 'rgb(255, 255, 255)']);
    expect(await banner.locator('[data-action=accept-all]').evaluate((b) => parseFloat(getComputedStyle(b).minHeight))).toBe(44);

    // The placeholder: shown and styled.
    const allow = page.locator('consentry-ui[data-placeholder] button');
    await allow.waitFor();
    expect(await page.locator('consentry-ui[data-placeholder] .placeholder').evaluate((p) => getComputedStyle(p).display)).toBe('flex');

    // The dialog (its own stylesheet arrives with its chunk): switch analytics on and save.
    await banner.locator('[data-action=customize]').click();
    const dialog = ui(page).locator('dialog.prefs');
    await dialog.waitFor();
    expect(await dialog.locator('#consentry-cat-analytics').evaluate((s) => getComputedStyle(s).width)).toBe('48px');
    await dialog.locator('#consentry-cat-analytics').check();
    await dialog.locator('.foot button').nth(2).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await consentry(page, (c) => c.getConsent()?.categories)).toEqual({ necessary: true, functional: false, analytics: true, marketing: false });

    // The revisit button reopens the dialog with the receipt.
    await page.locator('consentry-revisit button').click();
    await dialog.locator('.receipt').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Allow and load: the iframe loads.
    await allow.click();
    await expect.poll(() => fx.count('/fixtures/frame.html?csp'), POLL).toBe(1);
    await expect.poll(() => page.locator('consentry-ui[data-placeholder]').count(), POLL).toBe(0);
    expect(await consentry(page, (c) => c.getConsent()?.services.marketing)).toEqual({ video: true });

    await page.waitForTimeout(500); // a late report
    expect(await violations(page)).toEqual([]);
  });

  it('when the UI shows in a language whose texts are a chunk (Arabic), it should load and render it with no CSP violation', async () => {
    const { page } = await openStrict('ar');
    const banner = ui(page).locator('.banner');
    await banner.waitFor();
    expect(
      await ui(page)
        .locator('.root')
        .first()
        .evaluate((r) => [(r as HTMLElement).lang, (r as HTMLElement).dir]),
    ).toEqual(['ar', 'rtl']);
    expect(await banner.locator('[data-action=accept-all]').textContent()).not.toBe('Accept all');
    await banner.locator('[data-action=customize]').click();
    await ui(page).locator('dialog.prefs').waitFor();
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
  });
});
