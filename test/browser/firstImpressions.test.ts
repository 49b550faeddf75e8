// What a new site owner and visitor meet first (issue 11): the README's own embed snippet without
// service config, withdrawal on the same page (placeholders back at once, the Reload page offer
// from the dialog and from the banner), cookie names in words, placeholders that fill the held
// element's box, and a layout that holds at 320 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const UI = 'consentry-ui:not([data-placeholder])';
const PH = 'consentry-ui[data-placeholder]';

// The README's config and its YouTube snippet, as a new site owner copies them.
const README_CONFIG = { revision: 1, privacyPolicyUrl: '/privacy' };
const YOUTUBE = '<iframe title="video" width="640" height="360" data-category="marketing" data-service="youtube" data-src="/fi/embed.html"></iframe>';
const HELD_SCRIPT = '<script type="text/plain" data-category="analytics">window.__ran = true</script>';

const placeholders = (page: Page) => page.locator(PH).count();
const openPreferences = (page: Page) => consentry(page, (c) => (c as unknown as { showPreferences(): Promise<void> }).showPreferences());
const iframeSrc = (page: Page) => page.locator('iframe').getAttribute('src');

describe('given the README snippet: a YouTube iframe with data-service="youtube" and no service in the config', () => {
  const setUp = (body = YOUTUBE, head = '') => {
    h.route('/fi/embed.html', '<p>video</p>');
    return h.page({ head: consentryTag(README_CONFIG) + head, body });
  };

  it('Accept all should load it, with no warning', async () => {
    const { page, messages } = await h.open(setUp());
    await ready(page);
    await page.locator(UI).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => iframeSrc(page), POLL).toBe('/fi/embed.html');
    await expect.poll(() => placeholders(page), POLL).toBe(0);
    expect(await consentry(page, (c) => c.getConsent()?.services.marketing)).toEqual({ youtube: true });
    expect(messages.filter((m) => m.text.includes('[consentry]'))).toEqual([]);
  });

  it("its placeholder's Allow and load should load it and allow only that service, named by its catalogue label", async () => {
    const { page, messages } = await h.open(setUp());
    await ready(page);
    const placeholder = page.locator(PH);
    await expect.poll(() => placeholder.locator('.placeholder').textContent(), POLL).toContain('YouTube');
    await placeholder.getByRole('button', { name: 'Allow and load' }).click();
    await expect.poll(() => iframeSrc(page), POLL).toBe('/fi/embed.html');
    expect(await consentry(page, (c) => c.isAllowed('marketing.youtube'))).toBe(true);
    expect(messages.filter((m) => m.text.includes('has no service'))).toEqual([]);
  });

  it('a service the catalogue does not know ("Google Ads", with a space) should be registered under its own name, and the dialog should list it', async () => {
    const body = '<iframe title="ads" data-category="marketing" data-service="Google Ads" data-src="/fi/embed.html"></iframe>';
    const { page, context } = await h.open(setUp(body));
    await ready(page);
    await expect.poll(() => page.locator(PH).locator('.placeholder').textContent(), POLL).toContain('Google Ads');
    await openPreferences(page);
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.getByRole('button', { name: /Marketing/ }).click();
    await dialog.getByRole('switch', { name: 'Google Ads' }).check();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => iframeSrc(page), POLL).toBe('/fi/embed.html');
    // The choice outlives the page: the cookie carries the name, and the next page view allows it.
    const again = await h.open(setUp(body), { context });
    await ready(again.page);
    await expect.poll(() => iframeSrc(again.page), POLL).toBe('/fi/embed.html');
    expect(await consentry(again.page, (c) => c.isAllowed('marketing.Google Ads'))).toBe(true);
  });
});

describe('given embeds released on this page, when the visitor withdraws', () => {
  const setUp = (head = '') => {
    h.route('/fi/embed.html', '<p>video</p>');
    return h.page({ head: consentryTag({ categories: { analytics: {}, marketing: { services: { youtube: 'youtube' } } } }) + head, body: YOUTUBE });
  };

  it('from the dialog: the placeholder should come back at once and the dialog should offer Reload page', async () => {
    const { page } = await h.open(setUp(HELD_SCRIPT));
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => iframeSrc(page), POLL).toBe('/fi/embed.html');
    await expect.poll(() => page.evaluate(() => (window as { __ran?: boolean }).__ran), POLL).toBe(true);
    await openPreferences(page);
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => placeholders(page), { timeout: 10_000, interval: 50 }).toBe(1);
    expect(await iframeSrc(page)).toBeNull();
    const reload = dialog.getByRole('button', { name: 'Reload page' });
    await expect.poll(() => reload.isVisible(), POLL).toBe(true);
    const loaded = page.waitForEvent('load');
    await reload.click();
    await loaded;
  });

  it('from the dialog: its confirmation should reach screen readers while the dialog stays open offering Reload page (compliance R53)', async () => {
    const { page } = await h.open(setUp(HELD_SCRIPT));
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => page.evaluate(() => (window as { __ran?: boolean }).__ran), POLL).toBe(true);
    await openPreferences(page);
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Reload page' }).isVisible(), POLL).toBe(true);
    // The accessibility tree as screen readers get it: what the modal dialog makes inert is not in it.
    const cdp = await page.context().newCDPSession(page);
    const spoken = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
      };
      return nodes.filter((n) => !n.ignored && n.role?.value == 'StaticText').map((n) => n.name?.value);
    };
    await expect.poll(spoken, POLL).toContain('You rejected all optional cookies. Only necessary cookies are used.');
    expect(await dialog.isVisible()).toBe(true);
  });

  it('from the banner (after show()): a small notice should offer Reload page, and the placeholder should come back', async () => {
    const { page } = await h.open(setUp(HELD_SCRIPT));
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => page.evaluate(() => (window as { __ran?: boolean }).__ran), POLL).toBe(true);
    await consentry(page, (c) => (c as unknown as { show(): Promise<void> }).show());
    await page.locator(UI).locator('.banner').getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => placeholders(page), { timeout: 10_000, interval: 50 }).toBe(1);
    const reload = page.locator(UI).getByRole('button', { name: 'Reload page' });
    await expect.poll(() => reload.isVisible(), POLL).toBe(true);
  });

  it('after a placeholder-only flow (allow from the placeholder, withdraw in the dialog): the placeholder should come back, and no reload is offered', async () => {
    const { page } = await h.open(setUp());
    await ready(page);
    await page.locator(PH).getByRole('button', { name: 'Allow and load' }).click();
    await expect.poll(() => iframeSrc(page), POLL).toBe('/fi/embed.html');
    await expect.poll(() => placeholders(page), POLL).toBe(0);
    await openPreferences(page);
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => placeholders(page), { timeout: 10_000, interval: 50 }).toBe(1);
    await expect.poll(() => page.locator(PH).getByRole('button', { name: 'Allow and load' }).isVisible(), POLL).toBe(true);
    await expect.poll(() => dialog.count(), POLL).toBe(0);
  });
});

describe('given a cookie declared by a pattern', () => {
  it('the dialog should show its label, or the pattern in words, never the raw pattern', async () => {
    const config = {
      categories: {
        analytics: {
          cookies: [
            { name: '/^_ga($|_)/', provider: 'Google' },
            { name: '/^_pk_id/', label: '_pk_id.<site-id>', provider: 'Matomo' },
          ],
          services: { clarity: { label: 'Clarity', cookies: ['/^_cl(ck|sk)$/'] } },
        },
      },
    };
    const { page } = await h.open(h.page({ head: consentryTag(config) }));
    await ready(page);
    await openPreferences(page);
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.getByRole('button', { name: /Analytics/ }).click();
    const names = await dialog.locator('#consentry-cat-analytics-more tbody tr td:first-child').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['_ga, _ga_…', '_pk_id.<site-id>', '_clck, _clsk']));
    for (const n of names) expect(n).not.toMatch(/[\\^$/|()]/);
  });
});

describe('given a held iframe of 640×360', () => {
  it.each([
    // The iframe's box is 640×360 plus its 2 px default border.
    [1280, 644, 364],
    [320, 320 - 16, (304 * 364) / 644],
  ])('at %d px wide the placeholder should fill its box (aspect ratio kept) with its content centred', async (width, w, ht) => {
    h.route('/fi/embed.html', '<p>video</p>');
    const context = await h.newContext({ viewport: { width, height: 700 } });
    const { page } = await h.open(h.page({ head: consentryTag(README_CONFIG) + '<style>body{margin:8px}</style>', body: YOUTUBE }), { context });
    await ready(page);
    const card = page.locator(PH).locator('.placeholder');
    await card.waitFor();
    const box = (await card.boundingBox())!;
    expect(box.width).toBeCloseTo(w, 0);
    // A box too small for its text grows to fit; otherwise it keeps the ratio.
    expect(box.height).toBeGreaterThanOrEqual(ht - 1);
    if (width == 1280) expect(box.height).toBeCloseTo(ht, 0);
    const button = (await card.getByRole('button').boundingBox())!;
    expect(Math.abs(button.x + button.width / 2 - (box.x + box.width / 2))).toBeLessThan(2);
    expect(await card.evaluate((el) => getComputedStyle(el).justifyContent)).toBe('center');
  });
});

describe('at 320×640 and 375 px', () => {
  it.each([
    ['en', 320],
    ['nb', 320],
    ['en', 375],
    ['nb', 375],
  ])('in %s at %d px the banner buttons should have equal width, none orphaned, and the banner should leave most of the screen', async (lang, width) => {
    const context = await h.newContext({ viewport: { width, height: 640 } });
    const { page } = await h.open(h.page({ head: consentryTag({ ...README_CONFIG, language: lang }) }), { context });
    await ready(page);
    const banner = page.locator(UI).locator('.banner');
    await banner.waitFor();
    const boxes = await Promise.all((await banner.getByRole('button').all()).map(async (b) => (await b.boundingBox())!));
    expect(boxes).toHaveLength(3);
    const widths = new Set(boxes.map((b) => Math.round(b.width)));
    expect([...widths], 'equal weight').toHaveLength(1);
    // Either one row or one column: never 2 + 1.
    const rows = new Set(boxes.map((b) => Math.round(b.y))).size;
    const cols = new Set(boxes.map((b) => Math.round(b.x))).size;
    expect(rows == 1 || cols == 1, `rows ${rows}, columns ${cols}`).toBe(true);
    const height = (await banner.boundingBox())!.height;
    expect(height, 'banner height').toBeLessThanOrEqual(320);
  });

  it("the dialog title should wrap between words (hyphenated by the page's language), never mid-word without a hyphen", async () => {
    const context = await h.newContext({ viewport: { width: 320, height: 640 } });
    const { page } = await h.open(h.page({ head: consentryTag({ language: 'nb' }) }), { context });
    await ready(page);
    await openPreferences(page);
    const title = page.locator(UI).getByRole('dialog').locator('h2');
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { hyphens: s.hyphens, wrap: s.overflowWrap, lang: el.closest('[lang]')?.getAttribute('lang') };
    });
    expect(style).toEqual({ hyphens: 'auto', wrap: 'break-word', lang: 'nb' });
  });
});

describe('dialog polish', () => {
  const open = async (width = 1280) => {
    const context = await h.newContext({ viewport: { width, height: 700 } });
    const config = { categories: { analytics: { services: { ga: 'google-analytics' } } } };
    const { page } = await h.open(h.page({ head: consentryTag(config) }), { context });
    await ready(page);
    await page.locator(UI).locator('.banner').waitFor();
    await page.locator(UI).getByRole('button', { name: 'Customize' }).click();
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.waitFor();
    return { page, dialog };
  };

  it('"Always on" should sit next to its switch, and the banner should hide while the dialog is open', async () => {
    const { page, dialog } = await open();
    const always = (await dialog.getByText('Always on', { exact: true }).boundingBox())!;
    const toggle = (await dialog.getByRole('switch', { name: 'Necessary' }).boundingBox())!;
    expect(toggle.x - (always.x + always.width)).toBeLessThan(16);
    expect(toggle.x - (always.x + always.width)).toBeGreaterThanOrEqual(0);
    expect(await page.locator(UI).locator('.banner').isVisible()).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator(UI).locator('.banner').isVisible(), POLL).toBe(true);
  });

  it('each disclosure should carry a chevron that turns when it opens, and sit at the start', async () => {
    const { dialog } = await open(320);
    const button = dialog.getByRole('button', { name: /Analytics/ });
    const chevron = () => button.evaluate((el) => getComputedStyle(el, '::after').transform);
    const closed = await chevron();
    expect(await button.evaluate((el) => getComputedStyle(el, '::after').content)).not.toBe('none');
    await button.click();
    // The dialog re-renders after the click (Preact batches its state update): wait for that render.
    await expect.poll(chevron, POLL).not.toBe(closed);
    const card = (await dialog.locator('.category:has(#consentry-cat-analytics)').boundingBox())!;
    const b = (await button.boundingBox())!;
    expect(b.x - card.x).toBeLessThan(20);
  });

  it('at 320 px the cookie table should reach the card edge and scroll sideways', async () => {
    const { dialog } = await open(320);
    await dialog.getByRole('button', { name: /Analytics/ }).click();
    const table = dialog.locator('table').last();
    const card = (await dialog.locator('.category:has(#consentry-cat-analytics)').boundingBox())!;
    const box = (await table.boundingBox())!;
    expect(card.x + card.width - (box.x + box.width)).toBeLessThan(3);
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX)).toBe('auto');
  });
});

describe("given the site's own texts in English and the UI in Arabic (right to left)", () => {
  it("each should read in its own direction: a description's full stop at its end, not before its first word", async () => {
    const config = {
      language: 'ar',
      categories: {
        necessary: {},
        functional: {
          description: 'Maps and web fonts.',
          cookies: [{ name: 'f', provider: 'Fonts Demo', purpose: 'Loads fonts.', duration: '1 day' }],
        },
      },
    };
    const { page } = await h.open(h.page({ head: consentryTag(config), body: '<main><h1>A shop</h1></main>' }));
    await ready(page);
    await page.locator(UI).locator('.banner [data-action=customize]').click();
    const dialog = page.locator(UI).locator('dialog.prefs');
    await dialog.locator('button[aria-controls="consentry-cat-functional-more"]').click();
    const order = (text: string) =>
      dialog.evaluate((d, text) => {
        const el = [...d.querySelectorAll('p, td')].find((e) => e.textContent == text)!;
        const range = document.createRange();
        const at = (i: number) => {
          range.setStart(el.firstChild!, i);
          range.setEnd(el.firstChild!, i + 1);
          return range.getBoundingClientRect().left;
        };
        // Where the full stop is drawn: after the last letter (right of it), as English reads.
        return at(text.length - 1) > at(text.length - 2) ? 'at its end' : 'before its first word';
      }, text);
    expect(await order('Maps and web fonts.')).toBe('at its end');
    expect(await order('Loads fonts.')).toBe('at its end');
  });
});

describe('the revisit button', () => {
  it('should show its name as a tooltip (title) matching its accessible name', async () => {
    const { page } = await h.open(h.page());
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    const button = page.locator('consentry-revisit').getByRole('button', { name: 'Cookie settings' });
    await button.waitFor();
    expect(await button.getAttribute('title')).toBe('Cookie settings');
  });
});
