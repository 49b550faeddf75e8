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
import { consentry, consentryTag, type Message, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const fx = useFixtures(h);
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
<audio data-category="marketing" data-src="/fixtures/clip.webm?held-audio" preload="auto"></audio>
<object data-category="marketing" data-src="/fixtures/pixel.svg?held-object" type="image/svg+xml"></object>
<embed data-category="marketing" data-src="/fixtures/pixel.svg?held-embed" type="image/svg+xml">
<template data-category="marketing"><p id="from-template">An embedded social post</p><script>${push('template-script')}</script></template>`;

const styledColor = (page: Page) => page.evaluate(() => getComputedStyle(document.getElementById('styled')!).color);
const templateContent = (page: Page) => page.locator('#from-template').count();
/** URLs of the page's frames other than the page itself. */
const frameUrls = (page: Page) =>
  page
    .frames()
    .filter((f) => f !== page.mainFrame())
    .map((f) => f.url());
/** The site's cookie writes (cookieStore.set promises), settled or cut off after 2 s. */
const cookieWrites = (page: Page) =>
  page.evaluate(() => {
    const writes = (window as unknown as { __cookieWrites: Promise<string[]> }).__cookieWrites;
    const cutOff = new Promise((done) => setTimeout(() => done('cookieStore.set never settled'), 2000));
    return Promise.race([writes, cutOff]);
  });

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
    expect(
      names.filter((n) => n.startsWith('_ga')),
      'tracking cookies in the browser',
    ).toEqual([]);
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
    for (const url of [
      '/fixtures/frame.html?held',
      '/fixtures/pixel.svg?held-img',
      '/fixtures/pixel.svg?held-source',
      '/fixtures/clip.webm?held',
      '/fixtures/clip.webm?held-audio',
      '/fixtures/pixel.svg?held-object',
      '/fixtures/pixel.svg?held-embed',
    ]) {
      await expect.poll(() => fx.count(url), { ...POLL, message: `${url} requested` }).toBeGreaterThan(0);
    }
    expect(fx.count('/fixtures/tracker.js?name=held-src')).toBe(1);
    expect(fx.count('/fixtures/module.js?name=held-module')).toBe(1);
  });

  it('when the visitor withdraws (reject all after accept all), it should put the embeds and media back on hold and remove the template content', async () => {
    const { page } = await h.open(h.page({ head: HELD_HEAD, body: HELD_BODY }));
    await ready(page);
    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => frameUrls(page).some((u) => u.includes('/fixtures/frame.html?held')), POLL).toBe(true);
    await expect.poll(() => templateContent(page), POLL).toBe(1);
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentSrc), POLL).toContain('/fixtures/clip.webm?held');

    await consentry(page, (c) => c.rejectAll());

    await expect.poll(() => frameUrls(page).filter((u) => u.includes('/fixtures/frame.html')), POLL).toEqual([]);
    await expect.poll(() => templateContent(page), POLL).toBe(0);
    // Each embed and media element is back in its held form: no live URL, the held one kept.
    const embeds = await page.evaluate(() =>
      [...document.querySelectorAll('iframe, video, audio, object, embed')].map((el) => ({
        tag: el.tagName.toLowerCase(),
        live: el.getAttribute(el.tagName == 'OBJECT' ? 'data' : 'src'),
        held: el.getAttribute('data-src'),
        // A media element that dropped its resource is back to NETWORK_EMPTY (Chromium keeps currentSrc).
        unloaded: el instanceof HTMLMediaElement ? el.networkState == HTMLMediaElement.NETWORK_EMPTY : true,
      })),
    );
    expect(embeds).toEqual([
      { tag: 'iframe', live: expect.toSatisfy((v) => [null, '', 'about:blank'].includes(v as string)), held: '/fixtures/frame.html?held', unloaded: true },
      { tag: 'video', live: null, held: '/fixtures/clip.webm?held', unloaded: true },
      { tag: 'audio', live: null, held: '/fixtures/clip.webm?held-audio', unloaded: true },
      { tag: 'object', live: null, held: '/fixtures/pixel.svg?held-object', unloaded: true },
      { tag: 'embed', live: null, held: '/fixtures/pixel.svg?held-embed', unloaded: true },
    ]);
  });
});

describe('given a returning visitor', () => {
  it('who accepted all: when a page with held scripts loads, it should run them at once, in order, without any call', async () => {
    const first = await h.open(h.page({ head: HELD_HEAD, body: HELD_BODY }));
    await ready(first.page);
    await consentry(first.page, (c) => c.acceptAll());
    await expect.poll(async () => (await ran(first.page)).length, POLL).toBe(4);

    const { page } = await h.open(h.page({ head: HELD_HEAD, body: HELD_BODY }), { context: first.context });

    await expect.poll(async () => (await ran(page)).sort(), POLL).toEqual(['held-inline', 'held-src', 'module held-module', 'template-script']);
    expect((await ran(page)).filter((n) => n.startsWith('held-'))).toEqual(['held-src', 'held-inline']);
    await expect.poll(() => styledColor(page), POLL).toBe('rgb(1, 2, 3)');
  });

  it('who rejected all: when a page loads, it should run no held script and still drop tracking cookies', async () => {
    const first = await h.open(h.page({ head: consentryTag(CONFIG) }));
    await ready(first.page);
    await consentry(first.page, (c) => c.rejectAll());
    await expect.poll(async () => (await consentry(first.page, (c) => c.getConsent()))?.categories.analytics, POLL).toBe(false);

    const { page, context } = await h.open(h.page({ head: HELD_HEAD, body: HELD_BODY }), { context: first.context });
    await ready(page);
    await cookieWrites(page);
    await page.waitForTimeout(SETTLE);

    expect(await ran(page)).toEqual([]);
    expect(fx.requests).toEqual([]);
    expect((await cookieNames(context)).filter((n) => n.startsWith('_ga'))).toEqual([]);
  });
});

describe('given a returning visitor who accepted all, and a server that sends a held inline script in two chunks', () => {
  it('when the page loads, it should run the script once, with its whole text, while the page is still loading', async () => {
    const first = await h.open(h.page({ head: consentryTag(CONFIG) }));
    await ready(first.page);
    await consentry(first.page, (c) => c.acceptAll());
    await expect.poll(async () => (await cookieNames(first.context)).includes('consentry'), POLL).toBe(true);
    h.route('/test/chunked.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      // The parser inserts the script at its start tag and stops inside its text at the chunk's end.
      res.write(`<!doctype html><html lang="en"><head><meta charset="utf-8">${consentryTag(CONFIG)}</head><body>
<script type="text/plain" data-category="analytics">window.__firstChunk = 1; /* ${'padding '.repeat(200)} */`);
      setTimeout(() => res.write(`${push('whole')}; window.__ran.push(document.readyState)</script><p>after</p>`), 300);
      setTimeout(() => res.end('</body></html>'), 900);
    });

    const { page } = await h.open('/test/chunked.html', { context: first.context });

    await expect.poll(() => ran(page), POLL).toEqual(['whole', 'loading']);
    expect(await page.evaluate(() => (window as unknown as { __firstChunk?: number }).__firstChunk)).toBe(1);
  });
});

describe('given two tabs of a page with held scripts', () => {
  it('when the visitor accepts all in one tab, it should release the held scripts in the other without a reload', async () => {
    const a = await h.open(h.page({ head: HELD_HEAD }));
    const b = await h.open(h.page({ head: HELD_HEAD }), { context: a.context });
    await Promise.all([ready(a.page), ready(b.page)]);

    await consentry(a.page, (c) => c.acceptAll());

    await expect.poll(async () => (await ran(b.page)).sort(), POLL).toEqual(['held-inline', 'held-src', 'module held-module']);
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

  it('when the visitor accepts all, it should return before any held script runs (release follows the decision)', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    const ranDuringTheCall = await consentry(page, (c) => {
      c.acceptAll();
      return ((window as unknown as { __ran?: string[] }).__ran ?? []).length;
    });

    expect(ranDuringTheCall).toBe(0);
    await expect.poll(async () => (await ran(page)).length, POLL).toBe(ALL.length);
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

describe('given a held src script whose host answers 404, followed by a held inline script', () => {
  it('when the visitor accepts all, it should still run the inline script (the queue moves on after an error)', async () => {
    h.route('/fixtures/missing.js', { status: 404, headers: { 'Content-Type': 'text/javascript' }, body: '' });
    const head = `${consentryTag(CONFIG)}
<script type="text/plain" data-category="analytics" src="/fixtures/missing.js"></script>
<script type="text/plain" data-category="analytics">${push('after the missing script')}</script>`;
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    await consentry(page, (c) => c.acceptAll());

    await expect.poll(() => ran(page), POLL).toEqual(['after the missing script']);
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

describe('given cookies /^_ga/ refused and two _ga cookies already set (by a script before Consentry)', () => {
  // Each of these sets a live cookie in Chromium (an Expires that is no cookie date, or a two-digit
  // year read as 20xx; a Max-Age that is not digits is ignored; the last Max-Age wins); a naive
  // "is it a deletion?" check let them through as deletions.
  const live = [
    '_ga=GA1.1.2; expires=1',
    '_ga=GA1.1.3; expires=Sat, 01 Jan 55 00:00:00 GMT',
    '_ga=GA1.1.4; max-age=0x; expires=Fri, 01 Jan 2100 00:00:00 GMT',
    '_ga=GA1.1.5; Max-Age=0; Max-Age=63072000',
    '_ga=GA1.1.6; max-age=0.5',
  ];
  // No storage patterns: no guards chunk, whose start-up sweep would clear what the guard let through.
  const config = { categories: { analytics: { cookies: ['/^_ga/'] } } };
  const head = `<script>document.cookie = '_ga_old=1; path=/'; document.cookie = '_ga_old2=1; path=/';</script>
${consentryTag(config)}
<script>
  ${JSON.stringify(live)}.forEach(function (c) { document.cookie = c + '; path=/'; });
  // Deletions in forms browsers accept: they still delete.
  document.cookie = '_ga_old=; max-age=+0; path=/';
  document.cookie = '_ga_old2=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
</script>`;

  it('when a page script writes _ga with odd Max-Age and Expires forms, it should set none, and its deletions should still delete', async () => {
    const { page, context } = await h.open(h.page({ head }));
    await ready(page);

    expect(await gaCookieNames(context)).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/(^|; )_ga/);
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

describe('given a long page (3,000 elements) with held scripts through it, and a page script adding many held scripts at once', () => {
  // The observer looks at the whole document when many nodes arrive in one batch (the parser), and at
  // each added node otherwise: both must find every held element.
  const filler = (from: number) => Array.from({ length: 500 }, (_, i) => `<div><p>Row ${from + i} <a href="#r">link</a></p></div>`).join('');
  const parsed = Array.from(
    { length: 6 },
    (_, i) => `${filler(i * 500)}<script type="text/plain" data-category="analytics">${push(`parsed-${i}`)}</script>`,
  ).join('\n');
  const body = `${parsed}
<script>
  for (var i = 0; i < 12; i++) {
    var s = document.createElement('script');
    s.type = 'text/plain';
    s.setAttribute('data-category', 'analytics');
    s.textContent = ${JSON.stringify(push('added-'))} .replace('added-', 'added-' + i);
    document.body.appendChild(s);
  }
  var box = document.createElement('div');
  box.innerHTML = '<section><script type="text/plain" data-category="analytics">' + ${JSON.stringify(push('in-subtree'))} + '<\\/script></section>';
  setTimeout(function () { document.body.appendChild(box); window.__inserted = true; }, 200);
</script>`;

  it('when the visitor accepts all, it should run every one of them once, none before', async () => {
    const { page } = await h.open(h.page({ head: consentryTag(CONFIG), body }));
    await ready(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __inserted?: boolean }).__inserted), POLL).toBe(true);
    await page.waitForTimeout(200);
    expect(await ran(page), 'held scripts that ran before consent').toEqual([]);

    await consentry(page, (c) => c.acceptAll());

    const all = [...Array.from({ length: 6 }, (_, i) => `parsed-${i}`), ...Array.from({ length: 12 }, (_, i) => `added-${i}`), 'in-subtree'];
    await expect.poll(async () => (await ran(page)).sort(), POLL).toEqual(all.sort());
  });
});

describe('given a slow held library in the page and a held inline snippet calling it, added by a page script right after consent', () => {
  it('when the visitor accepts all, it should run the snippet after the library: one queue across the first scan and later additions', async () => {
    const head = `${consentryTag(CONFIG)}
<script type="text/plain" data-category="analytics" src="/fixtures/lib.js?delay=1000"></script>`;
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    await consentry(page, (c) => c.acceptAll());
    await page.waitForTimeout(100);
    await page.evaluate(() => {
      // e.g. an SPA view rendering a tracking snippet; the library is still loading.
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.setAttribute('data-category', 'analytics');
      s.textContent = "trackerLib.track('late snippet calls lib')";
      document.body.appendChild(s);
    });

    await expect.poll(() => ran(page), POLL).toEqual(['lib', 'late snippet calls lib']);
  });
});

// ---------------------------------------------------------------------------------------------
// Clearing on withdrawal, on a non-secure host with a parent domain.
// ---------------------------------------------------------------------------------------------
interface Cleared {
  removed: string[];
  survived: string[];
}

/** Starts collecting `cleared` payloads, from `Consentry.on` and from window `consentry:cleared` events. */
const collectCleared = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __cleared: unknown[]; __clearedEvents: unknown[]; Consentry: { on(e: string, fn: (d: unknown) => void): void } };
    w.__cleared = [];
    w.__clearedEvents = [];
    w.Consentry.on('cleared', (d) => w.__cleared.push(d));
    addEventListener('consentry:cleared', (e) => w.__clearedEvents.push((e as CustomEvent).detail));
  });
/** The `cleared` payloads so far: both lists read at once (a second sweep may add one at any time). */
const clearedSoFar = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __cleared: Cleared[]; __clearedEvents: Cleared[] };
    return { api: w.__cleared.slice(), window: w.__clearedEvents.slice() };
  });
/** Non-HttpOnly cookies matching the analytics pattern /^_ga/. */
const gaCookies = async (context: BrowserContext) => (await context.cookies()).filter((c) => c.name.startsWith('_ga') && !c.httpOnly);
const gaCookieNames = async (context: BrowserContext) => (await gaCookies(context)).map((c) => c.name).sort();

describe('given an accepted visitor on http://www.site.test with analytics cookies, storage keys and an HttpOnly cookie', () => {
  /** Accepts all, then sets what analytics tags would: cookies host-only, on the parent domain and on the page's path, storage keys, and an HttpOnly cookie from the server. */
  async function acceptedWithTrackers() {
    h.route('/set-http-cookie', { status: 204, headers: { 'Set-Cookie': '_ga_http=server; Path=/; HttpOnly' } });
    const opened = await h.open(h.page({ head: consentryTag(CONFIG) }), { host: 'site' });
    const { page, context } = opened;
    await ready(page);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);

    await consentry(page, (c) => c.acceptAll());
    await expect
      .poll(async () => {
        await page.evaluate(() => {
          document.cookie = '_ga=host-only; path=/';
          document.cookie = '_ga=parent; path=/; domain=site.test';
          document.cookie = '_gat=page-path; path=/test';
          document.cookie = 'site_pref=dark; path=/';
          localStorage.setItem('_hjSession', '1');
          sessionStorage.setItem('_hjFlow', '1');
          localStorage.setItem('theme', 'dark');
        });
        return (await gaCookies(context)).map((c) => `${c.name} ${c.domain} ${c.path}`).sort();
      }, POLL)
      .toEqual(['_ga .site.test /', '_ga www.site.test /', '_gat www.site.test /test']);
    await page.evaluate(() => fetch('/set-http-cookie'));
    expect(await cookieNames(context)).toContain('_ga_http');
    await collectCleared(page);
    return opened;
  }

  /** What a site owner expects after clearing: the trackers' cookies and keys gone, the rest kept, and an honest report. */
  async function expectCleared(page: Page, context: BrowserContext) {
    await expect.poll(() => gaCookies(context), POLL).toEqual([]);
    expect(await cookieNames(context)).toEqual(expect.arrayContaining(['_ga_http', 'site_pref']));
    expect(await page.evaluate(() => [localStorage.getItem('_hjSession'), sessionStorage.getItem('_hjFlow'), localStorage.getItem('theme')])).toEqual([
      null,
      null,
      'dark',
    ]);

    await expect.poll(async () => (await clearedSoFar(page)).api.length, POLL).toBeGreaterThan(0);
    const { api: cleared, window: windowEvents } = await clearedSoFar(page);
    const removed = cleared.flatMap((d) => d.removed);
    const survived = cleared.flatMap((d) => d.survived);
    expect(removed).toEqual(expect.arrayContaining(['_ga', '_gat', '_hjSession', '_hjFlow']));
    expect(removed, 'an HttpOnly cookie is never claimed removed').not.toContain('_ga_http');
    expect(survived, 'an HttpOnly cookie is invisible to the page').not.toContain('_ga_http');
    expect(survived).toEqual([]);
    expect(removed).not.toContain('site_pref');
    expect(removed).not.toContain('theme');
    expect(windowEvents, 'window consentry:cleared events carry the same detail').toEqual(cleared);
  }

  it('when the visitor rejects all, it should delete the cookies in every form and the storage keys, keep the rest, and report it in a cleared event', async () => {
    const { page, context } = await acceptedWithTrackers();

    await consentry(page, (c) => c.rejectAll());

    await expectCleared(page, context);
  });

  it('when the visitor forgets everything (reset()), it should clear the same way', async () => {
    const { page, context } = await acceptedWithTrackers();

    await consentry(page, (c) => c.reset());

    await expectCleared(page, context);
  });

  it('when a tracker re-sets its cookie by HTTP right after the refusal, it should be swept again shortly after', async () => {
    h.route('/set-cookie-again', { status: 204, headers: { 'Set-Cookie': '_ga=again; Path=/' } });
    const { page, context } = await acceptedWithTrackers();
    await consentry(page, (c) => c.rejectAll());
    await expect.poll(() => gaCookies(context), POLL).toEqual([]);

    await page.evaluate(() => fetch('/set-cookie-again')); // the guard cannot see Set-Cookie
    expect((await gaCookies(context)).map((c) => c.name)).toEqual(['_ga']);

    await expect.poll(() => gaCookies(context), { timeout: 15_000, interval: 100 }).toEqual([]);
    await expect.poll(async () => (await clearedSoFar(page)).api.filter((d) => d.removed.includes('_ga')).length, POLL).toBeGreaterThanOrEqual(2);
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
<script type="text/plain" data-category="analytics">${push('analytics')}</script>
<script type="text/plain" data-category="marketing" data-service="yt">${push('yt')}</script>
<script type="text/plain" data-category="marketing">${push('marketing')}</script>`;
  const writeGa = (page: Page) =>
    page.evaluate(() => {
      document.cookie = '_ga=GA1.1.2; path=/';
      document.cookie = '_ga_ABC=GS1.2; path=/';
    });

  it('when no decision is made, it should drop _ga and _ga_ABC; when ga is allowed, let them through; on reject all, clear them', async () => {
    const { page, context } = await h.open(h.page({ head }));
    await ready(page);
    await writeGa(page);
    expect(await gaCookieNames(context), 'before consent').toEqual([]);

    await consentry(page, (c) => c.setConsent({ analytics: { ga: true } }));
    await writeGa(page);
    expect(await gaCookieNames(context), 'with ga allowed').toEqual(['_ga', '_ga_ABC']);

    await consentry(page, (c) => c.rejectAll());
    await expect.poll(() => gaCookieNames(context), { ...POLL, message: 'after reject all' }).toEqual([]);
  });

  // design.md: categories.x is true when x is allowed as a whole or any of its services is; an element
  // with only data-category="x" runs when categories.x is true, one with data-service only when its service is.
  it('when only the ga service is allowed, it should run the ga script and the plain analytics one, and nothing of marketing', async () => {
    const { page } = await h.open(h.page({ head }));
    await ready(page);

    await consentry(page, (c) => c.setConsent({ analytics: { ga: true } }));

    await expect.poll(() => ran(page), POLL).toEqual(['ga', 'analytics']);
    await page.waitForTimeout(SETTLE);
    expect(await ran(page)).toEqual(['ga', 'analytics']);
  });
});

// ---------------------------------------------------------------------------------------------
// Markup mistakes a site owner should hear about.
// ---------------------------------------------------------------------------------------------
// (A service name the config lacks is registered, not a mistake; one that cannot be a name is.)
describe('given markup mistakes: live elements with data-category, an unknown category and an impossible service name', () => {
  const body = `<iframe data-category="marketing" src="/fixtures/frame.html?live"></iframe>
<script data-category="analytics">${push('live script')}</script>
<img alt="" data-category="nonexistent" data-src="/fixtures/pixel.svg?nonexistent">
<img alt="" data-category="analytics" data-service="ghost.x" data-src="/fixtures/pixel.svg?ghost">`;

  it('when the page loads, it should warn once about each, naming it, and still once after accept all', async () => {
    const { page, messages } = await h.open(h.page({ head: consentryTag(CONFIG), body }));
    await ready(page);
    await page.waitForTimeout(500);

    const check = () => {
      const warnings = ours(messages);
      const about = (re: RegExp, not?: RegExp) => warnings.filter((m) => re.test(m.text) && !not?.test(m.text));
      expect(
        warnings.every((m) => m.type == 'warning' || m.type == 'error'),
        JSON.stringify(warnings),
      ).toBe(true);
      expect(about(/iframe/i), 'the live iframe').toHaveLength(1);
      expect(about(/script/i, /iframe|nonexistent|ghost/i), 'the live script').toHaveLength(1);
      expect(about(/nonexistent/), 'the unknown category').toHaveLength(1);
      expect(about(/ghost/), 'the impossible service name').toHaveLength(1);
    };
    check();

    await consentry(page, (c) => c.acceptAll());
    await page.waitForTimeout(SETTLE);
    check();
  });
});
