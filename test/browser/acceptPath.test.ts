// The accept path (issue 15): once the banner shows and the page is idle, the code a decision runs
// (consentry-decide.js, then the receipt's consentry-records.js) is loaded, so Accept all only runs
// code: the held script runs with no request made on the click. The decision code is fetched after
// the banner showed, so it is not part of the first visit's bytes (size-budgets.json); a returning
// visitor never fetches it (uiLoading.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentryTag, POLL, useBrowser } from './harness';

const h = useBrowser();
const DECISION_CODE = ['/consentry/consentry-decide.js', '/consentry/consentry-records.js'];

const banner = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) .banner');
const PAGE = {
  head: `<title>A shop</title>\n${consentryTag()}\n<script type="text/plain" data-category="analytics">window.analyticsRan = performance.now()</script>`,
  body: '<main><h1>A shop</h1></main>',
};

/** Serves the held analytics script, which runs `source`. */
const serveAnalytics = (source: string) =>
  h.route('/analytics.js', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(source);
  });
/** A shop page's head: Consentry with `config`, and the analytics script it holds (/analytics.js). */
const shopHead = (config?: object) =>
  `<title>A shop</title>\n${consentryTag(config)}\n<script type="text/plain" data-category="analytics" src="/analytics.js"></script>`;

/**
 * Waits until the decision code has arrived: it loads once the banner is idle, and a click before
 * that gets the banner out at once and the held script in when the code arrives (a fast machine
 * clicks that early). The browser logs a resource only once it has arrived; the chunk registers
 * itself as it runs, in the task after that, so one more task follows.
 */
const decisionCodeArrived = async (page: Page) => {
  await expect
    .poll(
      () =>
        page.evaluate(
          (files) => files.every((f) => (performance.getEntriesByName(location.origin + f)[0] as PerformanceResourceTiming | undefined)?.responseEnd),
          DECISION_CODE,
        ),
      POLL,
    )
    .toBe(true);
  await page.evaluate(() => new Promise((ran) => setTimeout(ran)));
};

/** When each request of `page` started, by path (this server) or URL, from the browser's own log. */
const startTimes = (page: Page) =>
  page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, ''), e.startTime])));

describe('given a first visit with a held analytics script', () => {
  it.each([
    ['a browser with requestIdleCallback', false],
    ['a browser without requestIdleCallback (Safari)', true],
  ])(
    'in %s, the decision code should load after the banner showed, and Accept all should run the held script without fetching anything',
    async (_, noIdleCallback) => {
      const context = await h.newContext();
      await context.addInitScript((strip) => {
        if (strip) delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
        addEventListener('consentry:show', () => ((window as unknown as { shownAt: number }).shownAt ??= performance.now()));
      }, noIdleCallback);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(h.origin + h.page(PAGE));
      await banner(page).waitFor();

      await decisionCodeArrived(page);
      const shownAt = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
      const started = await startTimes(page);
      for (const f of DECISION_CODE) expect(started[f], `${f} starts after the banner showed`).toBeGreaterThan(shownAt);

      const beforeClick = requests.length;
      await banner(page).locator('[data-action=accept-all]').click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan), POLL).toBeGreaterThan(0);
      expect(requests.slice(beforeClick)).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toMatch(/consentry=/);
    },
  );
});

describe('given a first visit and a click on Accept all', () => {
  it("Consentry's follow-up work (the revisit button, moving focus to it) should wait until the browser is idle, so the released script runs first", async () => {
    serveAnalytics("window.analyticsSaw = document.querySelector('consentry-revisit') ? 'revisit button' : 'nothing'");
    const context = await h.newContext();
    // Idle callbacks wait in a queue the test empties, each in its own task as a browser runs them:
    // until then the browser is never idle.
    await context.addInitScript(() => {
      const queue: Array<() => void> = [];
      Object.assign(window, {
        requestIdleCallback: (fn: () => void) => queue.push(fn),
        async idle() {
          for (const fn of queue.splice(0)) await new Promise((next) => setTimeout(() => next(fn())));
        },
      });
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(h.origin + h.page({ head: shopHead(), body: '<main><h1>A shop</h1></main>' }));
    await banner(page).waitFor();
    const idle = () => page.evaluate(() => (window as unknown as { idle(): Promise<void> }).idle());
    // The decision code loads when the page is idle.
    await expect.poll(async () => (await idle(), DECISION_CODE.every((f) => requests.includes(f))), POLL).toBe(true);
    await page.waitForTimeout(200);

    await banner(page).locator('[data-action=accept-all]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { analyticsSaw?: string }).analyticsSaw), POLL).toBe('nothing');
    // Frames and timers pass; without an idle moment the follow-up work stays queued.
    await page.waitForTimeout(300);
    expect(await page.locator('consentry-revisit').count()).toBe(0);

    // Idle now: the revisit button shows, then focus moves to it (each waits for a frame, then idleness).
    await expect.poll(async () => (await idle(), page.evaluate(() => document.activeElement?.tagName)), POLL).toBe('CONSENTRY-REVISIT');
  });
});

describe('given a banner, modal (ui.blockPage) or not', () => {
  it.each([true, false])(
    '(blockPage: %s) when the visitor accepts all, the held script should be put in first, then the banner go before the next frame paints, leaving no modal dialog open',
    async (blockPage) => {
      serveAnalytics('window.analyticsRan = true');
      const { page } = await h.open(h.page({ head: shopHead({ ui: { blockPage } }), body: '<main><h1>A shop</h1><button>Buy</button></main>' }));
      await banner(page).waitFor();
      await decisionCodeArrived(page);
      const after = await page.evaluate(async () => {
        const root = document.querySelector('consentry-ui:not([data-placeholder])')!.shadowRoot!;
        // One observer on the page and the UI's shadow root: its records keep the order of the changes.
        const order: string[] = [];
        const seen = new MutationObserver((records) => {
          for (const r of records) {
            for (const n of r.addedNodes)
              if ((n as Element).tagName == 'SCRIPT' && (n as HTMLScriptElement).src.endsWith('/analytics.js')) order.push('script in');
            for (const n of r.removedNodes) if ((n as Element).classList?.contains('banner')) order.push('banner out');
          }
        });
        seen.observe(document, { childList: true, subtree: true });
        seen.observe(root, { childList: true, subtree: true });
        root.querySelector<HTMLElement>('[data-action=accept-all]')!.click();
        // The next frame's callbacks run in order: the banner's removal was asked for first.
        await new Promise(requestAnimationFrame);
        await Promise.resolve();
        return {
          order,
          modal: !!root.querySelector(':modal'),
          bannerShows: [...root.querySelectorAll('.banner')].some((b) => b.getClientRects().length > 0),
        };
      });
      expect(after).toEqual({ order: ['script in', 'banner out'], modal: false, bannerShows: false });
    },
  );
});

describe('given a click before the decision code has arrived', () => {
  it('when the visitor accepts all, the banner should go at once, and the held script run once the code arrives', async () => {
    serveAnalytics('window.analyticsRan = true');
    // The decision code answers late: a slow network, or a click that comes before the page is idle.
    const context = await h.newContext();
    let answer = () => {};
    const answered = new Promise<void>((go) => (answer = go));
    await context.route('**/consentry/consentry-decide.js', async (route) => (await answered, route.continue()));
    const page = await context.newPage();
    await page.goto(h.origin + h.page({ head: shopHead(), body: '<main><h1>A shop</h1></main>' }));
    await banner(page).waitFor();
    await banner(page).locator('[data-action=accept-all]').click();
    const afterClick = await page.evaluate(async () => {
      await new Promise(requestAnimationFrame);
      const root = document.querySelector('consentry-ui:not([data-placeholder])')!.shadowRoot!;
      return { bannerShows: [...root.querySelectorAll('.banner')].some((b) => b.getClientRects().length > 0), ran: 'analyticsRan' in window };
    });
    expect(afterClick).toEqual({ bannerShows: false, ran: false });
    answer();
    await expect.poll(() => page.evaluate(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan), POLL).toBe(true);
    expect(await page.evaluate(() => document.cookie)).toMatch(/consentry=/);
  });
});

describe('given an endpoint and a held analytics script', () => {
  it("when the visitor accepts all, the script should be put in before the decision's record is made, and the record be backed up before the click's task ends", async () => {
    serveAnalytics('window.analyticsRan = true');
    h.route('/records', (_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const context = await h.newContext();
    // The record's backup (localStorage, made with the record) notes whether the script was in by then.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key == 'consentry-outbox')
          (window as unknown as { scriptInAtBackup: boolean }).scriptInAtBackup ??= !!document.querySelector('script[src$="/analytics.js"]:not([type])');
        return setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(h.origin + h.page({ head: shopHead({ endpoint: '/records' }), body: '<main><h1>A shop</h1></main>' }));
    await banner(page).waitFor();
    // The backup is made by the records code: the click comes after it arrived.
    await decisionCodeArrived(page);
    const backedUpInTheClick = await page.evaluate(
      () =>
        new Promise((seen) => {
          // The next task: whatever the click's task did is done by then.
          setTimeout(() => seen(!!localStorage.getItem('consentry-outbox')));
          document.querySelector('consentry-ui:not([data-placeholder])')!.shadowRoot!.querySelector<HTMLElement>('.banner [data-action=accept-all]')!.click();
        }),
    );
    expect(backedUpInTheClick).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { scriptInAtBackup?: boolean }).scriptInAtBackup)).toBe(true);
    await expect.poll(() => page.evaluate(() => (window as unknown as { analyticsRan?: boolean }).analyticsRan), POLL).toBe(true);
  });
});
