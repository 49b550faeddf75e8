// Migrating from vanilla-cookieconsent (docs/migration.md): a page written for its markup — held
// scripts with type="text/plain", data-category and data-service, a "run when refused" script, an
// iframe with data-src — works unchanged once its script tag is swapped for Consentry's with an
// equivalent config.
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();

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

// A page as vanilla-cookieconsent 3's docs write it: its own buttons with data-cc, services named
// only in markup (one with a space), and a config that lists categories but not those services.
const VANILLA_BODY = `<h1>Vanilla page</h1>
<button type="button" data-cc="show-preferencesModal">Cookie preferences</button>
<button type="button" data-cc="show-consentModal">Show banner</button>
<button type="button" data-cc="accept-all">Accept all cookies</button>
<button type="button" data-cc="accept-necessary">Only necessary</button>
<a href="#" data-cc="accept-custom">Choose</a>
<iframe title="video" data-category="marketing" data-service="youtube" data-src="/vcc/embed.html"></iframe>
<script type="text/plain" data-category="marketing" data-service="Google Ads">window.ran.push('google-ads')</script>`;
const VANILLA_CONFIG = { revision: 1, categories: { necessary: {}, analytics: {}, marketing: {} } };

describe('given a vanilla-cookieconsent 3 page with data-cc buttons and services named only in markup', () => {
  const setUp = () => {
    h.route('/vcc/embed.html', '<p>video</p>');
    return h.page({ head: `<script>window.ran = []</script>\n${consentryTag(VANILLA_CONFIG)}`, body: VANILLA_BODY });
  };
  const UI = 'consentry-ui:not([data-placeholder])';

  it('data-cc="accept-all" should accept everything, the undeclared services included, with no warning', async () => {
    const { page, messages } = await h.open(setUp());
    await ready(page);
    await page.getByRole('button', { name: 'Accept all cookies' }).click();
    await expect.poll(() => page.evaluate(() => (window as any).ran), POLL).toEqual(['google-ads']);
    await expect.poll(() => page.locator('iframe').getAttribute('src'), POLL).toBe('/vcc/embed.html');
    expect(await consentry(page, (c) => c.getConsent()?.services.marketing)).toEqual({ youtube: true, 'Google Ads': true });
    expect(messages.filter((m) => m.text.includes('[consentry]'))).toEqual([]);
  });

  it('data-cc="accept-necessary" should reject all; show-preferencesModal and accept-custom should open the dialog; show-consentModal the banner', async () => {
    const { page } = await h.open(setUp());
    await ready(page);
    await page.locator(UI).locator('.banner').waitFor();
    await page.getByRole('button', { name: 'Only necessary' }).click();
    await expect.poll(() => consentry(page, (c) => c.getConsent()?.method), POLL).toBe('reject_all');
    await expect.poll(() => page.locator(UI).locator('.banner').count(), POLL).toBe(0);

    await page.getByRole('button', { name: 'Show banner' }).click();
    await page.locator(UI).locator('.banner').waitFor();
    await page.locator(UI).locator('.banner').getByRole('button', { name: 'Reject all' }).click();

    for (const name of ['Cookie preferences', 'Choose']) {
      await page.getByText(name, { exact: true }).click();
      const dialog = page.locator(UI).getByRole('dialog');
      await dialog.waitFor();
      // The services named only in markup are listed under their category, by their names.
      await dialog.getByRole('button', { name: /Marketing/ }).click();
      expect(await dialog.getByRole('switch', { name: 'Google Ads' }).count()).toBe(1);
      expect(await dialog.getByRole('switch', { name: 'YouTube' }).count()).toBe(1);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.count(), POLL).toBe(0);
    }
    expect(await page.evaluate(() => (window as any).ran)).toEqual([]);
  });
});
