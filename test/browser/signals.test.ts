// Signals to the ad and analytics stack (issue 7; design.md "Signals"; docs/configuration.md), as a
// site's tags observe them on the script-tag file as built: Google Consent Mode v2 through
// `dataLayer`, read by a local stand-in for gtag.js that, like gtag, processes only `arguments`
// entries, in order, and ignores arrays; the `consentry_consent` event for Tag Manager; Microsoft
// UET's `uetq`; Global Privacy Control; the setup warnings. Every test uses a fresh context and
// only local stand-ins (no request leaves the test server).
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatConsentCookie } from '../../packages/core/src/model/consent/consentCookie';
import { consentry, consentryTag, type Message, POLL, ready, useBrowser } from './harness';
import { useRecordsEndpoint } from './recordsEndpoint';

const h = useBrowser();
const ep = useRecordsEndpoint(h);
const SEVEN = ['ad_personalization', 'ad_storage', 'ad_user_data', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'];
const AD = ['ad_personalization', 'ad_storage', 'ad_user_data'];

type Command = [string, ...unknown[]];
type Signals = Record<string, 'granted' | 'denied'>;

/**
 * A stand-in for gtag.js, live right after Consentry (as the site's own scripts are): processes the
 * `arguments` entries already in `dataLayer` in order, then every later push, into
 * `window.__gtag`, ignoring arrays and plain objects as gtag does. It stands in for the part of
 * gtag.js that reads the queue; a held tag below calls the page's `gtag()`.
 */
const GTAG_STANDIN = `<script>
(() => {
  const log = (window.__gtag = []);
  const isArgs = (e) => Object.prototype.toString.call(e) == '[object Arguments]';
  const take = (e) => { if (isArgs(e)) log.push(JSON.parse(JSON.stringify(Array.from(e)))); };
  const dl = (window.dataLayer = window.dataLayer || []);
  dl.forEach(take);
  const push = dl.push;
  dl.push = function (...entries) { entries.forEach(take); return push.apply(this, entries); };
})();
</script>`;
/** A held Google tag stand-in: runs when analytics is allowed and pushes gtag commands. */
const HELD_TAG = `<script type="text/plain" data-category="analytics">
  (window.__ran = window.__ran || []).push('ga');
  gtag('js', new Date(0));
  gtag('config', 'G-TEST');
  gtag('event', 'page_view');
</script>`;

const page = (config: object, { above = '', below = GTAG_STANDIN + HELD_TAG, body = '' } = {}) =>
  h.page({ head: `${above}\n${consentryTag(config)}\n${below}`, body });

/** What the gtag stand-in processed, in order. */
const processed = (p: Page) => p.evaluate(() => (window as unknown as { __gtag: Command[] }).__gtag.slice());
/** `dataLayer` as gtag sees it: `arguments` entries as arrays, arrays marked, objects as they are. */
const dataLayer = (p: Page) =>
  p.evaluate(() =>
    ((window as unknown as { dataLayer: unknown[] }).dataLayer || []).map((e) =>
      Object.prototype.toString.call(e) == '[object Arguments]'
        ? { args: Array.from(e as ArrayLike<unknown>) }
        : Array.isArray(e)
          ? { array: e }
          : { object: e },
    ),
  );
const updates = (log: Command[]) => log.filter((c) => c[0] == 'consent' && c[1] == 'update').map((c) => c[2] as Signals);
const granted = (s: Signals) =>
  Object.keys(s)
    .filter((t) => s[t] == 'granted')
    .sort();
const typesOf = (s: Signals) => SEVEN.filter((t) => t in s);
const indexOf = (log: Command[], test: (c: Command) => boolean) => log.findIndex(test);
const ours = (messages: Message[]) => messages.filter((m) => m.text.startsWith('[consentry]')).map((m) => m.text);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Navigator.globalPrivacyControl reads true in every page of the context (as with the browser setting on). */
const gpcOn = (context: BrowserContext) =>
  context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));

describe('Google Consent Mode v2: the default', () => {
  it('given a first visit, should push the default and ads_data_redaction as arguments objects before any held Google tag, and no update before a click', async () => {
    const { page: p } = await h.open(page({ consentMode: true }));
    await ready(p);
    const dl = await dataLayer(p);
    expect(dl.slice(0, 2)).toEqual([
      {
        args: [
          'consent',
          'default',
          {
            security_storage: 'granted',
            functionality_storage: 'denied',
            personalization_storage: 'denied',
            analytics_storage: 'denied',
            ad_storage: 'denied',
            ad_user_data: 'denied',
            ad_personalization: 'denied',
            wait_for_update: 500,
          },
        ],
      },
      { args: ['set', 'ads_data_redaction', true] },
    ]);
    expect(dl.some((e) => 'array' in e)).toBe(false);
    const before = await processed(p);
    expect(before.map((c) => c.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['set', 'ads_data_redaction'],
    ]);
    expect(before.some((c) => c[1] == 'url_passthrough')).toBe(false);
    expect(await p.evaluate(() => typeof (window as unknown as { gtag: unknown }).gtag)).toBe('function');

    await consentry(p, (c) => c.acceptAll());
    await expect.poll(() => p.evaluate(() => (window as unknown as { __ran?: string[] }).__ran), POLL).toEqual(['ga']);
    const log = await processed(p);
    const def = indexOf(log, (c) => c[0] == 'consent' && c[1] == 'default');
    const firstTag = indexOf(log, (c) => ['js', 'config', 'event'].includes(c[0]));
    expect(def).toBe(0);
    expect(firstTag).toBeGreaterThan(indexOf(log, (c) => c[1] == 'update'));
    expect(log.slice(firstTag).map((c) => c[0])).toEqual(['js', 'config', 'event']);
  });

  it('given region, waitForUpdate and urlPassthrough, should carry them in the default and set url_passthrough', async () => {
    const { page: p } = await h.open(page({ consentMode: { region: ['NO', 'SE'], waitForUpdate: 1200, urlPassthrough: true } }));
    await ready(p);
    const log = await processed(p);
    expect(log[0][2]).toMatchObject({
      region: ['NO', 'SE'],
      wait_for_update: 1200,
      ad_storage: 'denied',
      analytics_storage: 'denied',
      security_storage: 'granted',
    });
    expect(log).toContainEqual(['set', 'url_passthrough', true]);
    expect(log).toContainEqual(['set', 'ads_data_redaction', true]);
  });

  it('given no consentMode, should leave dataLayer and gtag alone', async () => {
    const { page: p } = await h.open(page({}, { below: '' }));
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    expect(
      await p.evaluate(() => [typeof (window as unknown as { dataLayer: unknown }).dataLayer, typeof (window as unknown as { gtag: unknown }).gtag]),
    ).toEqual(['undefined', 'undefined']);
  });
});

describe('Google Consent Mode v2: a returning visitor', () => {
  it('given a decision made then a reload, should push the default then exactly one complete update before the held tag runs', async () => {
    const context = await h.newContext();
    const path = page({ consentMode: true });
    const first = await h.open(path, { context });
    await ready(first.page);
    await consentry(first.page, (c) => c.setConsent({ analytics: true, functional: true }));
    await first.page.close();

    const { page: p } = await h.open(path, { context });
    await expect.poll(() => p.evaluate(() => (window as unknown as { __ran?: string[] }).__ran), POLL).toEqual(['ga']);
    const log = await processed(p);
    expect(log.map((c) => c.slice(0, 2).join(' '))).toEqual([
      'consent default',
      'set ads_data_redaction',
      'consent update',
      'set ads_data_redaction',
      'js ' + log[4][1],
      'config G-TEST',
      'event page_view',
    ]);
    const [update] = updates(log);
    expect(typesOf(update)).toEqual(SEVEN);
    expect(granted(update)).toEqual(['analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage']);
    expect(log[3]).toEqual(['set', 'ads_data_redaction', true]);
  });

  it('given a cookie seeded with formatConsentCookie, should apply it at once with one complete update', async () => {
    const context = await h.newContext();
    const value = formatConsentCookie({ categories: { functional: false, analytics: true, marketing: true } });
    await context.addCookies([{ name: 'consentry', value, url: h.origin }]);
    const { page: p } = await h.open(page({ consentMode: true }), { context });
    await expect.poll(() => p.evaluate(() => (window as unknown as { __ran?: string[] }).__ran), POLL).toEqual(['ga']);
    const log = await processed(p);
    const u = updates(log);
    expect(u).toHaveLength(1);
    expect(typesOf(u[0])).toEqual(SEVEN);
    expect(granted(u[0])).toEqual([...AD, 'analytics_storage', 'security_storage']);
    expect(indexOf(log, (c) => c[1] == 'update')).toBeLessThan(indexOf(log, (c) => c[0] == 'js'));
    expect(log).toContainEqual(['set', 'ads_data_redaction', false]);
  });
});

describe('Google Consent Mode v2: decisions', () => {
  it('acceptAll should send one update granting all seven; withdrawing marketing one update denying the ad types with ads_data_redaction; a no-op none', async () => {
    const { page: p } = await h.open(page({ consentMode: true }, { below: GTAG_STANDIN }));
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    let log = await processed(p);
    expect(updates(log)).toHaveLength(1);
    expect(granted(updates(log)[0])).toEqual(SEVEN);
    expect(log.at(-1)).toEqual(['set', 'ads_data_redaction', false]);

    const n = log.length;
    await consentry(p, (c) => c.setConsent({ marketing: false }));
    log = await processed(p);
    expect(updates(log)).toHaveLength(2);
    const withdrawn = updates(log)[1];
    expect(typesOf(withdrawn)).toEqual(SEVEN);
    expect(AD.map((t) => withdrawn[t])).toEqual(['denied', 'denied', 'denied']);
    expect(granted(withdrawn)).toEqual(['analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage']);
    expect(log.slice(n)).toEqual([
      ['consent', 'update', withdrawn],
      ['set', 'ads_data_redaction', true],
    ]);

    await consentry(p, (c) => c.setConsent({ marketing: false }));
    await consentry(p, (c) => c.setConsent({ analytics: true }));
    await sleep(100);
    expect(updates(await processed(p))).toHaveLength(2);
  });

  it('rejectAll and reset should each send one update with only security_storage granted', async () => {
    const { page: p } = await h.open(page({ consentMode: true }));
    await ready(p);
    await consentry(p, (c) => c.rejectAll());
    await consentry(p, (c) => c.acceptAll());
    await consentry(p, (c) => c.reset());
    const u = updates(await processed(p));
    expect(u.map(granted)).toEqual([['security_storage'], SEVEN, ['security_storage']]);
  });

  it('should push a consentry_consent event with categories and services for each decision and for a stored one', async () => {
    const config = { consentMode: true, categories: { necessary: {}, analytics: { services: { ga: 'google-analytics' } }, marketing: {} } };
    const context = await h.newContext();
    const path = page(config);
    const { page: p } = await h.open(path, { context });
    await ready(p);
    expect((await dataLayer(p)).filter((e) => 'object' in e)).toEqual([]);
    await consentry(p, (c) => c.setConsent({ analytics: { ga: true } }));
    const events = (await dataLayer(p)).filter((e) => 'object' in e).map((e) => (e as { object: unknown }).object);
    expect(events).toEqual([
      {
        event: 'consentry_consent',
        consent: { categories: { necessary: true, analytics: true, marketing: false }, services: { necessary: {}, analytics: { ga: true }, marketing: {} } },
      },
    ]);
    const again = await h.open(path, { context });
    await ready(again.page);
    const stored = (await dataLayer(again.page)).filter((e) => 'object' in e);
    expect(stored).toEqual([{ object: events[0] }]);
  });

  it('given consentMode.uet, should push UET consent: denied by default, then an update per decision', async () => {
    const { page: p } = await h.open(page({ consentMode: { uet: true } }));
    await ready(p);
    expect(await p.evaluate(() => (window as unknown as { uetq: unknown[] }).uetq)).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    await consentry(p, (c) => c.acceptAll());
    await consentry(p, (c) => c.setConsent({ marketing: false }));
    expect(await p.evaluate(() => (window as unknown as { uetq: unknown[] }).uetq)).toEqual([
      'consent',
      'default',
      { ad_storage: 'denied' },
      'consent',
      'update',
      { ad_storage: 'granted' },
      'consent',
      'update',
      { ad_storage: 'denied' },
    ]);
  });

  it('given consentMode.uet and bat.js loaded (it replaces the uetq array with its own object), should push each later update to that object', async () => {
    // What bat.js does once loaded: takes the queue (o.q = window.uetq), then window.uetq = new UET(o).
    const BAT = `<script>setTimeout(() => { const q = window.uetq; window.__uet = { queued: q.slice(), pushed: [] }; window.uetq = { push: (...a) => window.__uet.pushed.push(a) }; });</script>`;
    const { page: p } = await h.open(page({ consentMode: { uet: true } }, { below: BAT }));
    await ready(p);
    await p.waitForFunction(() => (window as unknown as { __uet?: unknown }).__uet);
    await consentry(p, (c) => c.acceptAll());
    await consentry(p, (c) => c.setConsent({ marketing: false }));
    expect(await p.evaluate(() => (window as unknown as { __uet: unknown }).__uet)).toEqual({
      queued: ['consent', 'default', { ad_storage: 'denied' }],
      pushed: [
        ['consent', 'update', { ad_storage: 'granted' }],
        ['consent', 'update', { ad_storage: 'denied' }],
      ],
    });
  });

  it('given renamed categories with their own map, should grant by that map', async () => {
    const config = {
      categories: { necessary: {}, stats: {}, ads: {} },
      consentMode: { map: { necessary: ['security_storage'], stats: ['analytics_storage'], ads: ['ad_storage', 'ad_user_data', 'ad_personalization'] } },
    };
    const { page: p, messages } = await h.open(page(config, { below: GTAG_STANDIN }));
    await ready(p);
    await consentry(p, (c) => c.setConsent({ stats: true }));
    expect(granted(updates(await processed(p))[0])).toEqual(['analytics_storage', 'security_storage']);
    await sleep(1500);
    expect(ours(messages)).toEqual([]);
  });
});

describe('Global Privacy Control', () => {
  it('given GPC, acceptAll should leave marketing off and analytics on, switching marketing on should grant it, and every record should say gpc: true', async () => {
    const context = await h.newContext();
    await gpcOn(context);
    const { page: p } = await h.open(page({ consentMode: true, endpoint: ep.path }), { context });
    await ready(p);
    expect(await p.evaluate(() => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true);
    await consentry(p, (c) => c.acceptAll());
    const accepted = await consentry(p, (c) => c.getConsent());
    expect(accepted!.categories).toEqual({ necessary: true, functional: true, analytics: true, marketing: false });
    expect(accepted!.method).toBe('accept_all');
    let u = updates(await processed(p));
    expect(u).toHaveLength(1);
    expect(AD.map((t) => u[0][t])).toEqual(['denied', 'denied', 'denied']);
    expect(u[0].analytics_storage).toBe('granted');

    await consentry(p, (c) => c.setConsent({ marketing: true }));
    expect(await consentry(p, (c) => c.isAllowed('marketing'))).toBe(true);
    u = updates(await processed(p));
    expect(u).toHaveLength(2);
    expect(granted(u[1])).toEqual(SEVEN);

    // Accept all again: GPC never revokes what the visitor switched on, so nothing changes.
    await consentry(p, (c) => c.acceptAll());
    expect(await consentry(p, (c) => c.isAllowed('marketing'))).toBe(true);

    await ep.waitFor(() => ep.posts().length >= 2, 5000, 'two records');
    await sleep(300);
    const bodies = ep.posts().map((a) => a.body as { gpc: boolean; method: string; categories: Record<string, boolean> });
    expect(bodies).toHaveLength(2);
    expect(bodies.map((b) => b.gpc)).toEqual([true, true]);
    expect(bodies.map((b) => [b.method, b.categories.marketing])).toEqual([
      ['accept_all', false],
      ['custom', true],
    ]);
  });

  it('given no GPC, acceptAll should grant marketing and the record should say gpc: false; Do Not Track changes nothing', async () => {
    const context = await h.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1', configurable: true }));
    const { page: p } = await h.open(page({ endpoint: ep.path }, { below: '' }), { context });
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    expect(await consentry(p, (c) => c.isAllowed('marketing'))).toBe(true);
    await ep.waitFor(() => ep.posts().length >= 1, 5000, 'the record');
    expect((ep.posts()[0].body as { gpc: boolean }).gpc).toBe(false);
  });

  it('given a globalPrivacyControl getter that throws, should start without a page error, read it as no signal, and decide', async () => {
    const context = await h.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get() {
          throw new Error('hostile');
        },
        configurable: true,
      }),
    );
    const { page: p } = await h.open(page({ consentMode: true, endpoint: ep.path }), { context });
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    expect(await consentry(p, (c) => c.isAllowed('marketing'))).toBe(true);
    expect(granted(updates(await processed(p))[0])).toEqual(SEVEN);
    await ep.waitFor(() => ep.posts().length >= 1, 5000, 'the record');
    expect((ep.posts()[0].body as { gpc: boolean }).gpc).toBe(false);
  });

  it('given GPC, nothing should be granted before a decision and rejectAll should grant nothing', async () => {
    const context = await h.newContext();
    await gpcOn(context);
    const { page: p } = await h.open(page({ consentMode: true }), { context });
    await ready(p);
    expect(await consentry(p, (c) => c.getConsent())).toBeNull();
    expect(await consentry(p, (c) => ['functional', 'analytics', 'marketing'].some((n) => c.isAllowed(n)))).toBe(false);
    await consentry(p, (c) => c.rejectAll());
    expect(granted(updates(await processed(p))[0])).toEqual(['security_storage']);
  });
});

describe('setup warnings', () => {
  const GTAG_SNIPPET = `<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-EARLY');</script>`;
  const GTM_SNIPPET = `<script>(function(w,l){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,'dataLayer');</script>`;

  it('given a gtag snippet above Consentry, should warn once', async () => {
    const { page: p, messages } = await h.open(page({ consentMode: true }, { above: GTAG_SNIPPET }));
    await ready(p);
    await expect.poll(() => ours(messages), POLL).toHaveLength(1);
    expect(ours(messages)[0]).toMatch(/Google tag snippet ran before Consentry/);
    // The default still goes out, after what ran before.
    expect((await processed(p)).map((c) => c.slice(0, 2).join(' '))).toEqual([
      'js ' + (await processed(p))[0][1],
      'config G-EARLY',
      'consent default',
      'set ads_data_redaction',
    ]);
    await sleep(500);
    expect(ours(messages)).toHaveLength(1);
  });

  it('given a Tag Manager snippet above Consentry, should warn', async () => {
    const { page: p, messages } = await h.open(page({ consentMode: true }, { above: GTM_SNIPPET }));
    await ready(p);
    await expect.poll(() => ours(messages), POLL).toHaveLength(1);
    expect(ours(messages)[0]).toMatch(/Tag Manager/);
  });

  it('given only a plain data-layer declaration above Consentry, should not warn', async () => {
    const { page: p, messages } = await h.open(page({ consentMode: true }, { above: `<script>window.dataLayer = [{ pageType: 'shop' }];</script>` }));
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    await sleep(1500);
    expect(ours(messages)).toEqual([]);
  });

  it.each([
    ['__tcfapi', 'window.__tcfapi = function () {};'],
    ['Cookiebot', 'window.Cookiebot = {};'],
    ['OneTrust', 'window.OneTrust = {};'],
    ['klaro', 'window.klaro = {};'],
    ['CookieConsent', 'window.CookieConsent = { run() {} };'],
    ['__cmp', 'window.__cmp = function () {};'],
  ])('given another consent tool (%s) on the page, should warn once after load, not at start-up', async (name, stub) => {
    // What the document's state was at each of our warnings.
    const above = `<script>window.__states = []; const warn = console.warn; console.warn = function (first) { if (String(first).startsWith('[consentry]')) __states.push(document.readyState); return warn.apply(this, arguments); };</script>`;
    const { page: p, messages } = await h.open(page({}, { above, below: `<script async src="data:text/javascript,${encodeURIComponent(stub)}"></script>` }));
    await ready(p);
    await consentry(p, (c) => c.rejectAll());
    await expect.poll(() => ours(messages), POLL).toHaveLength(1);
    expect(ours(messages)[0]).toContain(`another consent tool is on this page (window.${name})`);
    expect(await p.evaluate(() => (window as unknown as { __states: string[] }).__states)).toEqual(['complete']);
    await consentry(p, (c) => c.acceptAll());
    await sleep(500);
    expect(ours(messages)).toHaveLength(1);
  });

  it('given another consent tool and a first visit, should warn once the banner shows and the page is idle, before any decision', async () => {
    const { page: p, messages } = await h.open(
      page({ consentMode: { mode: 'advanced' } }, { below: `<script>window.Cookiebot = {};</script>${GTAG_STANDIN}` }),
    );
    await ready(p);
    await expect.poll(() => ours(messages), POLL).toHaveLength(2);
    expect(ours(messages).join('\n')).toMatch(/another consent tool is on this page \(window\.Cookiebot\)[\s\S]*advanced mode/);
    expect(await consentry(p, (c) => c.getConsent())).toBeNull();
    // The first decision does not check again.
    await consentry(p, (c) => c.acceptAll());
    await sleep(500);
    expect(ours(messages)).toHaveLength(2);
  });

  it('given renamed categories without a map, should warn that nothing maps to analytics_storage or ad_storage', async () => {
    const { page: p, messages } = await h.open(page({ consentMode: true, categories: { necessary: {}, stats: {}, ads: {} } }, { below: GTAG_STANDIN }));
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    await expect.poll(() => ours(messages), POLL).toHaveLength(2);
    expect(ours(messages).join('\n')).toMatch(/"analytics_storage", so it is never granted/);
    expect(ours(messages).join('\n')).toMatch(/"ad_storage", so it is never granted/);
  });

  it('given a script below Consentry that replaces dataLayer (Google tags then never see the default), should warn once after load', async () => {
    const replace = `<script>window.dataLayer = [{ pageType: 'shop' }];</script>`;
    const { page: p, messages } = await h.open(page({ consentMode: true }, { below: replace + GTAG_STANDIN }));
    await ready(p);
    expect((await processed(p)).filter((c) => c[0] == 'consent')).toEqual([]);
    await consentry(p, (c) => c.acceptAll());
    await expect.poll(() => ours(messages), POLL).toHaveLength(1);
    expect(ours(messages)[0]).toMatch(/window\.dataLayer does not hold the Consent Mode default Consentry pushed/);
    await sleep(500);
    expect(ours(messages)).toHaveLength(1);
  });

  it('given a frozen dataLayer above Consentry, should raise no page error and warn that it takes no pushes', async () => {
    const { page: p, messages } = await h.open(page({ consentMode: true }, { above: `<script>window.dataLayer = Object.freeze([]);</script>`, below: '' }));
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    expect(await consentry(p, (c) => c.isAllowed('marketing'))).toBe(true);
    await expect.poll(() => ours(messages), POLL).toHaveLength(1);
    expect(ours(messages)[0]).toMatch(/it takes no pushes/);
  });

  it('given advanced mode, should warn what it means', async () => {
    const { page: p, messages } = await h.open(page({ consentMode: { mode: 'advanced' } }));
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    await expect.poll(() => ours(messages), POLL).toHaveLength(1);
    expect(ours(messages)[0]).toMatch(/advanced mode/);
  });

  it('given the default config and consentMode, should warn about nothing', async () => {
    const { page: p, messages } = await h.open(page({ consentMode: true }));
    await ready(p);
    await consentry(p, (c) => c.acceptAll());
    await sleep(1500);
    expect(ours(messages)).toEqual([]);
  });
});

describe('a page that broke the signal globals before Consentry', () => {
  it('given a gtag getter that throws and a frozen, read-only uetq, should raise no page error, send the default and release the held tag on a decision', async () => {
    const above = `<script>
Object.defineProperty(window, 'gtag', { get() { throw new Error('hostile'); }, configurable: true });
Object.defineProperty(window, 'uetq', { value: Object.freeze([]), writable: false });
</script>`;
    // The held tag calls the page's gtag, which throws: it pushes to dataLayer itself instead.
    const held = `<script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('ga'); dataLayer.push(['config', 'G-TEST']);</script>`;
    const { page: p } = await h.open(page({ consentMode: { uet: true } }, { above, below: GTAG_STANDIN + held }));
    await ready(p);
    expect((await processed(p)).map((c) => c.slice(0, 2).join(' '))).toEqual(['consent default', 'set ads_data_redaction']);
    await consentry(p, (c) => c.acceptAll());
    await expect.poll(() => p.evaluate(() => (window as unknown as { __ran?: string[] }).__ran), POLL).toEqual(['ga']);
    expect(granted(updates(await processed(p))[0])).toEqual(SEVEN);
  });
});

describe('headless: createConsentManager from @consentry/core (the npm build through an import map)', () => {
  const headless = (config: object, above = '') =>
    h.page({
      head: `<script type="importmap">{ "imports": { "@consentry/core": "/packages/core/dist/index.js", "idb-keyval": "/node_modules/idb-keyval/dist/index.js" } }</script>
${above}${GTAG_STANDIN}
<script type="module">
  import { createConsentManager } from '@consentry/core';
  window.headless = createConsentManager(${JSON.stringify(config)});
</script>`,
    });

  it('with consentMode, should send the default at once and an update when the site decides, as the script tag does', async () => {
    const { page } = await h.open(headless({ consentMode: true }));
    await page.waitForFunction(() => (window as unknown as { headless?: unknown }).headless);
    const log = () => page.evaluate(() => (window as unknown as { __gtag: Command[] }).__gtag);
    const first = await log();
    expect(first[0]!.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first[0]![2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted', wait_for_update: 500 });
    await page.evaluate(() => (window as unknown as { headless: { acceptAll(): Promise<void> } }).headless.acceptAll());
    await expect
      .poll(async () => (await log()).find((c) => c[0] == 'consent' && c[1] == 'update')?.[2], POLL)
      .toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
  });

  it('given a page that froze document.cookie and a globalPrivacyControl getter that throws, should raise no page error, say blocking could not start, and still signal and decide', async () => {
    const above = `<script>
Object.defineProperty(document, 'cookie', { configurable: false, get: () => '', set: () => {} });
Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get() { throw new Error('hostile'); }, configurable: true });
</script>`;
    const { page, messages } = await h.open(headless({ consentMode: true }, above));
    await page.waitForFunction(() => (window as unknown as { headless?: unknown }).headless);
    expect(ours(messages)).toEqual([expect.stringContaining('blocking could not start')]);
    expect((await processed(page))[0]!.slice(0, 2)).toEqual(['consent', 'default']);
    await page.evaluate(() => (window as unknown as { headless: { acceptAll(): Promise<void> } }).headless.acceptAll());
    expect(await page.evaluate(() => (window as unknown as { headless: { isAllowed(n: string): boolean } }).headless.isAllowed('marketing'))).toBe(true);
  });

  it('without consentMode, should push no consent command', async () => {
    const { page } = await h.open(headless({}));
    await page.waitForFunction(() => (window as unknown as { headless?: unknown }).headless);
    await page.evaluate(() => (window as unknown as { headless: { acceptAll(): Promise<void> } }).headless.acceptAll());
    expect((await page.evaluate(() => (window as unknown as { __gtag: Command[] }).__gtag)).filter((c) => c[0] == 'consent')).toEqual([]);
  });
});
