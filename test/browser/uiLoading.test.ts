// When the UI is fetched, from the browser's request log, on the built files: a first visit fetches the
// main file, the UI chunk and the banner texts of its language (English's too), requested side by
// side, and nothing else before the banner shows (within the first-visit budget); a returning visitor
// on a page without held embeds fetches no UI chunk until they open the preferences; with Global
// Privacy Control on, the banner says the signal is honoured.
// See design.md "Visitor-facing behaviour", issue #4 "Acceptance", size-budgets.json.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const DIST = new URL('../../packages/consentry/dist/', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('../../size-budgets.json', import.meta.url), 'utf8')) as { firstVisitGzipBytes: number };

// Loaded once the banner has shown and the page is idle, so a click only runs code; acceptPath.test.ts
// proves it starts after the banner showed, so it is not part of what the banner waits for.
const DECISION_CODE = ['/consentry/consentry-decide.js', '/consentry/consentry-records.js'];

const banner = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) .banner');
const BODY = '<main><h1>A shop</h1><p>No embeds here.</p></main>';

/** Every request of `page` from now on, as paths (the test server's origin) or full URLs. */
function log(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    urls.push(u.origin == h.origin ? u.pathname : r.url());
  });
  return urls;
}

/**
 * A returning visitor: Reject all on a first page, then a second page of theirs, with its request
 * log from the start and its revisit button once it shows. `config` goes to both pages.
 */
async function returningVisit(config: object = {}) {
  const head = (title: string) => `<title>${title}</title>\n${consentryTag(config)}`;
  const { page, context } = await h.open(h.page({ head: head('A shop'), body: BODY }));
  await ready(page);
  await banner(page).locator('[data-action=reject-all]').click();
  await expect.poll(() => consentry(page, (c) => c.getConsent()?.method), POLL).toBeTruthy();

  const next = await context.newPage();
  const urls = log(next);
  await next.goto(h.origin + h.page({ head: head('Another page'), body: BODY }));
  await ready(next);
  const revisit = next.locator('consentry-revisit button');
  await revisit.waitFor();
  return { next, urls, revisit };
}

/**
 * Serves the built files under /slow/, `file` answered half a second late, and logs when each is
 * requested and answered (a request that `file`'s code makes can only come after its answer).
 * Returns the log and the script tag for /slow/.
 */
function slowFile(file: string, config: object): [events: string[], tag: string] {
  const events: string[] = [];
  for (const f of readdirSync(DIST).filter((name) => name.endsWith('.js')))
    h.route(`/slow/${f}`, (_req, res) => {
      events.push(`${f} requested`);
      const send = () => {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
        res.end(readFileSync(new URL(f, DIST)));
        events.push(`${f} answered`);
      };
      if (f == file) setTimeout(send, 500);
      else send();
    });
  return [events, consentryTag(config).replace('/consentry/', '/slow/')];
}

describe('given a first visit', () => {
  it('when the banner shows, the page should have fetched consentry.min.js, consentry-ui.js and the English banner texts and nothing else, within the first-visit budget', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    const urls = log(page);
    const path = h.page({ head: `<title>A shop</title>\n${consentryTag()}`, body: BODY });
    await page.goto(h.origin + path);
    await banner(page).waitFor();
    const before = urls.filter((u) => u != path && u != '/favicon.ico' && !DECISION_CODE.includes(u));

    expect(before).toEqual(['/consentry/consentry.min.js', '/consentry/consentry-ui.js', '/consentry/consentry-lang-en.js']);
    const gzip = before.reduce((n, u) => n + gzipSync(readFileSync(new URL(u.replace('/consentry/', ''), DIST)), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(budgets.firstVisitGzipBytes);
  });
});

describe('given a first visit to a page that is slow to parse', () => {
  it('when Consentry runs in <head>, it should request the UI chunk at once, not after the page has parsed', async () => {
    // A parser-blocking script in <body> that answers after a second holds DOMContentLoaded back.
    h.route('/slow-body.js', (_req, res) => setTimeout(() => (res.writeHead(200, { 'Content-Type': 'text/javascript' }), res.end('')), 1000));
    const { page } = await h.open(h.page({ head: `<title>A long page</title>\n${consentryTag()}`, body: `${BODY}<script src="/slow-body.js"></script>` }));
    await banner(page).waitFor();
    const [ui, slow, dcl] = await page.evaluate(() => {
      const start = (name: string) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith(name))!;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return [start('/consentry-ui.js').startTime, start('/slow-body.js').responseEnd, nav.domContentLoadedEventStart];
    });
    expect(ui).toBeLessThan(slow);
    expect(ui).toBeLessThan(dcl);
  });
});

describe.each([
  ['German', 'de', 'de', 'Alle akzeptieren', 'Cookie-Einstellungen', 'Analyse'],
  ['Norwegian Bokmål', 'no', 'nb', 'Godta alle', 'Innstillinger for informasjonskapsler', 'Analyse'],
  // The largest banner texts: the first-visit budget holds for it too.
  ['Arabic', 'ar', 'ar', 'قبول الكل', 'إعدادات ملفات تعريف الارتباط', 'تحليلية'],
])('given a first visit in %s', (_, language, code, acceptAll, dialogTitle, analytics) => {
  it('when the banner shows, the page should have fetched its banner texts only, within the budget; the dialog texts load with the dialog', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    const urls = log(page);
    const path = h.page({ head: `<title>A shop</title>\n${consentryTag({ language })}`, body: BODY });
    await page.goto(h.origin + path);
    await banner(page).waitFor();
    await expect.poll(() => banner(page).locator('button[data-action=accept-all]').textContent(), POLL).toBe(acceptAll);
    const before = urls.filter((u) => u != path && u != '/favicon.ico' && !DECISION_CODE.includes(u));

    expect(before).toEqual(['/consentry/consentry.min.js', '/consentry/consentry-ui.js', `/consentry/consentry-lang-${code}.js`]);
    const gzip = before.reduce((n, u) => n + gzipSync(readFileSync(new URL(u.replace('/consentry/', ''), DIST)), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(budgets.firstVisitGzipBytes);

    await banner(page).locator('button[data-action=customize]').click();
    const dialog = page.locator('consentry-ui dialog.prefs');
    await expect.poll(() => dialog.locator('h2').textContent(), POLL).toBe(dialogTitle);
    expect(await dialog.locator('label', { hasText: analytics }).count()).toBe(1);
    expect(urls).toContain(`/consentry/consentry-lang-${code}-dialog.js`);
  });

  it('when the visitor saves their choices and then forgets them in the dialog, the status messages (dialog texts) should be in that language', async () => {
    const texts = (await import(`../../packages/ui/src/i18n/${code}.ts`)).default as Record<string, string>;
    const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag({ language })}`, body: BODY }));
    const status = page.locator('consentry-ui:not([data-placeholder]) [role=status]');
    await expect.poll(() => banner(page).locator('button[data-action=accept-all]').textContent(), POLL).toBe(acceptAll);
    await banner(page).locator('button[data-action=customize]').click();
    await page.getByRole('button', { name: texts['button.saveChoices'], exact: true }).click();
    await expect.poll(() => status.textContent(), POLL).toBe(texts['status.saved']);

    await page.locator('consentry-revisit button').click();
    await page.getByRole('button', { name: texts['button.forgetMe'], exact: true }).click();
    await expect.poll(() => status.textContent(), POLL).toBe(texts['status.forgotten']);
  });

  it('when Consentry starts, it should request the banner texts with the UI chunk, not once the UI chunk has arrived and run', async () => {
    const [events, tag] = slowFile('consentry-ui.js', { language });
    const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${tag}`, body: BODY }));
    await expect.poll(() => banner(page).locator('button[data-action=accept-all]').textContent(), POLL).toBe(acceptAll);

    const texts = events.indexOf(`consentry-lang-${code}.js requested`);
    expect(texts, events.join(', ')).toBeGreaterThan(-1);
    expect(texts, events.join(', ')).toBeLessThan(events.indexOf('consentry-ui.js answered'));
    // Once: the UI's own request for its texts got the same load.
    expect(events.filter((e) => e == `consentry-lang-${code}.js requested`)).toHaveLength(1);
  });

  it('when the visitor opens the preferences, it should request the dialog texts with the dialog, not once the dialog has arrived', async () => {
    const [events, tag] = slowFile('consentry-prefs.js', { language });
    const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${tag}`, body: BODY }));
    await expect.poll(() => banner(page).locator('button[data-action=accept-all]').textContent(), POLL).toBe(acceptAll);
    await banner(page).locator('button[data-action=customize]').click();
    await expect.poll(() => page.locator('consentry-ui dialog.prefs h2').textContent(), POLL).toBe(dialogTitle);

    const texts = events.indexOf(`consentry-lang-${code}-dialog.js requested`);
    expect(texts, events.join(', ')).toBeGreaterThan(-1);
    expect(texts, events.join(', ')).toBeLessThan(events.indexOf('consentry-prefs.js answered'));
  });
});

describe('given a returning visitor who decided', () => {
  it('when they load a page without held embeds, it should fetch no UI chunk, show the revisit button, and fetch the UI only when they open it', async () => {
    const { next, urls, revisit } = await returningVisit();
    await next.waitForTimeout(1000);

    expect(urls.filter((u) => u.startsWith('/consentry/'))).toEqual(['/consentry/consentry.min.js']);
    expect(await banner(next).count()).toBe(0);
    expect(await revisit.getAttribute('aria-label')).toBe('Cookie settings');

    await revisit.click();
    await next.locator('consentry-ui dialog.prefs').waitFor();
    expect(urls.filter((u) => u.startsWith('/consentry/'))).toEqual(
      expect.arrayContaining(['/consentry/consentry.min.js', '/consentry/consentry-ui.js', '/consentry/consentry-prefs.js']),
    );
  });
});

describe('given a page with an endpoint, and the outbox flag the last page left', () => {
  it('when it loads, its start should neither open the channel to other tabs nor read localStorage: both wait for an idle moment, and the records code loads then', async () => {
    const context = await h.newContext();
    // Counts what the page does, and what it had done when the script after Consentry's ran.
    await context.addInitScript(() => {
      const w = window as unknown as { channels: number; storageReads: number };
      w.channels = w.storageReads = 0;
      const Channel = BroadcastChannel;
      window.BroadcastChannel = class extends Channel {
        constructor(name: string) {
          super(name);
          w.channels++;
        }
      };
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key) {
        w.storageReads++;
        return getItem.call(this, key);
      };
    });
    const head = `${consentryTag({ endpoint: '/records' })}
<script>window.atStart = [window.channels, window.storageReads]</script>`;
    const path = h.page({ head });
    // What a page leaves when its record could not be sent: the flag the next page reads.
    const { page } = await h.open(path, { context });
    await page.evaluate(() => localStorage.setItem('consentry-outbox', '[]'));
    const urls = log(page);

    await page.reload();
    await ready(page);

    expect(await page.evaluate(() => (window as unknown as { atStart: number[] }).atStart)).toEqual([0, 0]);
    const counts = () =>
      page.evaluate(() => [(window as unknown as { channels: number }).channels, (window as unknown as { storageReads: number }).storageReads]);
    await expect.poll(async () => (await counts()).map((n) => n > 0), POLL).toEqual([true, true]);
    await expect.poll(() => urls.includes('/consentry/consentry-records.js'), POLL).toBe(true);
  });
});

describe('given a returning German visitor', () => {
  it('when a page loads, the revisit button should be named "Cookie-Einstellungen" in German, its label fetched with the German banner texts and no UI chunk', async () => {
    const { urls, revisit } = await returningVisit({ language: 'de' });

    await expect.poll(() => revisit.getAttribute('aria-label'), POLL).toBe('Cookie-Einstellungen');
    expect(await revisit.getAttribute('lang')).toBe('de');
    expect(await revisit.getAttribute('title')).toBe('Cookie-Einstellungen');
    expect(urls.filter((u) => u.startsWith('/consentry/'))).toEqual(['/consentry/consentry.min.js', '/consentry/consentry-lang-de.js']);
  });
});

describe('given a returning Norwegian visitor', () => {
  it('when a page loads, the revisit button should be named in Bokmål from the main file, with no language file and no UI chunk', async () => {
    const { next, urls, revisit } = await returningVisit({ language: 'nb' });
    await next.waitForTimeout(500);

    expect(await revisit.getAttribute('aria-label')).toBe('Innstillinger for informasjonskapsler');
    expect(await revisit.getAttribute('lang')).toBe('nb');
    expect(urls.filter((u) => u.startsWith('/consentry/'))).toEqual(['/consentry/consentry.min.js']);
  });
});

describe('given a crawler on a first visit', () => {
  it('when a page in German loads, it should fetch neither the UI chunk nor the German texts (no banner is shown to it)', async () => {
    const context = await h.newContext({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    const page = await context.newPage();
    const urls = log(page);
    await page.goto(h.origin + h.page({ head: `<title>Ein Laden</title>\n${consentryTag({ language: 'de' })}`, body: BODY }));
    await ready(page);
    await page.waitForTimeout(500);

    expect(urls.filter((u) => u.startsWith('/consentry/'))).toEqual(['/consentry/consentry.min.js']);
    expect(await banner(page).count()).toBe(0);
  });
});

describe('given a browser that sends Global Privacy Control', () => {
  it.each([
    ['en', 'Your browser sends the Global Privacy Control signal, and we honour it'],
    ['nb', 'Global Privacy Control'],
  ])('when the banner shows in "%s", it should say the signal is honoured', async (language, text) => {
    const context = await h.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag({ language })}`, body: BODY }), { context });
    await ready(page);
    await banner(page).waitFor();

    const gpc = banner(page).locator('.gpc');
    expect(await gpc.isVisible()).toBe(true);
    expect(await gpc.textContent()).toContain(text);
    // It is part of the first layer, before the choices.
    expect(await banner(page).evaluate((b) => b.querySelector('.gpc')!.compareDocumentPosition(b.querySelector('[data-action=accept-all]')!) & 4)).toBe(4);
  });

  it('when the browser does not send it, the banner should have no GPC notice', async () => {
    const { page } = await h.open(h.page({ head: `<title>A shop</title>\n${consentryTag()}`, body: BODY }));
    await ready(page);
    await banner(page).waitFor();
    expect(await banner(page).locator('.gpc').count()).toBe(0);
  });
});

/** Consentry's files from `/gone/`, where `missing` answer 404 (a partial upload, a blocked path). */
function withMissing(missing: string[], config: object): string {
  for (const f of readdirSync(DIST).filter((name) => name.endsWith('.js')))
    h.route(
      `/gone/${f}`,
      missing.includes(f) ? { status: 404, body: '' } : { headers: { 'Content-Type': 'text/javascript' }, body: readFileSync(new URL(f, DIST), 'utf8') },
    );
  return consentryTag(config).replace('/consentry/', '/gone/');
}

describe('given a first visit in German whose texts cannot load', () => {
  it('when the banner is due, it should show in English, and say which file could not load', async () => {
    const { page, messages, errors } = await h.open(
      h.page({ head: `<title>A shop</title>\n${withMissing(['consentry-lang-de.js'], { language: 'de' })}`, body: BODY }),
    );
    await banner(page).waitFor();
    expect(await banner(page).locator('button[data-action=accept-all]').textContent()).toBe('Accept all');
    expect(await page.evaluate(() => document.querySelector('consentry-ui')!.shadowRoot!.querySelector('.root')!.getAttribute('lang'))).toBe('en');
    // Once, or twice when the prefetch had failed before the UI asked again (a failed load is retried).
    const said = messages.filter((m) => m.text.includes('could not load')).map((m) => m.text);
    expect(said.length).toBeGreaterThanOrEqual(1);
    for (const text of said)
      expect(text).toMatch(/^\[consentry\] could not load http:\/\/[^ ]+\/gone\/consentry-lang-de\.js: blocked, missing or not a Consentry file$/);
    expect(errors).toEqual([]);
  });

  it('when English cannot load either, it should show no banner of key names, decide nothing, and throw nothing into the page', async () => {
    const { page, messages, errors } = await h.open(
      h.page({ head: `<title>A shop</title>\n${withMissing(['consentry-lang-de.js', 'consentry-lang-en.js'], { language: 'de' })}`, body: BODY }),
    );
    await ready(page);
    await expect.poll(() => messages.filter((m) => m.text.includes('could not load')).length, POLL).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => !!document.querySelector('consentry-ui'))).toBe(false);
    expect(await consentry(page, (c) => c.getConsent())).toBeNull();
    expect(errors).toEqual([]);
  });
});
