// What the visitor sees, measured from computed styles on the built files: Accept all and Reject all
// carry equal visual weight in the first layer (compliance R9, R10); text contrast is at least 4.5:1
// and control boundaries (buttons, switch tracks and thumbs, the revisit button, focus indicators)
// at least 3:1, in the default light and dark themes (R47); every pointer target is at least
// 24×24 CSS px, or a link that meets the spacing exception (R48). Issue #4 "Acceptance".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentryTag, ready, useBrowser } from './harness';

const h = useBrowser();

const CONFIG = {
  privacyPolicyUrl: '/privacy',
  controller: { name: 'Example AS' },
  categories: {
    necessary: {},
    functional: {},
    analytics: {
      cookies: [{ name: '/^_ga/', provider: 'Google', purpose: 'Counts visits', duration: '2 years' }],
      services: { hotjar: { label: 'Hotjar', provider: 'Hotjar Ltd' } },
    },
    marketing: { services: { video: { label: 'VideoCo player', provider: 'VideoCo' } } },
  },
};
const EMBED = `<main><h1>A shop</h1><iframe title="A video" data-category="marketing" data-service="video" data-src="/fixtures/frame.html" width="480" height="270"></iframe></main>`;

async function open(config: object, body = EMBED) {
  const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag({ ...CONFIG, ...config })}`, body }));
  await ready(page);
  await page.locator('consentry-ui:not([data-placeholder]) .banner').waitFor();
  return page;
}
const banner = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) .banner');

/**
 * Installs `window.__measure` in the page: WCAG relative luminance and contrast of computed colours,
 * each colour composited over what is behind it (up the composed tree, through shadow roots, down
 * to the canvas, white).
 */
async function installMeasure(page: Page) {
  await page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) throw new Error(`unparsed colour ${c}`);
      const [r, g, b, a = 1] = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number) as number[];
      return [r!, g!, b!, a];
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const up = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);
    /** The opaque colour behind `el`'s content: its own background and its ancestors', composited. */
    const bgOf = (el: Element | null): RGBA => {
      const layers: RGBA[] = [];
      for (let e = el; e; e = up(e)) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reduceRight<RGBA>((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const lum = ([r, g, b]: RGBA) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: RGBA, b: RGBA) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return Math.round(((x! + 0.05) / (y! + 0.05)) * 100) / 100;
    };
    const colour = (c: string, el: Element) => over(parse(c), bgOf(el));
    const describe = (el: Element) =>
      `${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className == 'string' ? '.' + el.className.replace(/ /g, '.') : ''} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30)}"`;
    (window as unknown as { __measure: unknown }).__measure = { parse, bgOf, ratio, colour, describe, up };
  });
}

/** Text contrast of every visible element with text of its own, in every Consentry shadow root: those under `min`. */
function lowTextContrast(page: Page, min = 4.5) {
  return page.evaluate((min) => {
    const m = (window as any).__measure;
    const low: string[] = [];
    const roots = [...document.querySelectorAll('consentry-ui, consentry-revisit')].map((host) => host.shadowRoot!);
    for (const root of roots)
      for (const el of root.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType == 3 && n.textContent!.trim());
        if (!own || !el.getClientRects().length || el.closest('.sr-only,[hidden]') || (el as HTMLInputElement).disabled) continue;
        const r = m.ratio(m.colour(getComputedStyle(el).color, el), m.bgOf(el));
        if (r < min) low.push(`${m.describe(el)}: ${r}`);
      }
    return low;
  }, min);
}

/** Non-text contrast (WCAG 1.4.11) of buttons, switches and the revisit button's icon: those under 3:1. */
function lowBoundaryContrast(page: Page) {
  return page.evaluate(() => {
    const m = (window as any).__measure;
    const low: string[] = [];
    const check = (what: string, el: Element, r: number) => r < 3 && low.push(`${what} ${m.describe(el)}: ${r}`);
    const roots = [...document.querySelectorAll('consentry-ui, consentry-revisit')].map((host) => host.shadowRoot!);
    for (const root of roots)
      for (const el of root.querySelectorAll<HTMLElement>('button, input.switch')) {
        if (!el.getClientRects().length || el.closest('[hidden]') || (el as HTMLInputElement).disabled) continue;
        const s = getComputedStyle(el);
        const around = m.bgOf(m.up(el));
        const fill = m.colour(s.backgroundColor, el);
        const border = parseFloat(s.borderTopWidth) >= 1 ? m.colour(s.borderTopColor, el) : fill;
        // A control is identified by its border or its fill against what surrounds it, whichever is stronger.
        if (!el.classList.contains('link')) check('boundary', el, Math.max(m.ratio(border, around), m.ratio(fill, around)));
        if (el.matches('input.switch')) {
          // The thumb against the track: on/off must be told apart.
          const thumb = getComputedStyle(el, '::after');
          check('switch thumb', el, m.ratio(m.colour(thumb.backgroundColor, el), fill));
        }
        // The revisit button's icon: its ::before, a disc drawn by its border.
        if ((el.getRootNode() as ShadowRoot).host.localName == 'consentry-revisit')
          check('icon', el, m.ratio(m.colour(getComputedStyle(el, '::before').borderTopColor, el), fill));
      }
    return low;
  });
}

/** Pointer targets under 24×24 CSS px: buttons and switches never; a link only if it also fails the spacing exception. */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const m = (window as any).__measure;
    const roots = [...document.querySelectorAll('consentry-ui, consentry-revisit')].map((host) => host.shadowRoot!);
    const targets = roots
      .flatMap((r) => [...r.querySelectorAll<HTMLElement>('button, input, a[href]')])
      .filter((el) => el.getClientRects().length && !el.closest('[hidden]'));
    const rects = targets.map((el) => el.getBoundingClientRect());
    const small: string[] = [];
    targets.forEach((el, i) => {
      const r = rects[i]!;
      if (r.width >= 24 && r.height >= 24) return;
      // Spacing exception (SC 2.5.8): a 24 px circle on its centre overlaps no other target.
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const spaced = rects.every((o, j) => {
        if (j == i) return true;
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return Math.hypot(dx, dy) >= 12;
      });
      if (el.localName != 'a' || !spaced) small.push(`${m.describe(el)}: ${Math.round(r.width)}×${Math.round(r.height)}`);
    });
    return small;
  });
}

describe('given the banner', () => {
  it.each([
    ['box', 'en'],
    ['bar', 'en'],
    ['box', 'nb'],
    ['bar', 'ar'],
  ])('in the %s layout in "%s", Accept all and Reject all should be buttons of equal weight in the first layer', async (layout, language) => {
    const page = await open({ language, ui: { layout } }, '<main><h1>A shop</h1></main>');
    const measure = (action: string) =>
      banner(page)
        .locator(`[data-action=${action}]`)
        .evaluate((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return {
            tag: el.localName,
            area: r.width * r.height,
            height: r.height,
            width: r.width,
            visible: r.width > 0 && r.height > 0 && r.bottom <= innerHeight && r.top >= 0,
            inBanner: !!el.closest('.banner'),
            inParagraph: !!el.closest('p'),
            style: [s.fontSize, s.fontWeight, s.fontFamily, s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth, s.borderRadius],
            focused: (el.getRootNode() as ShadowRoot).activeElement == el,
          };
        });
    const accept = await measure('accept-all');
    const reject = await measure('reject-all');

    for (const b of [accept, reject]) expect(b).toMatchObject({ tag: 'button', visible: true, inBanner: true, inParagraph: false, focused: false });
    const [small, large] = [accept.area, reject.area].sort((a, b) => a - b);
    expect(large! / small!, `areas ${accept.area} and ${reject.area}`).toBeLessThanOrEqual(1.1);
    expect(Math.abs(accept.height - reject.height)).toBeLessThan(1);
    // Same font size and weight, and the same variant (fill, text colour, border): neither is nudged.
    expect(reject.style).toEqual(accept.style);
  });
});

describe.each(['light', 'dark'])('given the default %s theme', (theme) => {
  it('the banner, placeholder, dialog and revisit button should have text contrast ≥ 4.5:1, control boundaries and focus rings ≥ 3:1 and targets ≥ 24×24 px', async () => {
    const page = await open({ ui: { theme } });
    await page.locator('consentry-ui[data-placeholder] button').waitFor();
    await installMeasure(page);

    expect(await lowTextContrast(page), 'banner and placeholder text').toEqual([]);
    expect(await lowBoundaryContrast(page), 'banner and placeholder controls').toEqual([]);
    expect(await smallTargets(page), 'banner and placeholder targets').toEqual([]);

    // The focus indicator of each banner control, focused from the keyboard, against the banner.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const m = (window as any).__measure;
        const el = document.querySelector('consentry-ui')!.shadowRoot!.activeElement!;
        const s = getComputedStyle(el);
        return {
          what: m.describe(el),
          style: s.outlineStyle,
          width: parseFloat(s.outlineWidth),
          ratio: m.ratio(m.colour(s.outlineColor, el), m.bgOf(m.up(el))),
        };
      });
      expect(ring.style, ring.what).not.toBe('none');
      expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
      expect(ring.ratio, ring.what).toBeGreaterThanOrEqual(3);
    }

    // The dialog before a decision, analytics switched on (on and off switches side by side), its services open.
    await banner(page).locator('[data-action=customize]').click();
    const dialog = page.locator('consentry-ui:not([data-placeholder]) dialog.prefs');
    await dialog.waitFor();
    await dialog.locator('#consentry-cat-analytics').check();
    await dialog.locator('button[aria-controls="consentry-cat-analytics-more"]').click();
    await dialog.locator('#consentry-cat-analytics-more table').waitFor();
    expect(await lowTextContrast(page), 'dialog text').toEqual([]);
    expect(await lowBoundaryContrast(page), 'dialog controls').toEqual([]);
    expect(await smallTargets(page), 'dialog targets').toEqual([]);

    // After a decision: the revisit button, and the dialog's receipt.
    await dialog.locator('.foot button').nth(2).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('consentry-revisit button').click();
    await dialog.locator('.receipt').waitFor();
    expect(await lowTextContrast(page), 'receipt text').toEqual([]);
    expect(await lowBoundaryContrast(page), 'receipt and revisit controls').toEqual([]);
    expect(await smallTargets(page), 'receipt and revisit targets').toEqual([]);
  });
});

describe('given a decision', () => {
  it.each([
    ['light', 'none'],
    ['dark', 'none'],
    ['light', 'active'],
    ['dark', 'active'],
  ] as const)(
    'in the %s theme with forced colours %s, the revisit button should show its cookie icon: a disc with a bite and two chips',
    async (theme, forcedColors) => {
      const page = await open({ ui: { theme } }, '<main><h1>A shop</h1></main>');
      await banner(page).locator('[data-action=accept-all]').click();
      const button = page.locator('consentry-revisit button');
      await button.waitFor();
      await page.emulateMedia({ forcedColors });
      // The button's pixels, as painted (at 1 CSS px each), read back through a canvas.
      const png = (await button.screenshot()).toString('base64');
      const pixels = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = `data:image/png;base64,${src}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        return { width: img.width, data: [...g.getImageData(0, 0, img.width, img.height).data] };
      }, png);
      // Points of the 24 px icon box (12 px in from the button's edge: its 2 px border and 10 px padding).
      const at = ([x, y]: number[]) => {
        const i = ((y! + 12) * pixels.width + x! + 12) * 4;
        return pixels.data.slice(i, i + 3);
      };
      const far = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
      const background = at([1, 1]);
      const icon = at([7, 16]);
      expect(far(icon, background), `icon ${icon} on ${background}`).toBeGreaterThan(100);
      // The cookie's body; then the chips, the bite and the corner outside the disc, where the button shows.
      for (const p of [
        [12, 8],
        [16, 13],
        [5, 11],
      ])
        expect(far(at(p), icon), `body at ${p}: ${at(p)}`).toBeLessThan(40);
      for (const p of [
        [8, 12.5],
        [13, 16.5],
        [19, 6],
        [16, 4],
        [22, 2],
      ])
        expect(far(at(p.map(Math.floor)), background), `cut out at ${p}: ${at(p.map(Math.floor))}`).toBeLessThan(40);
    },
  );
});

describe('given a visitor who prefers reduced motion', () => {
  // The dialog's only motion is on pseudo-elements (the switch knob sliding, the disclosure chevron
  // turning), which `*` does not match: each is measured on its own ::after. WCAG 2.3.3, compliance R52.
  it.each(['reduce', 'no-preference'] as const)(
    'with prefers-reduced-motion: %s, the switch knobs and chevrons should move only without it',
    async (reducedMotion) => {
      const context = await h.newContext({ reducedMotion });
      const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag(CONFIG)}`, body: '<main><h1>A shop</h1></main>' }), { context });
      await ready(page);
      await banner(page).locator('[data-action=customize]').click();
      const dialog = page.locator('consentry-ui:not([data-placeholder]) dialog.prefs');
      await dialog.waitFor();
      const moving = await dialog.evaluate((d) =>
        [...d.querySelectorAll('input.switch, button.link')].flatMap((el) =>
          [getComputedStyle(el), getComputedStyle(el, '::after')]
            .map((s, i) => `${el.localName}.${el.className}${i ? '::after' : ''} ${s.transitionProperty} ${s.transitionDuration} ${s.animationName}`)
            .filter((s) => !/ 0s none$/.test(s)),
        ),
      );
      if (reducedMotion == 'reduce') expect(moving).toEqual([]);
      // What is measured is what moves: without the preference the knob slides.
      else expect(moving.some((m) => m.startsWith('input.switch::after inset-inline-start'))).toBe(true);
    },
  );
});
