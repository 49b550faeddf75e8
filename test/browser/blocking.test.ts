// Blocking, as a visitor and a site owner observe it on the script-tag file
// (packages/consentry/dist/consentry.min.js, as built): held scripts, embeds, media, stylesheets
// and templates stay inert until consent and are released once, in document order; elements added
// later are held too; withdrawal puts embeds back; the cookie guard keeps tracking cookies out before
// consent; clearing removes what a page can reach and reports it; markup mistakes are warned about.
// See design.md "Script-tag use" and "What blocking guarantees". Each test uses a fresh context and
// only local stand-in third-party files (test/browser/fixtures/, served at /fixtures/…).
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtures } from './fixtures/serveFixtures';
import { consentry, consentryTag, type Message, ready, useBrowser } from './harness';

const h = useBrowser();
const fx = useFixtures(h);
const POLL = { timeout: 5000, interval: 50 };
/** How long a negative gets to show itself (a held element that would load, a deferred write). */
const SETTLE = 1000;

/** Categories spelled out (a given list replaces the defaults), analytics with cookie and storage patterns. */
const CONFIG = {
  categories: {
    necessary: {},
    functional: {},
    analytics: { cookies: ['/^_ga/'], storage: ['/^_hj/'] },
    marketing: {},
  },
};

/** What the stand-in tags recorded, in the order they ran (`window.__ran`). */
const ran = (page: Page) => page.evaluate(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).slice());
const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();
const ours = (messages: Message[]) => messages.filter((m) => m.text.startsWith('[consentry]'));
/** A stand-in inline tag: records `name` in `window.__ran` when it runs. */
const push = (name: string) => `(window.__ran = window.__ran || []).push(${JSON.stringify(name)})`;

// ---------------------------------------------------------------------------------------------
// A page holding one of every held form, and a site script after Consentry that sets cookies.
// ---------------------------------------------------------------------------------------------
const HELD_HEAD = `${consentryTag(CONFIG)}
<link rel="stylesheet" data-category="functional" data-href="/fixtures/style.css?held">
<script type="text/plain" data-category="analytics" src="/fixtures/tracker.js?name=held-src"></script>
<script type="text/plain" data-category="analytics">${push('held-inline')}</script>
<script type="text/plain" data-category="marketing" data-type="module" src="/fixtures/module.js?name=held-module"></script>
<script>
  // The site's own script, after Consentry: tries to set tracking cookies before any decision.
  document.cookie = '_ga=GA1.1.1; path=/';
  document.cookie = 'site_pref=dark; path=/';
  window.__cookieWrites = Promise.allSettled(
    window.cookieStore
      ? [cookieStore.set('_ga_store', '1'), cookieStore.set({ name: '_ga_obj', value: '1' }), cookieStore.set('site_store', '1')]
      : [Promise.reject(new Error('no cookieStore'))],
  ).then((all) => all.map((r) => r.status));
</script>`;
const HELD_BODY = `<p id="styled">Styled by a third-party stylesheet once allowed</p>
<iframe id="embed" data-category="marketing" data-src="/fixtures/frame.html?held"></iframe>
<img id="pixel" alt="" data-category="analytics" data-src="/fixtures/pixel.svg?held-img">
<picture>
  <source data-category="marketing" data-srcset="/fixtures/pixel.svg?held-source" type="image/svg+xml">
  <img alt="" data-category="marketing" data-src="/fixtures/pixel.svg?held-picture-img">
</picture>
<video data-category="marketing" data-src="/fixtures/clip.webm?held" preload="auto"></video>
<template data-category="marketing"><p id="from-template">An embedded social post</p><script>${push('template-script')}</script></template>`;

const styledColor = (page: Page) => page.evaluate(() => getComputedStyle(document.getElementById('styled')!).color);
const templateContent = (page: Page) => page.locator('#from-template').count();
/** URLs of the page's frames other than the page itself. */
const frameUrls = (page: Page) => page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url());
/** The site's cookie writes (cookieStore.set promises), settled or cut off after 2 s. */
const cookieWrites = (page: Page) =>
  page.evaluate(() =>
    Promise.race([(window as unknown as { __cookieWrites: Promise<string[]> }).__cookieWrites, new Promise((done) => setTimeout(() => done('cookieStore.set never settled'), 2000))]),
  );

describe('given a first visit to a page with held scripts, embeds, media, a stylesheet and a template', () => {
  it('when no decision is made, it should run no held script, request no held URL and let no tracking cookie through', async () => {
    const { page, context } = await h.open(h.page({ head: HELD_HEAD, body: HELD_BODY }));
    await ready(page);
    expect(await page.evaluate(() => isSecureContext && 'cookieStore' in window)).toBe(true); // 127.0.0.1 is trustworthy
    await cookieWrites(page);
    await page.waitForTimeout(SETTLE);

    expect(await consentry(page, (c) => c.getConsent())).toBeNull();
    expect(await ran(page), 'held scripts that ran').toEqual([]);
    expect(fx.requests, 'held URLs requested').toEqual([]);
    expect(frameUrls(page).filter((u) => u.includes('/fixtures/'))).toEqual([]);
    expect(await styledColor(page)).not.toBe('rgb(1, 2, 3)');
    expect(await templateContent(page)).toBe(0);

    // The cookie guard: tracking cookies dropped, the site's own cookies untouched.
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/(^|; )_ga/);
    expect(await page.evaluate(() => document.cookie)).toContain('site_pref=dark');
    const names = await cookieNames(context);
    expect(names.filter((n) => n.startsWith('_ga')), 'tracking cookies in the browser').toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['site_pref', 'site_store']));
  });

  it('when the visitor accepts all, it should run the held scripts and load every held embed, image, video, stylesheet and template', async () => {
    const { page } = await h.open(h.page({ head: HELD_HEAD, body: HELD_BODY }));
    await ready(page);

    await consentry(page, (c) => c.acceptAll());

    await expect.poll(async () => (await ran(page)).sort(), POLL).toEqual(['held-inline', 'held-src', 'module held-module', 'template-script']);
    await expect.poll(() => styledColor(page), POLL).toBe('rgb(1, 2, 3)');
    await expect.poll(() => templateContent(page), POLL).toBe(1);
    await expect.poll(() => frameUrls(page).some((u) => u.endsWith('/fixtures/frame.html?held')), POLL).toBe(true);
    for (const url of ['/fixtures/frame.html?held', '/fixtures/pixel.svg?held-img', '/fixtures/pixel.svg?held-source', '/fixtures/clip.webm?held']) {
      await expect.poll(() => fx.count(url), { ...POLL, message: `${url} requested` }).toBeGreaterThan(0);
    }
    expect(fx.count('/fixtures/tracker.js?name=held-src')).toBe(1);
    expect(fx.count('/fixtures/module.js?name=held-module')).toBe(1);
  });

  it('when the visitor withdraws (reject all after accept all), it should put the embed back on hold and remove the template content', async () => {
    const { page } = await h.open(h.page({ head: HELD_HEAD, body: HELD_BODY }));
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => frameUrls(page).some((u) => u.includes('/fixtures/frame.html?held')), POLL).toBe(true);
    await expect.poll(() => templateContent(page), POLL).toBe(1);

    await consentry(page, (c) => c.rejectAll());

    await expect.poll(() => frameUrls(page).filter((u) => u.includes('/fixtures/frame.html')), POLL).toEqual([]);
    const iframe = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => ({ src: f.getAttribute('src'), dataSrc: f.getAttribute('data-src') })),
    );
    expect(iframe).toHaveLength(1);
    expect([null, '', 'about:blank']).toContain(iframe[0].src);
    expect(iframe[0].dataSrc).toBe('/fixtures/frame.html?held');
    await expect.poll(() => templateContent(page), POLL).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The release queue.
// ---------------------------------------------------------------------------------------------
describe('given held scripts: a slow library, an inline snippet that calls it, an async tag, more scripts and modules', () => {
  const head = `${consentryTag(CONFIG)}
<script type="text/plain" data-category="analytics" src="/fixtures/lib.js?delay=500"></script>
<script type="text/plain" data-category="analytics">trackerLib.track('inline calls lib')</script>
<script type="text/plain" data-category="analytics" async src="/fixtures/tracker.js?name=async&delay=1500"></script>
<script type="text/plain" data-category="analytics" src="/fixtures/tracker.js?name=second-src"></script>
<script type="text/plain" data-category="analytics">${push('second-inline')}</script>
<script type="text/plain" data-category="analytics" data-type="module" src="/fixtures/module.js?name=m"></script>
<script type="text/plain" data-category="analytics" data-type="module">(window.__ran = window.__ran || []).push('inline module ' + typeof import.meta)</script>`;
  const ALL = ['lib', 'inline calls lib', 'async', 'second-src', 'second-inline', 'module m', 'inline module object'];

  it('when the visitor accepts all, it should run each once in document order, the inline snippet after the slow library, without waiting for the async tag', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    await consentry(page, (c) => c.acceptAll());

    await expect.poll(async () => (await ran(page)).sort(), POLL).toEqual([...ALL].sort());
    const order = await ran(page);
    const classic = order.filter((n) => ['lib', 'inline calls lib', 'second-src', 'second-inline'].includes(n));
    expect(classic, 'classic scripts in document order').toEqual(['lib', 'inline calls lib', 'second-src', 'second-inline']);
    expect(order.indexOf('second-inline'), 'the queue did not wait for the async tag').toBeLessThan(order.indexOf('async'));
  });

  it('when consent is given again (accept all twice, setConsent, a change elsewhere), it should run nothing twice', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(async () => (await ran(page)).length, POLL).toBe(ALL.length);

    await consentry(page, (c) => c.acceptAll());
    await consentry(page, (c) => c.setConsent({ analytics: true }));
    await consentry(page, (c) => c.setConsent({ functional: false }));
    await consentry(page, (c) => c.setConsent({ functional: true }));
    await page.waitForTimeout(SETTLE + 1500); // past the async tag's delay too

    expect((await ran(page)).sort()).toEqual([...ALL].sort());
    expect(fx.count('/fixtures/lib.js')).toBe(1);
    expect(fx.count('/fixtures/tracker.js?name=async')).toBe(1);
    expect(fx.count('/fixtures/tracker.js?name=second-src')).toBe(1);
    expect(fx.count('/fixtures/module.js?name=m')).toBe(1);
  });
});

describe('given a site script that sets _ga (an analytics cookie pattern)', () => {
  it('when the visitor accepts all, it should let the cookie through document.cookie and cookieStore.set', async () => {
    const { page, context } = await h.open(h.page({ head: HELD_HEAD }));
    await ready(page);
    await cookieWrites(page);
    expect((await cookieNames(context)).filter((n) => n.startsWith('_ga'))).toEqual([]);

    await consentry(page, (c) => c.acceptAll());

    await page.evaluate(async () => {
      document.cookie = '_ga=GA1.1.2; path=/';
      await (window as unknown as { cookieStore: { set(n: string, v: string): Promise<void> } }).cookieStore.set('_ga_store', '2');
    });
    expect(await page.evaluate(() => document.cookie)).toMatch(/(^|; )_ga=GA1\.1\.2/);
    expect(await cookieNames(context)).toEqual(expect.arrayContaining(['_ga', '_ga_store']));
  });
});

describe('given held scripts for "analytics" and for "!analytics" (run when refused)', () => {
  const head = `${consentryTag(CONFIG)}
<script type="text/plain" data-category="analytics">${push('analytics')}</script>
<script type="text/plain" data-category="!analytics">${push('analytics refused')}</script>`;

  it('when no decision is made, it should run neither', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);
    await page.waitForTimeout(SETTLE);

    expect(await ran(page)).toEqual([]);
  });

  it('when the visitor rejects all, it should run only the "!analytics" script', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    await consentry(page, (c) => c.rejectAll());

    await expect.poll(() => ran(page), POLL).toEqual(['analytics refused']);
    await page.waitForTimeout(SETTLE);
    expect(await ran(page)).toEqual(['analytics refused']);
  });

  it('when the visitor accepts all, it should run only the "analytics" script', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    await consentry(page, (c) => c.acceptAll());

    await expect.poll(() => ran(page), POLL).toEqual(['analytics']);
    await page.waitForTimeout(SETTLE);
    expect(await ran(page)).toEqual(['analytics']);
  });
});

// ---------------------------------------------------------------------------------------------
// Elements added after load (a tag manager, an SPA view).
// ---------------------------------------------------------------------------------------------
describe('given a held script and a held iframe inserted 1 s after load', () => {
  const body = `<script>
  setTimeout(function () {
    var s = document.createElement('script');
    s.type = 'text/plain';
    s.setAttribute('data-category', 'analytics');
    s.src = '/fixtures/tracker.js?name=late-src';
    document.body.appendChild(s);
    var i = document.createElement('script');
    i.type = 'text/plain';
    i.setAttribute('data-category', 'analytics');
    i.textContent = ${JSON.stringify(push('late-inline'))};
    document.body.appendChild(i);
    var f = document.createElement('iframe');
    f.setAttribute('data-category', 'marketing');
    f.setAttribute('data-src', '/fixtures/frame.html?late');
    document.body.appendChild(f);
    window.__inserted = true;
  }, 1000);
</script>`;

  it('when they appear, they should be held; on accept all released; on withdrawal the iframe is held again', async () => {
    const { page } = await h.open(h.page({ head: consentryTag(CONFIG), body }));
    await ready(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __inserted?: boolean }).__inserted), POLL).toBe(true);
    await page.waitForTimeout(SETTLE);

    expect(await ran(page), 'held late scripts that ran').toEqual([]);
    expect(fx.requests, 'held late URLs requested').toEqual([]);

    await consentry(page, (c) => c.acceptAll());

    await expect.poll(() => ran(page), POLL).toEqual(['late-src', 'late-inline']);
    await expect.poll(() => frameUrls(page).some((u) => u.endsWith('/fixtures/frame.html?late')), POLL).toBe(true);
    expect(fx.count('/fixtures/tracker.js?name=late-src')).toBe(1);

    await consentry(page, (c) => c.rejectAll());

    await expect.poll(() => frameUrls(page).filter((u) => u.includes('/fixtures/frame.html')), POLL).toEqual([]);
    const iframes = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => ({ src: f.getAttribute('src'), dataSrc: f.getAttribute('data-src') })),
    );
    expect(iframes).toHaveLength(1);
    expect([null, '', 'about:blank']).toContain(iframes[0].src);
    expect(iframes[0].dataSrc).toBe('/fixtures/frame.html?late');
    expect(await ran(page), 'scripts are not run again').toEqual(['late-src', 'late-inline']);
  });
});

// ---------------------------------------------------------------------------------------------
// Clearing on withdrawal, on a non-secure host with a parent domain.
// ---------------------------------------------------------------------------------------------
interface Cleared {
  removed: string[];
  survived: string[];
}

describe('given an accepted visitor on http://www.site.test with analytics cookies, storage keys and an HttpOnly cookie', () => {
  it('when the visitor rejects all, it should delete the cookies in both forms and the storage keys, keep the rest, and report it in a cleared event', async () => {
    h.route('/set-http-cookie', { status: 204, headers: { 'Set-Cookie': '_ga_http=server; Path=/; HttpOnly' } });
    const { page, context } = await h.open(h.page({ head: consentryTag(CONFIG) }), { host: 'site' });
    await ready(page);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);

    await consentry(page, (c) => c.acceptAll());
    await expect
      .poll(async () => {
        await page.evaluate(() => {
          document.cookie = '_ga=host-only; path=/';
          document.cookie = '_ga=parent; path=/; domain=site.test';
          document.cookie = 'site_pref=dark; path=/';
          localStorage.setItem('_hjSession', '1');
          sessionStorage.setItem('_hjFlow', '1');
          localStorage.setItem('theme', 'dark');
        });
        return (await context.cookies()).filter((c) => c.name == '_ga').map((c) => c.domain).sort();
      }, POLL)
      .toEqual(['.site.test', 'www.site.test']);
    await page.evaluate(() => fetch('/set-http-cookie'));
    expect(await cookieNames(context)).toContain('_ga_http');

    await page.evaluate(() => {
      const w = window as unknown as { __cleared: unknown[]; __clearedEvents: unknown[]; Consentry: { on(e: string, fn: (d: unknown) => void): void } };
      w.__cleared = [];
      w.__clearedEvents = [];
      w.Consentry.on('cleared', (d) => w.__cleared.push(d));
      addEventListener('consentry:cleared', (e) => w.__clearedEvents.push((e as CustomEvent).detail));
    });
    await consentry(page, (c) => c.rejectAll());

    await expect.poll(async () => (await context.cookies()).filter((c) => c.name == '_ga'), POLL).toEqual([]);
    const names = await cookieNames(context);
    expect(names).toEqual(expect.arrayContaining(['_ga_http', 'site_pref']));
    expect(await page.evaluate(() => [localStorage.getItem('_hjSession'), sessionStorage.getItem('_hjFlow'), localStorage.getItem('theme')])).toEqual([
      null,
      null,
      'dark',
    ]);

    const events = () => page.evaluate(() => (window as unknown as { __cleared: Cleared[] }).__cleared);
    await expect.poll(async () => (await events()).length, POLL).toBeGreaterThan(0);
    const cleared = await events();
    const removed = cleared.flatMap((d) => d.removed);
    const survived = cleared.flatMap((d) => d.survived);
    expect(removed).toEqual(expect.arrayContaining(['_ga', '_hjSession', '_hjFlow']));
    expect(removed, 'an HttpOnly cookie is never claimed removed').not.toContain('_ga_http');
    expect(survived, 'an HttpOnly cookie is invisible to the page').not.toContain('_ga_http');
    expect(survived).toEqual([]);
    expect(removed).not.toContain('site_pref');
    expect(removed).not.toContain('theme');
    const windowEvents = await page.evaluate(() => (window as unknown as { __clearedEvents: Cleared[] }).__clearedEvents);
    expect(windowEvents, 'window consentry:cleared events carry the same detail').toEqual(cleared);
  });
});

// ---------------------------------------------------------------------------------------------
// Catalogue services.
// ---------------------------------------------------------------------------------------------
describe('given catalogue services (analytics.ga = google-analytics, marketing.yt = youtube)', () => {
  const config = {
    categories: {
      necessary: {},
      analytics: { services: { ga: 'google-analytics' } },
      marketing: { services: { yt: 'youtube' } },
    },
  };
  const head = `${consentryTag(config)}
<script>document.cookie = '_ga=GA1.1.1; path=/'; document.cookie = '_ga_ABC=GS1.1; path=/';</script>
<script type="text/plain" data-category="analytics" data-service="ga">${push('ga')}</script>
<script type="text/plain" data-category="marketing" data-service="yt">${push('yt')}</script>`;
  const writeGa = (page: Page) =>
    page.evaluate(() => {
      document.cookie = '_ga=GA1.1.2; path=/';
      document.cookie = '_ga_ABC=GS1.2; path=/';
    });
  const gaCookies = async (context: BrowserContext) => (await cookieNames(context)).filter((n) => n.startsWith('_ga'));

  it('when no decision is made, it should drop _ga and _ga_ABC; when ga is allowed, let them through; on reject all, clear them', async () => {
    const { page, context } = await h.open(h.page({ head }));
    await ready(page);
    await writeGa(page);
    expect(await gaCookies(context), 'before consent').toEqual([]);

    await consentry(page, (c) => c.setConsent({ analytics: { ga: true } }));
    await writeGa(page);
    expect(await gaCookies(context), 'with ga allowed').toEqual(['_ga', '_ga_ABC']);

    await consentry(page, (c) => c.rejectAll());
    await expect.poll(() => gaCookies(context), { ...POLL, message: 'after reject all' }).toEqual([]);
  });

  it('when only the ga service is allowed, it should run the ga script and not the youtube one', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    await consentry(page, (c) => c.setConsent({ analytics: { ga: true } }));

    await expect.poll(() => ran(page), POLL).toEqual(['ga']);
    await page.waitForTimeout(SETTLE);
    expect(await ran(page)).toEqual(['ga']);
  });
});

// ---------------------------------------------------------------------------------------------
// Markup mistakes a site owner should hear about.
// ---------------------------------------------------------------------------------------------
describe('given markup mistakes: live elements with data-category, and names that are not configured', () => {
  const body = `<iframe data-category="marketing" src="/fixtures/frame.html?live"></iframe>
<script data-category="analytics">${push('live script')}</script>
<img alt="" data-category="nonexistent" data-src="/fixtures/pixel.svg?nonexistent">
<img alt="" data-category="analytics" data-service="ghost" data-src="/fixtures/pixel.svg?ghost">`;

  it('when the page loads, it should warn once about each, naming it, and still once after accept all', async () => {
    const { page, messages } = await h.open(h.page({ head: consentryTag(CONFIG), body }));
    await ready(page);
    await page.waitForTimeout(500);

    const check = () => {
      const warnings = ours(messages);
      const about = (re: RegExp, not?: RegExp) => warnings.filter((m) => re.test(m.text) && !(not && not.test(m.text)));
      expect(warnings.every((m) => m.type == 'warning' || m.type == 'error'), JSON.stringify(warnings)).toBe(true);
      expect(about(/iframe/i), 'the live iframe').toHaveLength(1);
      expect(about(/script/i, /iframe|nonexistent|ghost/i), 'the live script').toHaveLength(1);
      expect(about(/nonexistent/), 'the unknown category').toHaveLength(1);
      expect(about(/ghost/), 'the unknown service').toHaveLength(1);
    };
    check();

    await consentry(page, (c) => c.acceptAll());
    await page.waitForTimeout(SETTLE);
    check();
  });
});
