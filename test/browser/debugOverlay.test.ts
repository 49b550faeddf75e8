// The debug overlay (issue 17, docs/testing-your-site.md "Debug overlay") in Chromium on the built
// files: loaded only on demand (?consentry-debug, debug: true, Consentry.debug()), listing held and
// released elements, what clearing could not remove and why (an HttpOnly cookie), the Consent Mode
// state and records, as a keyboard-usable panel axe finds nothing serious in, and in the console.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const CONFIG = {
  consentMode: true,
  categories: {
    functional: { services: { widget: { label: 'Widget' } } },
    analytics: { services: { stats: { label: 'Stats', cookies: ['srv_track', 'st_id'] } } },
    marketing: { services: { video: { label: 'Video' } } },
  },
};
const page = (config: object = CONFIG) =>
  h.page({
    head: `<title>Shop</title>
${consentryTag(config)}
<script type="text/plain" data-category="functional" data-service="widget">window.widgetRan = true;</script>
<script type="text/plain" data-category="analytics" data-service="stats">document.cookie = 'st_id=1; Path=/';</script>`,
    body: `<main><h1>Shop</h1><iframe title="Video" data-category="marketing" data-service="video" data-src="/company-site/embed.html"></iframe></main>`,
    // Set by the server, invisible to scripts: clearing cannot remove it.
    headers: { 'Set-Cookie': 'srv_track=abc; Path=/; HttpOnly; SameSite=Lax' },
  });

/** The panel's rows, as text, by section title. */
const rows = (p: Page) =>
  p.evaluate(() => {
    const root = document.querySelector('consentry-debug')?.shadowRoot;
    if (!root) return null;
    return Object.fromEntries(
      [...root.querySelectorAll('details')].map((d) => [
        d.querySelector('summary')!.textContent!.replace(/ \(\d+\)$/, ''),
        [...d.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' | ')),
      ]),
    );
  });

async function axe(p: Page) {
  await p.addScriptTag({ path: AXE });
  const violations = await p.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
    ).axe;
    const r = await axe.run(document, { rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact == 'serious' || v.impact == 'critical');
}

describe('debug overlay', () => {
  it('?consentry-debug: after a choice it should list the held iframe, the released script and the HttpOnly cookie clearing could not remove, with the Consent Mode state; axe finds nothing serious', async () => {
    const { page: p, messages } = await h.open(page() + '?consentry-debug');
    await ready(p);
    await consentry(p, (c) => c.setConsent({ functional: true }));
    await expect.poll(() => p.evaluate(() => (window as unknown as { widgetRan?: boolean }).widgetRan), POLL).toBe(true);
    await expect
      .poll(async () => (await rows(p))?.['Clearing: removed and survived'], POLL)
      .toContain('srv_track | survived | HttpOnly: scripts cannot see or delete it; only the server that set it can (send it expired)');
    await expect
      .poll(async () => (await rows(p))?.['Held and released elements'], POLL)
      .toEqual([
        'analytics | stats | <script> (inline) | held',
        'functional | widget | <script> (inline) | released',
        'marketing | video | <iframe> /company-site/embed.html | held',
      ]);
    const r = (await rows(p))!;
    expect(r['Cookies this page can see']).toEqual(['consentry | Consentry']);
    expect(r['Consent Mode sent']!.map((x) => x.split(' | ')[0])).toEqual(['default', 'update']);
    expect(r['Consent Mode sent']![1]).toContain('"functionality_storage":"granted"');
    // The cookie really is there (the browser's jar), and the iframe really is held.
    expect((await p.context().cookies()).map((c) => `${c.name}:${c.httpOnly}`)).toContain('srv_track:true');
    expect(await p.locator('iframe[title=Video]').getAttribute('src')).toBeNull();
    // The same report as one collapsed group in the console.
    expect(messages.some((m) => m.type == 'startGroupCollapsed' && m.text == '[consentry] debug report')).toBe(true);
    expect(await axe(p)).toEqual([]);
  });

  it('should cost nothing unless asked: no consentry-debug.js without the flag; Consentry.debug() loads it, and the panel is keyboard usable (Escape closes it, details open and close with Enter)', async () => {
    const { page: p, messages } = await h.open(page());
    const files: string[] = [];
    p.on('request', (r) => files.push(new URL(r.url()).pathname));
    await ready(p);
    await p.waitForTimeout(300);
    expect(files.filter((f) => f.includes('consentry-debug'))).toEqual([]);
    expect(await p.locator('consentry-debug').count()).toBe(0);

    await consentry(p, (c) => (c as unknown as { debug(): Promise<void> }).debug());
    expect(files).toContain('/consentry/consentry-debug.js');
    const panel = p.locator('consentry-debug aside');
    await expect.poll(() => panel.isVisible(), POLL).toBe(true);
    expect(messages.filter((m) => m.text == '[consentry] debug report')).toHaveLength(1);

    // Keyboard: Tab reaches the panel's controls; a section closes with Enter; Escape closes the panel.
    const refresh = p.locator('consentry-debug').getByRole('button', { name: 'Refresh' });
    await refresh.focus();
    await p.keyboard.press('Tab'); // Log to console
    await p.keyboard.press('Tab'); // Close
    await p.keyboard.press('Tab'); // first section
    expect(await p.evaluate(() => document.querySelector('consentry-debug')!.shadowRoot!.activeElement?.textContent)).toMatch(/^Held and released elements/);
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => document.querySelector('consentry-debug')!.shadowRoot!.querySelector('details')!.open)).toBe(false);
    await p.keyboard.press('Escape');
    expect(await p.locator('consentry-debug').count()).toBe(0);
    // Asked again: shown again, and logged again.
    await consentry(p, (c) => (c as unknown as { debug(): Promise<void> }).debug());
    await expect.poll(() => panel.isVisible(), POLL).toBe(true);
    expect(messages.filter((m) => m.text == '[consentry] debug report')).toHaveLength(2);
  });

  it("should say where each IndexedDB database is declared: in the config, only in the catalogue, Consentry's own, or nowhere", async () => {
    const config = { categories: { functional: { services: { widget: { label: 'Widget', indexedDB: ['widgetdb'] } } } } };
    const { page: p } = await h.open(
      h.page({
        head: `<title>Shop</title>
${consentryTag(config)}
<script type="text/plain" data-category="functional" data-service="widget">indexedDB.open('widgetdb');</script>`,
        body: `<main><h1>Shop</h1></main><script>indexedDB.open('mixpanel-queue'); indexedDB.open('otherdb');</script>`,
      }) + '?consentry-debug',
    );
    await ready(p);
    await consentry(p, (c) => c.setConsent({ functional: true }));
    // The databases really exist (the browser lists them), whatever the panel says.
    await expect
      .poll(() => p.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort()), POLL)
      .toEqual(['consentry', 'mixpanel-queue', 'otherdb', 'widgetdb']);
    await p.locator('consentry-debug').getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(async () => (await rows(p))?.['IndexedDB databases']?.sort(), POLL)
      .toEqual(['consentry | Consentry', 'mixpanel-queue | undeclared (catalogue: mixpanel)', 'otherdb | undeclared', 'widgetdb | functional.widget']);
  });

  it('given a page whose dataLayer is no list, Consentry.debug() should resolve and show the panel with no Consent Mode rows, and raise no page error', async () => {
    const { page: p } = await h.open(
      h.page({ head: `<script>window.dataLayer = { push() {} };</script>${consentryTag(CONFIG)}`, body: '<main><h1>Shop</h1></main>' }),
    );
    await ready(p);
    await consentry(p, (c) => (c as unknown as { debug(): Promise<void> }).debug());
    await expect.poll(() => p.locator('consentry-debug aside').isVisible(), POLL).toBe(true);
    expect((await rows(p))?.['Consent Mode sent'] ?? []).toEqual([]);
  });

  it('debug: true in the config should open it on load', async () => {
    const { page: p } = await h.open(page({ ...CONFIG, debug: true }));
    await ready(p);
    await expect.poll(() => p.locator('consentry-debug aside').isVisible(), POLL).toBe(true);
  });
});
