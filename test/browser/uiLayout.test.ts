// How the visitor's UI sits on a page, on the built files: nothing cut off and no horizontal scroll at a
// 320 px wide viewport and at 200% zoom (a 1280×720 window is 640×360 CSS px); a hostile host page
// (`* { all: unset }`, `button { display: none }`, `html { font-size: 40px }`) still gets a working,
// readable banner; Consentry causes no layout shift (banner, placeholder, dialog); while the banner
// shows `--consentry-banner-height` is on <html>, and `show` / `hide` events fire.
// See design.md "Visitor-facing behaviour", compliance.md R6, R49, issue #4 "Acceptance".
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtures } from './fixtures/serveFixtures';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
useFixtures(h);

const CONFIG = {
  privacyPolicyUrl: '/privacy',
  controller: { name: 'Example AS' },
  categories: {
    necessary: {},
    functional: {},
    analytics: {
      cookies: [{ name: '/^_ga/', provider: 'Google', purpose: 'Counts visits to the site', duration: '2 years' }],
      services: { hotjar: { label: 'Hotjar', provider: 'Hotjar Ltd' } },
    },
    marketing: { services: { video: { label: 'VideoCo player', provider: 'VideoCo' } } },
  },
};
const TEXT = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>'.repeat(6);
const ui = (page: Page) => page.locator('consentry-ui:not([data-placeholder])');
const banner = (page: Page) => ui(page).locator('.banner');
const dialog = (page: Page) => ui(page).locator('dialog.prefs');

async function open(config: object, { body = `<main><h1>A shop</h1>${TEXT}</main>`, head = '', context = {} as BrowserContextOptions } = {}) {
  const path = h.page({ head: `<title>A shop</title>\n${head}\n${consentryTag({ ...CONFIG, ...config })}`, body });
  const opened = await h.open(path, { context: await h.newContext(context) });
  await ready(opened.page);
  return opened;
}

/**
 * What does not fit in `selector`'s layer: horizontal page scroll, controls outside the viewport,
 * clipped text (a control or text block wider inside than its box), a layer wider than the viewport.
 */
function overflow(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const root = document.querySelector('consentry-ui:not([data-placeholder])')!.shadowRoot!;
    const layer = root.querySelector<HTMLElement>(selector)!;
    const name = (el: Element) => `${el.localName}${el.className ? '.' + el.className : ''} "${(el.textContent || '').trim().slice(0, 24)}"`;
    if (document.documentElement.scrollWidth > innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    const r = layer.getBoundingClientRect();
    if (r.left < 0 || r.right > innerWidth + 0.5) out.push(`${name(layer)} spans ${r.left}..${r.right} of ${innerWidth}`);
    if (r.top < 0 || r.bottom > innerHeight + 0.5) out.push(`${name(layer)} spans ${r.top}..${r.bottom} of ${innerHeight} (height)`);
    if (layer.scrollWidth > layer.clientWidth) out.push(`${name(layer)} scrolls sideways: ${layer.scrollWidth} > ${layer.clientWidth}`);
    for (const el of layer.querySelectorAll<HTMLElement>('button, a, input, h2, h3, p, label, li, td, th')) {
      // A data table may scroll within itself (WCAG 1.4.10 exception); its cells are not checked.
      if (!el.getClientRects().length || el.closest('[hidden]') || el.closest('table')) continue;
      const b = el.getBoundingClientRect();
      if (b.left < -0.5 || b.right > innerWidth + 0.5) out.push(`${name(el)} spans ${b.left}..${b.right} of ${innerWidth}`);
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) out.push(`${name(el)} clipped: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  }, selector);
}

describe.each([
  ['a 320 px wide viewport', { viewport: { width: 320, height: 640 } }],
  ['200% zoom', { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 }],
])('given %s', (_, context) => {
  it.each([
    ['box', 'en'],
    ['bar', 'nb'],
    ['box', 'ar'],
  ])('the %s banner and the dialog in "%s" should fit: nothing cut off, no horizontal scrolling', async (layout, language) => {
    const { page } = await open({ language, ui: { layout } }, { context });
    await banner(page).waitFor();
    expect(await overflow(page, '.banner'), 'banner').toEqual([]);
    // Every choice is reachable in the banner (scrolled into view within it if need be) and clickable.
    for (const action of ['accept-all', 'reject-all', 'customize'])
      await banner(page).locator(`[data-action=${action}]`).click({ trial: true, timeout: 10_000 });

    await banner(page).locator('[data-action=customize]').click();
    await dialog(page).waitFor();
    await dialog(page).locator('button[aria-controls="consentry-cat-analytics-more"]').click();
    await dialog(page).locator('#consentry-cat-analytics-more table').waitFor();
    expect(await overflow(page, 'dialog.prefs'), 'dialog').toEqual([]);
    for (const button of await dialog(page).locator('.foot button').all()) await button.click({ trial: true, timeout: 10_000 });
  });
});

describe('given a host page with hostile CSS', () => {
  const HOSTILE = '<style>* { all: unset } button { display: none } html { font-size: 40px }</style>';

  it('when the banner shows, it should be visible, readable and working, and so should the dialog', async () => {
    const { page } = await open({}, { head: HOSTILE });
    await banner(page).waitFor();
    const look = await banner(page).evaluate((b) => {
      const buttons = [...b.querySelectorAll('button')].map((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return { text: el.textContent, w: r.width, h: r.height, display: s.display, size: parseFloat(s.fontSize), visible: s.visibility };
      });
      const r = b.getBoundingClientRect();
      const s = getComputedStyle(b);
      return {
        position: s.position,
        size: parseFloat(getComputedStyle(b.querySelector('p')!).fontSize),
        inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
        bg: s.backgroundColor,
        buttons,
      };
    });
    expect(look).toMatchObject({ position: 'fixed', inView: true, bg: 'rgb(255, 255, 255)' });
    expect(look.size).toBeGreaterThanOrEqual(12);
    expect(look.size).toBeLessThanOrEqual(20);
    expect(look.buttons.map((b) => b.text)).toEqual(['Accept all', 'Reject all', 'Customize']);
    for (const b of look.buttons) {
      expect(b.display, b.text!).not.toBe('none');
      expect(b.visible, b.text!).toBe('visible');
      expect(b.w).toBeGreaterThanOrEqual(44);
      expect(b.h).toBeGreaterThanOrEqual(44);
      expect(b.size).toBeGreaterThanOrEqual(12);
      expect(b.size).toBeLessThanOrEqual(20);
    }

    // Clickable (Playwright clicks only what is hit at that point), and the dialog is usable too.
    await banner(page).locator('[data-action=customize]').click();
    await dialog(page).waitFor();
    const dialogSize = await dialog(page).evaluate((d) => parseFloat(getComputedStyle(d.querySelector('h2')!).fontSize));
    expect(dialogSize).toBeLessThanOrEqual(24);
    await dialog(page).locator('#consentry-cat-analytics').check();
    await dialog(page).locator('.foot button').nth(2).click();
    await expect
      .poll(() => consentry(page, (c) => c.getConsent()?.categories), POLL)
      .toEqual({
        necessary: true,
        functional: false,
        analytics: true,
        marketing: false,
      });
    // The revisit button survives the page's `button { display: none }` and `all: unset`.
    const revisit = page.locator('consentry-revisit button');
    const box = await revisit.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await revisit.click();
    await dialog(page).waitFor();
  });
});

describe('given a page with text and a held embed', () => {
  const BODY = `<main><h1>A shop</h1>${TEXT}
<iframe title="A video" data-category="marketing" data-service="video" data-src="/fixtures/frame.html?cls" width="480" height="270"></iframe>
${TEXT}<p id="last">The end.</p></main>`;

  it('when the banner, the placeholder and the dialog show and the banner goes, Consentry should cause no layout shift', async () => {
    const context = await h.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __shifts: string[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[])
          if (!e.hadRecentInput) w.__shifts.push(`${e.value.toFixed(4)} ${(e.sources || []).map((s) => (s.node as Element | undefined)?.nodeName).join(',')}`);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const path = h.page({ head: `<title>A shop</title>\n${consentryTag(CONFIG)}`, body: BODY });
    const { page } = await h.open(path, { context });
    await ready(page);
    await banner(page).waitFor();
    await page.locator('consentry-ui[data-placeholder] button').waitFor();
    const shifts = () => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
    const lastTop = () => page.locator('#last').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const before = await lastTop();
    await page.waitForTimeout(500);
    expect(await shifts(), 'while the banner and the placeholder show').toEqual([]);

    // Opened and closed from the API (no input, so any shift would count).
    await consentry(page, (c) => (c as unknown as { showPreferences(): Promise<void> }).showPreferences());
    await dialog(page).waitFor();
    await consentry(page, (c) => (c as unknown as { hide(): void }).hide());
    await banner(page).waitFor({ state: 'detached' });
    await consentry(page, (c) => c.rejectAll());
    await page.locator('consentry-revisit button').waitFor();
    await page.waitForTimeout(500);
    expect(await shifts(), 'after the dialog, the banner going and the revisit button').toEqual([]);
    expect(await lastTop(), 'content below the placeholder').toBe(before);
  });
});

describe('given the banner in each layout', () => {
  it.each(['box', 'bar'])(
    'in the %s layout, --consentry-banner-height should be on <html> while it shows, and show and hide events should fire',
    async (layout) => {
      const head = `<script>window.__events = []</script>`;
      const after = `<script>for (const t of ['show', 'hide']) Consentry.on(t, (e) => __events.push(t + ' ' + (e && e.layer)))</script>`;
      const path = h.page({ head: `<title>A shop</title>\n${head}\n${consentryTag({ ...CONFIG, ui: { layout } })}\n${after}`, body: `<main>${TEXT}</main>` });
      const { page } = await h.open(path);
      await ready(page);
      await banner(page).waitFor();
      const events = () => page.evaluate(() => (window as unknown as { __events: string[] }).__events.slice());
      const variable = () => page.evaluate(() => document.documentElement.style.getPropertyValue('--consentry-banner-height'));

      await expect.poll(variable, POLL).toMatch(/^\d+px$/);
      const height = await banner(page).evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      expect(await variable()).toBe(`${height}px`);
      expect(await events()).toEqual(['show banner']);

      await banner(page).locator('[data-action=customize]').click();
      await dialog(page).waitFor();
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });
      expect(await variable(), 'still shown under the dialog').toBe(`${height}px`);

      await banner(page).locator('[data-action=accept-all]').click();
      await banner(page).waitFor({ state: 'detached' });
      expect(await variable()).toBe('');
      expect(await page.evaluate(() => document.documentElement.getAttribute('style') || '')).not.toContain('consentry');
      expect(await events()).toEqual(['show banner', 'show preferences', 'hide preferences', 'hide banner']);
    },
  );
});

describe('given a long page of links under the banner', () => {
  const LINKS = Array.from({ length: 40 }, (_, i) => `<p>Item ${i}: <a href="#item-${i}">read about item ${i}</a></p>`).join('\n');

  it.each([
    ['box', 'bottom-right', 1280],
    ['bar', 'bottom', 1280],
    ['box', 'bottom-right', 375],
  ])(
    'in the %s layout (%s) at %i px, no link the visitor Tabs to should be hidden behind the banner (WCAG 2.4.11), and the page gets its scroll padding back once it goes',
    async (layout, position, width) => {
      const { page } = await open(
        { ui: { layout, position } },
        { body: `<main><h1>A shop</h1>${LINKS}</main>`, context: { viewport: { width, height: 640 } } },
      );
      await banner(page).waitFor();
      const hidden: string[] = [];
      for (let i = 0; i < 44; i++) {
        await page.keyboard.press('Tab');
        const covered = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (el?.localName != 'a') return null;
          const r = el.getBoundingClientRect();
          const b = document.querySelector('consentry-ui:not([data-placeholder])')!.shadowRoot!.querySelector('.banner')!.getBoundingClientRect();
          const within = r.top >= b.top && r.bottom <= b.bottom && r.left >= b.left && r.right <= b.right;
          // What the visitor sees at the link's centre: the link, or the banner over it.
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return within || top != el
            ? `${el.textContent} at ${Math.round(r.top)}..${Math.round(r.bottom)} (banner ${Math.round(b.top)}..${Math.round(b.bottom)})`
            : null;
        });
        if (covered) hidden.push(covered);
      }
      expect(hidden).toEqual([]);

      await banner(page).locator('[data-action=reject-all]').click();
      await banner(page).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.documentElement.getAttribute('style') || '')).toBe('');
    },
  );
});

describe('given the dialog with every category opened, in a window shorter than it', () => {
  it.each([
    [1280, 500],
    [320, 568],
  ])('at %i×%i px, no control the visitor Tabs to should be hidden behind its sticky buttons (WCAG 2.4.11)', async (width, height) => {
    const { page } = await open({}, { context: { viewport: { width, height } } });
    await banner(page).locator('[data-action=customize]').click();
    await dialog(page).waitFor();
    for (const c of ['necessary', 'functional', 'analytics', 'marketing'])
      await dialog(page).locator(`button[aria-controls="consentry-cat-${c}-more"]`).click();
    await dialog(page).locator('.head button').focus();
    const hidden: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const covered = await dialog(page).evaluate((d) => {
        const root = d.getRootNode() as ShadowRoot;
        const el = root.activeElement as HTMLElement;
        if (!el || el.closest('.foot')) return null;
        const r = el.getBoundingClientRect();
        const f = d.querySelector('.foot')!.getBoundingClientRect();
        // What the visitor sees at the control's centre: the control, or the buttons over it.
        const top = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top && el.contains(top)
          ? null
          : `${el.localName}#${el.id} "${el.textContent}" at ${Math.round(r.top)}..${Math.round(r.bottom)} (buttons ${Math.round(f.top)}..${Math.round(f.bottom)})`;
      });
      if (covered) hidden.push(covered);
    }
    expect(hidden).toEqual([]);
  });
});

describe('given a decision, when the banner shows again (show())', () => {
  it.each([1280, 375])('at %i px, the revisit button (same corner) should not cover its buttons, and should be back once it goes', async (width) => {
    const { page } = await open({}, { context: { viewport: { width, height: 640 } } });
    await banner(page).locator('[data-action=accept-all]').click();
    const revisit = page.locator('consentry-revisit button');
    await revisit.waitFor();
    await consentry(page, (c) => (c as unknown as { show(): Promise<void> }).show());
    await banner(page).waitFor();
    // What is hit at the centre of each banner button: the banner's host, not the revisit button's.
    const hits = await banner(page).evaluate((b) =>
      [...b.querySelectorAll('button')].map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.textContent}: ${document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.localName}`;
      }),
    );
    expect(hits).toEqual(['Accept all: consentry-ui', 'Reject all: consentry-ui', 'Customize: consentry-ui']);
    expect(await revisit.isVisible()).toBe(false);

    await banner(page).locator('[data-action=reject-all]').click();
    await banner(page).waitFor({ state: 'detached' });
    await expect.poll(() => revisit.isVisible(), POLL).toBe(true);
  });
});
