// Migrating from vanilla-cookieconsent (docs/migration.md): a page written for its markup — held
// scripts with type="text/plain", data-category and data-service, a "run when refused" script, an
// iframe with data-src — works unchanged once its script tag is swapped for Consentry's with an
// equivalent config.
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, ready, useBrowser } from './harness';

const h = useBrowser();
const POLL = { timeout: 5000, interval: 50 };

/** The page's own markup, as written for vanilla-cookieconsent v3 (unchanged by the migration). */
const MARKUP = `
<script type="text/plain" data-category="analytics" src="/vcc/ga.js"></script>
<script type="text/plain" data-category="analytics" data-service="ga">window.ran.push('ga-inline')</script>
<script type="text/plain" data-category="analytics" data-service="hotjar">window.ran.push('hotjar')</script>
<script type="text/plain" data-category="!analytics">window.ran.push('cookieless-fallback')</script>
<script type="text/plain" data-category="marketing" data-service="youtube">window.ran.push('youtube-api')</script>
`;
const BODY = `<h1>A site that used vanilla-cookieconsent</h1>
<iframe title="video" data-category="marketing" data-service="youtube" data-src="/vcc/embed.html"></iframe>`;

// Its vanilla-cookieconsent config was:
//   CookieConsent.run({ categories: { necessary: { enabled: true, readOnly: true },
//     analytics: { autoClear: { cookies: [{ name: /^_ga/ }] }, services: { ga: { label: 'Google Analytics' }, hotjar: { label: 'Hotjar' } } },
//     marketing: { services: { youtube: { label: 'YouTube' } } } } });
// The equivalent Consentry config (docs/migration.md, "Config mapping"):
const CONFIG = {
  revision: 1,
  categories: {
    necessary: {},
    analytics: { cookies: ['/^_ga/'], services: { ga: { label: 'Google Analytics' }, hotjar: { label: 'Hotjar' } } },
    marketing: { services: { youtube: { label: 'YouTube' } } },
  },
};

describe('given a page written for vanilla-cookieconsent, with its script tag swapped for Consentry', () => {
  const setUp = () => {
    h.route('/vcc/ga.js', { headers: { 'Content-Type': 'text/javascript' }, body: "window.ran.push('ga'); document.cookie = '_ga=GA1.1.1; Path=/';" });
    h.route('/vcc/embed.html', '<p>video</p>');
    return h.page({ head: `<script>window.ran = []</script>\n${consentryTag(CONFIG)}\n${MARKUP}`, body: BODY });
  };

  it('before a decision nothing held should run or load, and there should be no warning about the markup', async () => {
    const { page, context, messages } = await h.open(setUp());
    await ready(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).ran)).toEqual([]);
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    expect(messages.filter((m) => m.text.includes('[consentry]'))).toEqual([]);
  });

  it('allowing one service should run only its scripts; Accept all the rest, in document order, and load the iframe', async () => {
    const { page } = await h.open(setUp());
    await ready(page);
    await consentry(page, (c) => c.setConsent({ analytics: { hotjar: true } }));
    // The category's plain script runs with any of its services; ga's own stays held.
    await expect.poll(() => page.evaluate(() => (window as any).ran), POLL).toEqual(['ga', 'hotjar']);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => page.evaluate(() => (window as any).ran), POLL).toEqual(['ga', 'hotjar', 'ga-inline', 'youtube-api']);
    await expect.poll(() => page.locator('iframe').getAttribute('src'), POLL).toBe('/vcc/embed.html');
  });

  it('Reject all should run the "!analytics" fallback only, and clear the category\'s cookies', async () => {
    const { page, context } = await h.open(setUp());
    await ready(page);
    await context.addCookies([{ name: '_ga', value: 'set-before', url: h.origin }]);
    await consentry(page, (c) => c.rejectAll());
    await expect.poll(() => page.evaluate(() => (window as any).ran), POLL).toEqual(['cookieless-fallback']);
    await expect.poll(async () => (await context.cookies()).map((c) => c.name), POLL).toEqual(['consentry']);
  });
});
