// Issue 18 (and #11.9, #11.12): hostile configs, stored values and markup against the built files,
// where the browser matters (links clicked, markup parsed, cookies on paths and domains, cookieStore).
// The pure logic of each defect is in packages/core/test/hostile/hostileInput.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, idb, POLL, ready, useBrowser } from './harness';
import { useRecordsEndpoint } from './recordsEndpoint';

const h = useBrowser();
const ep = useRecordsEndpoint(h);
const banner = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) .banner');
const warnings = (o: { messages: Array<{ type: string; text: string }> }) => o.messages.filter((m) => m.text.startsWith('[consentry]')).map((m) => m.text);
/** Every link Consentry rendered (light DOM and its shadow roots), as the browser resolved it. */
const renderedLinks = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      root.querySelectorAll('a[href]').forEach((a) => out.push((a as HTMLAnchorElement).href));
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
    };
    walk(document);
    return out;
  });
const ran = (page: Page, name: string) => page.evaluate((n) => (window as unknown as Record<string, unknown>)[n] === true, name);

describe('#1: a javascript: privacy link (a config from a CMS)', () => {
  it("should render no link for it, say why, and clicking the banner runs nothing; a service's link likewise", async () => {
    const bad = 'javascript:void(window.PWNED=1)';
    const config = {
      privacyPolicyUrl: bad,
      categories: { analytics: { services: { ga: { label: 'GA', privacyPolicyUrl: ' JaVa\tScRiPt:void(window.PWNED=2)' } } } },
    };
    const o = await h.open(h.page({ head: consentryTag(config) }));
    await expect.poll(() => banner(o.page).isVisible(), POLL).toBe(true);
    for (const a of await o.page.locator('consentry-ui a').all()) await a.click({ modifiers: [] }).catch(() => {});
    await consentry(o.page, (c) => (c as unknown as { showPreferences(): Promise<void> }).showPreferences());
    await o.page.locator('consentry-ui dialog.prefs').waitFor();
    await o.page.locator('consentry-ui dialog.prefs summary').evaluateAll((s) => s.forEach((x) => (x as HTMLElement).click()));
    const links = await renderedLinks(o.page);
    expect(links.filter((l) => !/^https?:/.test(l))).toEqual([]);
    expect(await o.page.evaluate(() => (window as { PWNED?: number }).PWNED)).toBeUndefined();
    await expect.poll(() => warnings(o).join('\n'), POLL).toContain('config privacyPolicyUrl: expected an http:, https: or relative URL');
  });
});

describe('#2 and #3: names objects inherit', () => {
  it('given categories constructor/toString/valueOf with Consent Mode, Accept all should decide, and a reload should still start', async () => {
    const config = { categories: { constructor: {}, toString: {}, valueOf: {}, analytics: {} }, consentMode: true };
    const path = h.page({ head: consentryTag(config) + '<script type="text/plain" data-category="analytics">window.__analytics = true</script>' });
    const o = await h.open(path);
    await ready(o.page);
    await consentry(o.page, (c) => c.acceptAll());
    await expect.poll(() => ran(o.page, '__analytics'), POLL).toBe(true);
    const again = await h.open(path, { context: o.context });
    await ready(again.page);
    expect(await consentry(again.page, (c) => c.isAllowed('analytics'))).toBe(true);
    expect(await again.page.evaluate(() => typeof (window as { Consentry?: unknown }).Consentry)).toBe('object');
  });

  it('given Object.prototype.ghost = true before Consentry, after Reject all a data-category="ghost" script should stay held', async () => {
    const head = `<script>Object.prototype.ghost = true</script>${consentryTag()}<script type="text/plain" data-category="ghost">window.__ghost = true</script>`;
    const o = await h.open(h.page({ head }));
    await ready(o.page);
    await consentry(o.page, (c) => c.rejectAll());
    await o.page.waitForTimeout(100);
    expect(await consentry(o.page, (c) => c.isAllowed('ghost'))).toBe(false);
    expect(await ran(o.page, '__ghost')).toBe(false);
  });

  it('given names a page adds to Object.prototype (a value, a method), a decision should be written with own names only and hold on the next page view', async () => {
    const config = { categories: { analytics: { services: { ga: {} } }, marketing: {} } };
    const head = `<script>Object.prototype.ghost = true; Object.prototype.extend = function () {}</script>${consentryTag(config)}
<script type="text/plain" data-category="analytics">window.__analytics = true</script>`;
    const path = h.page({ head });
    const o = await h.open(path);
    await ready(o.page);
    await consentry(o.page, (c) => c.setConsent({ analytics: true }));
    await expect.poll(() => ran(o.page, '__analytics'), POLL).toBe(true);
    const [cookie] = (await o.context.cookies()).filter((c) => c.name == 'consentry');
    expect(cookie.value).toMatch(/:analytics=1&marketing=0:analytics\/ga=1$/);
    const again = await h.open(path, { context: o.context });
    await ready(again.page);
    expect(await consentry(again.page, (c) => c.getConsent()?.categories)).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(await ran(again.page, '__analytics')).toBe(true);
    expect(warnings(again)).toEqual([]);
  });
});

describe('a page that wraps setTimeout and drops its extra arguments (an old polyfill)', () => {
  it('should keep and send the record of a decision in that page view, with nothing thrown', async () => {
    ep.set('ok');
    const head = `<script>const original = setTimeout; window.setTimeout = function (fn, ms) { return original(fn, ms) }</script>${consentryTag({ endpoint: '/consent' })}`;
    const o = await h.open(h.page({ head }));
    await ready(o.page);
    await consentry(o.page, (c) => c.acceptAll());
    await expect.poll(() => ep.posts().length, POLL).toBe(1);
    await expect.poll(() => idb(o.page, 'receipts'), POLL).toEqual([expect.objectContaining({ id: ep.posts()[0].ids[0], method: 'accept_all' })]);
    expect(o.errors).toEqual([]);
  });
});

describe('#4: a corrupt outbox in IndexedDB', () => {
  it('should be ignored with one warning: both records are sent, nothing throws', async () => {
    ep.set('ok');
    const path = h.page({ head: consentryTag({ endpoint: '/consent' }) });
    const o = await h.open(path);
    await ready(o.page);
    await consentry(o.page, (c) => c.acceptAll()); // makes the database
    await expect.poll(() => ep.posts().length, POLL).toBe(1);
    // The page empties its outbox after the endpoint's answer; corrupting it before then would be undone.
    await expect.poll(() => idb(o.page, 'outbox'), POLL).toEqual([]);
    await idb(o.page, 'outbox', {});
    const again = await h.open(path, { context: o.context });
    await ready(again.page);
    await consentry(again.page, (c) => c.rejectAll());
    await consentry(again.page, (c) => c.acceptAll());
    await expect.poll(() => ep.posts().length, POLL).toBe(3);
    expect(again.errors).toEqual([]);
    await expect.poll(() => warnings(again).filter((w) => w.includes('IndexedDB outbox held a value that is not a list')).length, POLL).toBe(1);
  });
});

describe('#5: a non-http(s) endpoint', () => {
  for (const endpoint of ['javascript:alert(1)', 'ftp://x/c'])
    it(`given ${endpoint}, should report a config problem and throw nothing when the page hides`, async () => {
      const o = await h.open(h.page({ head: consentryTag({ endpoint }) }));
      await ready(o.page);
      await consentry(o.page, (c) => c.acceptAll());
      await o.page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
      await o.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect.poll(() => warnings(o).join('\n'), POLL).toContain('config endpoint');
      expect(o.errors).toEqual([]);
    });
});

describe('#6: JavaScript-object configs (window.consentryConfig) that cannot be read', () => {
  const configs: Record<string, string> = {
    'nonce: Symbol()': '({ nonce: Symbol("n") })',
    'nonce: Object.create(null)': '({ nonce: Object.create(null) })',
    'a throwing getter': '({ get categories() { throw new Error("getter") } })',
    'a Proxy': 'new Proxy({}, { get() { throw new Error("get") }, ownKeys() { throw new Error("keys") } })',
    'a null-prototype object with a BigInt':
      'Object.assign(Object.create(null), { revision: 10n, cookie: Object.assign(Object.create(null), { name: Object.assign(Object.create(null), { n: 5n }) }) })',
  };
  for (const [what, js] of Object.entries(configs))
    it(`given ${what}, should start, show the banner and throw nothing into the page`, async () => {
      const head = `<script>window.consentryConfig = ${js}</script><script src="/consentry/consentry.min.js"></script>`;
      const o = await h.open(h.page({ head }));
      expect(await o.page.evaluate(() => typeof (window as { Consentry?: unknown }).Consentry)).toBe('object');
      await expect.poll(() => banner(o.page).isVisible(), POLL).toBe(true);
      expect(o.errors).toEqual([]);
    });
});

describe('#7: a crafted or impossible consent cookie', () => {
  const id = '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
  const now = () => Date.now().toString(36);
  const values: Record<string, () => string> = {
    'a constructor category': () => `2:${id}:0:${now()}:a:constructor=1:`,
    'a toString service': () => `2:${id}:0:${now()}:a:analytics=1:analytics/toString=1`,
    'revision 01 (the config says 1)': () => `2:${id}:01:${now()}:a:analytics=1:`,
    'a decision in the year 5188': () => `2:${id}:0:${Date.parse('5188-01-01').toString(36)}:a:analytics=1:`,
    'a name twice': () => `2:${id}:0:${now()}:c:analytics=0&analytics=1:`,
  };
  for (const [what, value] of Object.entries(values))
    it(`given ${what}, should read it as no decision: the banner shows and nothing is allowed`, async () => {
      const context = await h.newContext();
      await context.addCookies([{ name: 'consentry', value: value(), url: h.origin }]);
      const o = await h.open(h.page({ head: consentryTag({ revision: what.startsWith('revision') ? 1 : 0 }) }), { context });
      await expect.poll(() => banner(o.page).isVisible(), POLL).toBe(true);
      expect(await consentry(o.page, (c) => [c.getConsent(), c.isAllowed('analytics')])).toEqual([null, false]);
    });
});

describe('#8: markup edge cases', () => {
  it("should hold an iframe's data-srcdoc until allowed, and warn about a live srcdoc", async () => {
    const body = `<iframe id="held" data-category="marketing" data-srcdoc="<script>parent.__srcdoc = true</script>"></iframe>
<iframe id="live" data-category="marketing" data-src="/fixtures/frame.html" srcdoc="<p>live</p>"></iframe>`;
    const o = await h.open(h.page({ body }));
    await ready(o.page);
    await o.page.waitForTimeout(200);
    expect(await ran(o.page, '__srcdoc')).toBe(false);
    await expect.poll(() => warnings(o).join('\n'), POLL).toMatch(/is live.*id="live"/);
    expect(warnings(o).join('\n')).not.toMatch(/is live.*id="held"/);
    await consentry(o.page, (c) => c.acceptAll());
    await expect.poll(() => ran(o.page, '__srcdoc'), POLL).toBe(true);
  });

  it('should keep data-category="analytics.ga" held after Accept all, as its warning says', async () => {
    const head =
      consentryTag({ categories: { analytics: { services: { ga: 'google-analytics' } } } }) +
      '<script type="text/plain" data-category="analytics.ga">window.__dotted = true</script>';
    const o = await h.open(h.page({ head }));
    await ready(o.page);
    await consentry(o.page, (c) => c.acceptAll());
    await o.page.waitForTimeout(200);
    expect(await ran(o.page, '__dotted')).toBe(false);
    await expect
      .poll(() => warnings(o).join('\n'), POLL)
      .toContain('markup names the category "analytics.ga", which is not configured (a service goes in data-service); it stays held');
  });

  it('should read type as the HTML standard does: TEXT/PLAIN, "text/plain " and text/plain;charset=utf-8 are held, then released', async () => {
    const head = `${consentryTag()}
<script TYPE="TEXT/PLAIN" data-category="analytics">window.__upper = true</script>
<script type="text/plain " data-category="analytics">window.__spaced = true</script>
<script type="text/plain;charset=utf-8" data-category="analytics">window.__param = true</script>`;
    const o = await h.open(h.page({ head }));
    await ready(o.page);
    expect(await Promise.all(['__upper', '__spaced', '__param'].map((n) => ran(o.page, n)))).toEqual([false, false, false]);
    await consentry(o.page, (c) => c.acceptAll());
    await expect.poll(() => Promise.all(['__upper', '__spaced', '__param'].map((n) => ran(o.page, n))), POLL).toEqual([true, true, true]);
    expect(warnings(o).filter((w) => w.includes('is live'))).toEqual([]);
  });
});

describe('#9 and #11.9: two consent cookies', () => {
  const id = 'abcdefgh-0000';
  const value = (ms: number, cats: string) => `2:${id}:0:${ms.toString(36)}:c:${cats}:`;

  it('given an older one on /sub and a newer one on /, should read the newest; reset() should remove both', async () => {
    const context = await h.newContext();
    const now = Date.now();
    await context.addCookies([
      { name: 'consentry', value: value(now - 864e5, 'analytics=1&marketing=1'), domain: '127.0.0.1', path: '/sub' },
      { name: 'consentry', value: value(now - 1000, 'analytics=0&marketing=0'), url: h.origin },
    ]);
    const path = '/sub' + h.page().slice('/test'.length); // served under /sub/…
    h.route(path, { headers: { 'Content-Type': 'text/html' }, body: `<!doctype html><html><head>${consentryTag()}</head><body></body></html>` });
    const o = await h.open(path, { context });
    await ready(o.page);
    expect(await o.page.evaluate(() => document.cookie.split('; ').filter((c) => c.startsWith('consentry=')).length)).toBe(2);
    expect(await consentry(o.page, (c) => c.isAllowed('analytics'))).toBe(false);
    await consentry(o.page, (c) => c.reset());
    expect((await context.cookies()).filter((c) => c.name == 'consentry')).toEqual([]);
  });

  it('given host-only and Domain= cookies (a site added cookie.domain), should read the newest, and the next decision should leave one', async () => {
    const context = await h.newContext();
    const now = Date.now();
    await context.addCookies([
      { name: 'consentry', value: value(now - 1000, 'analytics=1'), domain: '.site.test', path: '/' },
      { name: 'consentry', value: value(now - 864e5, 'analytics=0'), url: h.siteOrigin },
    ]);
    const o = await h.open(h.page({ head: consentryTag({ cookie: { domain: 'site.test' } }) }), { context, host: 'site' });
    await ready(o.page);
    expect(await consentry(o.page, (c) => c.isAllowed('analytics'))).toBe(true);
    await consentry(o.page, (c) => c.setConsent({ marketing: true }));
    const left = (await context.cookies()).filter((c) => c.name == 'consentry');
    expect(left.map((c) => c.domain)).toEqual(['.site.test']);
    expect(left[0].value).toMatch(/analytics=1&marketing=1/);
    await consentry(o.page, (c) => c.reset());
    expect((await context.cookies()).filter((c) => c.name == 'consentry')).toEqual([]);
  });
});

describe('#10: the cookie guard and cookieStore', () => {
  it('should pass set({ name, value }) of an allowed cookie under its own name, drop a refused one, and let delete({ name }) through', async () => {
    const o = await h.open(h.page({ head: consentryTag({ categories: { analytics: { cookies: ['_ga_obj'] } } }) }));
    await ready(o.page);
    const names = () => o.page.evaluate(async () => (await (window as any).cookieStore.getAll()).map((c: { name: string }) => c.name).sort());
    await o.page.evaluate(async () => {
      const store = (window as any).cookieStore;
      await store.set({ name: 'site_obj', value: '1' });
      await store.set({ name: '_ga_obj', value: '1' });
      await store.set('site_str', '1');
    });
    expect(await names()).toEqual(['site_obj', 'site_str']);
    await o.page.evaluate(async () => {
      const store = (window as any).cookieStore;
      await store.delete({ name: 'site_obj' });
      await store.delete('site_str');
    });
    expect(await names()).toEqual([]);
    await consentry(o.page, (c) => c.acceptAll());
    await o.page.evaluate(() => (window as any).cookieStore.set({ name: '_ga_obj', value: '2', expires: Date.now() + 6e4 }));
    expect(await names()).toEqual(['_ga_obj', 'consentry']);
  });
});

describe('#11.12: data-service="!ga"', () => {
  it('after a refusal runs the script, needsReload() should stay false', async () => {
    const head =
      consentryTag({ categories: { analytics: { services: { ga: 'google-analytics' } } } }) +
      '<script type="text/plain" data-category="analytics" data-service="!ga">window.__fallback = true</script>';
    const o = await h.open(h.page({ head }));
    await ready(o.page);
    await consentry(o.page, (c) => c.rejectAll());
    await expect.poll(() => ran(o.page, '__fallback'), POLL).toBe(true);
    expect(await consentry(o.page, (c) => c.needsReload())).toBe(false);
  });
});

describe('a bad ui option, which both the main file and the UI read', () => {
  it('should be named once, not once by each', async () => {
    const o = await h.open(h.page({ head: consentryTag({ ui: { layout: 'modal', position: 'middle' } }) }));
    await expect.poll(() => banner(o.page).isVisible(), POLL).toBe(true);
    await expect.poll(() => warnings(o).filter((m) => m.includes('ui.position')).length, POLL).toBe(1);
    await o.page.waitForTimeout(500); // the UI's own report, had it come
    expect(warnings(o).filter((m) => m.includes('ui.layout'))).toHaveLength(1);
    expect(warnings(o).filter((m) => m.includes('ui.position'))).toHaveLength(1);
  });
});
