// The examples in examples/, driven end to end in Chromium on the built files (issue #5): the
// company site (banner in Norwegian, held analytics / marketing stand-ins, embed, map and web font,
// the privacy page's live declaration, withdrawal from any page), the npm packages through an import
// map, a single-page app adding held content after load, the headless core with a site-made UI, and
// server-side gating with parseConsentCookie(). See design.md and examples/index.html.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentry, POLL, ready, useBrowser } from './harness';
import { COMPANY_SITE_HELD_URLS } from '../support/companySite';

const h = useBrowser();
const UI = 'consentry-ui:not([data-placeholder])';
const PH = 'consentry-ui[data-placeholder]';

/** Paths (this server) of every request `page` makes from now on. */
function log(page: Page) {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}
const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('examples/company-site', () => {
  it('on a first visit, the Norwegian banner should show and the analytics and marketing stand-ins, the video, the map and the web font should stay held: no request, no cookie', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    const paths = log(page);
    await page.goto(h.origin + '/company-site/produkt.html');
    await ready(page);
    await page.locator(`${UI} .banner`).waitFor();
    for (const name of ['Godta alle', 'Avvis alle', 'Tilpass']) await expect(button(page, name).isVisible()).resolves.toBe(true);
    // One placeholder per held embed, each with its allow button.
    await expect.poll(() => page.locator(PH).count(), POLL).toBe(2);
    await expect.poll(() => button(page, 'Tillat og last inn').count(), POLL).toBe(2);
    await page.waitForTimeout(500);

    for (const held of COMPANY_SITE_HELD_URLS) expect(paths, held).not.toContain(held);
    expect(await cookieNames(context)).toEqual([]);
    expect(await page.evaluate(() => [(window as any).standInAnalytics, (window as any).standInMarketing])).toEqual([undefined, undefined]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-font-loaded'))).toBe('');
    expect(await page.locator('#analytics-status').textContent()).toBe('av');
  });

  it('after Godta alle, the stand-ins should run and set their cookies, and the video, map and font should load without a reload', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    const paths = log(page);
    await page.goto(h.origin + '/company-site/produkt.html');
    await ready(page);
    await button(page, 'Godta alle').click();

    await expect.poll(() => cookieNames(context), POLL).toEqual(expect.arrayContaining(['_ga', '_gid', '_fbp', 'consentry']));
    await expect.poll(() => page.locator('#analytics-status').textContent(), POLL).toBe('på');
    for (const loaded of COMPANY_SITE_HELD_URLS) await expect.poll(() => paths.includes(loaded), { ...POLL, message: loaded }).toBe(true);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-font-loaded').trim()), POLL).toBe('1');
    await expect.poll(() => page.locator(PH).count(), POLL).toBe(0);
    expect(await page.evaluate(() => (window as any).standInAnalytics)).toBe(1);
  });

  it("a placeholder's Tillat og last inn should load only that embed and allow only its service", async () => {
    const { page, context } = await h.open('/company-site/produkt.html');
    await ready(page);
    await page.locator(`${PH}`).first().waitFor();
    await page.locator(PH).filter({ hasText: 'YouTube' }).getByRole('button').click();

    await expect.poll(() => page.locator('iframe[title=Produktvideo]').getAttribute('src'), POLL).toBe('/company-site/embed.html');
    expect(
      await consentry(page, (c) => [c.isAllowed('marketing.youtube'), c.isAllowed('marketing.meta'), c.isAllowed('analytics'), c.isAllowed('functional')]),
    ).toEqual([true, false, false, false]);
    expect(await page.locator('iframe[title="Kart til butikken"]').getAttribute('src')).toBeNull();
    expect(await cookieNames(context)).not.toContain('_ga');
    expect(await cookieNames(context)).not.toContain('_fbp');
  });

  it.each([
    [
      '/company-site/personvern.html',
      'Nødvendige',
      ['Nødvendige', 'Funksjonelle', 'Statistikk', 'Markedsføring'],
      ['consentry', 'Fjordlys AS (førstepart)', 'Lagrer valget ditt om informasjonskapsler', '182 dager'],
      ['_fbp', 'Meta', 'Måler annonser', '3 måneder'],
    ],
    [
      '/company-site/en/privacy.html',
      'Necessary',
      ['Necessary', 'Functional', 'Analytics', 'Marketing'],
      ['consentry', 'Fjordlys AS (first party)', 'Stores your cookie choice', '182 days'],
      ['_fbp', 'Meta', 'Measures ads', '3 months'],
    ],
  ])('the privacy page %s should render the cookie declaration from the live config', async (path, _first, titles, own, fbp) => {
    const { page } = await h.open(path);
    await ready(page);
    const sections = page.locator('#cookie-declaration section');
    expect(await sections.locator('h3').allTextContents()).toEqual(titles);
    const rows = await page.locator('#cookie-declaration tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows).toContainEqual(own);
    expect(rows).toContainEqual(fbp);
    // A pattern is never shown raw: the declaration's label stands for it.
    expect(rows.some((r) => r[0] == '_ga, _ga_<container-id>' && r[1] == 'Google')).toBe(true);
    expect(rows.filter((r) => /[\^$/|()]/.test(r[0]!))).toEqual([]);
    // Services with their providers, from the same config.
    expect(await page.locator('#cookie-declaration [data-service=youtube]').textContent()).toContain('YouTube (Google)');
    // The declaration matches what Consentry itself was given.
    const configured = await page.evaluate(() => Object.keys((window as any).consentryConfig.categories));
    expect(await sections.evaluateAll((s) => s.map((e) => e.getAttribute('data-category-declaration')))).toEqual(configured);
  });

  it('the visitor should be able to withdraw from any page through the revisit button, and their cookies should be cleared', async () => {
    const { page, context } = await h.open('/company-site/');
    await ready(page);
    await button(page, 'Godta alle').click();
    await expect.poll(() => cookieNames(context), POLL).toEqual(expect.arrayContaining(['_ga', '_gid', '_fbp']));

    // Another page of the site: the revisit button opens the dialog; Avvis alle withdraws.
    const next = await context.newPage();
    await next.goto(h.origin + '/company-site/produkt.html');
    await ready(next);
    await next.locator('consentry-revisit button').click();
    const dialog = next.locator(UI).getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Avvis alle', exact: true }).click();

    await expect.poll(() => cookieNames(context), POLL).toEqual(['consentry']);
    expect(await consentry(next, (c) => c.getConsent()!.categories)).toEqual({ necessary: true, functional: false, analytics: false, marketing: false });
    // The released embeds went back to their held form.
    await expect.poll(() => next.locator('iframe[title=Produktvideo]').getAttribute('src'), POLL).toBeNull();
  });

  it('the visitor should be able to withdraw through the privacy page control, in English, and forget me should delete the decision', async () => {
    const { page, context } = await h.open('/company-site/en/');
    await ready(page);
    await button(page, 'Accept all').click();
    await expect.poll(() => cookieNames(context), POLL).toEqual(expect.arrayContaining(['_ga', '_fbp']));

    await page.goto(h.origin + '/company-site/en/privacy.html');
    await ready(page);
    await button(page, 'Change your consent').click();
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.waitFor();
    // Only analytics off: its cookies go, marketing's stay.
    await dialog.getByRole('switch', { name: 'Analytics', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save choices', exact: true }).click();
    await expect.poll(() => cookieNames(context), POLL).toEqual(['_fbp', 'consentry']);
    // The analytics script already ran on this page: the dialog stays, offering Reload page.
    await dialog.getByRole('button', { name: 'Reload page', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await button(page, 'Withdraw and forget me').click();
    await expect.poll(() => cookieNames(context), POLL).toEqual([]);
    expect(await consentry(page, (c) => c.getConsent())).toBeNull();
    await page.locator(`${UI} .banner`).waitFor();
  });
});

describe('examples/npm-esm', () => {
  it('init() through the import map should show the banner, and Accept all should release the held script', async () => {
    const { page, messages } = await h.open('/npm-esm/');
    await page.waitForFunction(() => (window as any).exampleConsentry);
    await page.locator(`${UI} .banner`).waitFor();
    expect(await page.evaluate(() => (window as any).heldRan)).toBeUndefined();
    await button(page, 'Accept all').click();
    await expect.poll(() => page.locator('#analytics').textContent(), POLL).toBe('on');
    expect(await page.evaluate(() => (window as any).heldRan)).toBe(1);
    expect(JSON.parse((await page.locator('#state').textContent())!)).toMatchObject({ method: 'accept_all', categories: { analytics: true } });
    // The module instance is the page's one instance.
    expect(await page.evaluate(() => (window as any).exampleConsentry === (window as any).Consentry)).toBe(true);
    expect(messages.filter((m) => m.type == 'error')).toEqual([]);
  });
});

describe('examples/spa', () => {
  it('held embeds and scripts added by client-side navigation should stay held with placeholders, then load and run on accept', async () => {
    const { page } = await h.open('/spa/');
    await ready(page);
    await button(page, 'Reject all').click();
    await page.getByRole('link', { name: 'Video' }).click();
    expect(new URL(page.url()).search).toBe('?view=video');
    await expect.poll(() => page.locator(PH).count(), POLL).toBe(1);
    expect(await page.locator('#view iframe').getAttribute('src')).toBeNull();

    await page.getByRole('link', { name: 'Stats' }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('#stats-status').textContent()).toBe('off');
    expect(await page.evaluate(() => (window as any).statsRuns)).toBeUndefined();

    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => page.locator('#stats-status').textContent(), POLL).toBe('on');
    await page.getByRole('link', { name: 'Video' }).click();
    await expect.poll(() => page.locator('#view iframe').getAttribute('src'), POLL).toBe('/company-site/embed.html');
    await expect.poll(() => page.locator(PH).count(), POLL).toBe(0);
    // Back to Stats: a new view, a new held element, run once more; the popstate route works too.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => (window as any).statsRuns), POLL).toBe(2);
  });
});

describe('examples/headless', () => {
  it("the site's own two buttons should decide, a held script should run after yes, and no Consentry UI should load", async () => {
    const { page, context } = await h.open('/headless/');
    const paths = log(page);
    await page.waitForFunction(() => (window as any).exampleConsent);
    await page.locator('#consent-bar').waitFor();
    await page.getByRole('button', { name: 'No thanks' }).click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toBe('Analytics refused');
    expect(await page.locator('#consent-bar').isVisible()).toBe(false);
    expect(await page.evaluate(() => (window as any).heldRan)).toBeUndefined();

    await page.getByRole('button', { name: 'Ask me again' }).click();
    await page.locator('#consent-bar').waitFor();
    await page.getByRole('button', { name: 'Yes, count my visit' }).click();
    await expect.poll(() => page.locator('#analytics').textContent(), POLL).toBe('on');
    expect(await page.locator('#status').textContent()).toBe('Analytics allowed');

    // A returning visitor: no bar, the script runs at once.
    const again = await context.newPage();
    await again.goto(h.origin + '/headless/');
    await expect.poll(() => again.locator('#analytics').textContent(), POLL).toBe('on');
    expect(await again.locator('#consent-bar').isVisible()).toBe(false);
    expect([...paths].filter((p) => p.includes('/ui/') || p.includes('consentry-ui'))).toEqual([]);
    expect(await page.locator('consentry-ui, consentry-revisit').count()).toBe(0);
  });
});

describe('examples/server-gating', () => {
  it('the server should send the analytics tag held before a decision and live once the cookie allows analytics', async () => {
    const { start } = (await import('../../examples/server-gating/server.mjs' as string)) as {
      start(o: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
    };
    const server = await start({ port: 0 });
    try {
      const LIVE = '<script src="/analytics.js" data-analytics></script>';
      const context = await h.newContext();
      const first = await (await context.request.get(server.url)).text();
      expect(first).not.toContain(LIVE);
      expect(first).toContain('<script type="text/plain" data-category="analytics" src="/analytics.js" data-analytics></script>');

      const page = await context.newPage();
      await page.goto(server.url);
      await ready(page);
      expect(await page.evaluate(() => (window as any).serverGatedAnalytics)).toBeUndefined();
      await button(page, 'Accept all').click();
      // Released at once, without a reload.
      await expect.poll(() => page.evaluate(() => (window as any).serverGatedAnalytics), POLL).toBe(1);

      const returning = await (await context.request.get(server.url)).text();
      expect(returning).toContain(LIVE);
      await page.reload();
      expect(await page.locator('#server-says').textContent()).toBe('allowed');
      await expect.poll(() => page.evaluate(() => (window as any).serverGatedAnalytics), POLL).toBe(1);

      // Withdrawn: held again on the next request.
      await consentry(page, (c) => c.rejectAll());
      expect(await (await context.request.get(server.url)).text()).not.toContain(LIVE);
    } finally {
      await server.close();
    }
  });
});
