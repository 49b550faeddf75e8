// The visitor's UI as axe-core sees it, on the built files: the banner, the preferences dialog
// (before and after a decision, a category expanded), the revisit button and an embed placeholder
// report no serious or critical violation, with the WCAG 2.2 `target-size` rule switched on, in the
// light and the dark theme, in English, Norwegian and Arabic (right-to-left). axe scans open shadow
// roots. See issue #4 "Acceptance" and compliance.md R43–R48.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentryTag, ready, useBrowser } from './harness';

const h = useBrowser();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const config = (theme: string, language: string) => ({
  language,
  privacyPolicyUrl: '/privacy',
  controller: { name: 'Example AS' },
  ui: { theme },
  categories: {
    necessary: {},
    functional: {},
    analytics: {
      cookies: [{ name: '/^_ga/', provider: 'Google', purpose: 'Counts visits', duration: '2 years' }],
      services: { hotjar: { label: 'Hotjar', provider: 'Hotjar Ltd', cookies: ['/^_hj/'] } },
    },
    marketing: { services: { video: { label: 'VideoCo player', provider: 'VideoCo' } } },
  },
});
const BODY = `<main><h1>A shop</h1><p>Some content.</p>
<iframe title="A video" data-category="marketing" data-service="video" data-src="/fixtures/frame.html" width="480" height="270"></iframe></main>`;

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Serious and critical axe violations on the whole page (the hosts' shadow trees included), `target-size` on. */
async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: any[] }> } }).axe;
    const r = await axe.run(document, { rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: { target: unknown; failureSummary: string }) => `${JSON.stringify(n.target)} ${n.failureSummary}`),
    }));
  });
  return result.filter((v) => v.impact == 'serious' || v.impact == 'critical');
}

const ui = (page: Page) => page.locator('consentry-ui:not([data-placeholder])');

describe.each(['light', 'dark'])('given the %s theme', (theme) => {
  it.each(['en', 'nb', 'ar'])(
    'when the banner, the placeholder, the dialog and the revisit button show in "%s", axe should report no serious or critical violation',
    async (language) => {
      const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag(config(theme, language))}`, body: BODY }));
      await ready(page);
      const banner = ui(page).locator('.banner');
      await banner.waitFor();
      await page.locator('consentry-ui[data-placeholder] button').waitFor();

      // What is scanned is what the test means to scan: the theme and the language are applied.
      const root = await ui(page)
        .locator('.root')
        .first()
        .evaluate((el) => ({ lang: (el as HTMLElement).lang, dir: (el as HTMLElement).dir }));
      expect(root).toEqual({ lang: language, dir: language == 'ar' ? 'rtl' : 'ltr' });
      expect(await ui(page).getAttribute('data-theme')).toBe(theme);

      expect(await axe(page), 'banner and placeholder').toEqual([]);

      // Reject all: the banner goes, the revisit button stays, the placeholder too.
      await banner.locator('[data-action=reject-all]').click();
      await banner.waitFor({ state: 'detached' });
      const revisit = page.locator('consentry-revisit button');
      await revisit.waitFor();
      expect(await axe(page), 'revisit button and placeholder').toEqual([]);

      // The dialog after a decision (its switches off, the receipt with the consent id, download and
      // forget me), one category's services and cookie table expanded.
      await revisit.click();
      const dialog = ui(page).locator('dialog.prefs');
      await dialog.locator('.receipt').waitFor();
      await dialog.locator('button[aria-controls="consentry-cat-analytics-more"]').click();
      await dialog.locator('#consentry-cat-analytics-more table').waitFor();
      expect(await axe(page), 'dialog').toEqual([]);
    },
  );
});

describe('given a 320 px wide screen, where a cookie table scrolls sideways', () => {
  it.each(['en', 'ar'])(
    'in "%s", axe should report no serious or critical violation in the dialog, and Tab should reach the table, with a visible focus ring',
    async (language) => {
      const context = await h.newContext({ viewport: { width: 320, height: 640 } });
      const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag(config('light', language))}`, body: BODY }), { context });
      await ready(page);
      await ui(page).locator('.banner [data-action=customize]').click();
      const dialog = ui(page).locator('dialog.prefs');
      await dialog.locator('button[aria-controls="consentry-cat-analytics-more"]').click();
      const table = dialog.locator('#consentry-cat-analytics-more table');
      await table.waitFor();
      expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth), 'the table scrolls sideways').toBe(true);
      expect(await axe(page)).toEqual([]);

      // A keyboard user can scroll it: it takes focus, and shows it.
      await dialog.locator('button[aria-controls="consentry-cat-analytics-more"]').focus();
      let reached = false;
      for (let i = 0; i < 6 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await table.evaluate((t) => (t.getRootNode() as ShadowRoot).activeElement == t);
      }
      expect(reached, 'Tab reaches the table').toBe(true);
      expect(await table.evaluate((t) => getComputedStyle(t).outlineStyle)).not.toBe('none');
    },
  );
});
