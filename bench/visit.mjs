// One visit of one tool's page in a fresh browser context: the first visit until the banner shows,
// Accept all until the held script runs, then a returning page view in the same context (cookie set,
// files in the HTTP cache). Timings come from the page's own clock (performance.now()) and the
// browser's metrics (CDP Performance.getMetrics), not from the test driver's round trips.

/** Runs in the page before any of its scripts: watches for the banner, long tasks, shifts, clicks. */
export const probe = (bannerExpr) => `(() => {
  const b = (window.__bench = window.__bench || {});
  b.longTasks = []; b.cls = 0; b.events = []; b.scripts = [];
  const findBanner = () => { try { return ${bannerExpr || 'null'}; } catch { return null; } };
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }); };
  const look = () => {
    const el = findBanner();
    if (el && visible(el)) b.bannerAt = performance.now();
    else requestAnimationFrame(look);
  };
  ${bannerExpr ? 'requestAnimationFrame(look);' : ''}
  const observe = (type, fn, opts = {}) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true, ...opts }); } catch {} };
  observe('longtask', (e) => b.longTasks.push([e.startTime, e.duration]));
  // Each run of a script that made a frame long (Long Animation Frames, runs of 5 ms or more): whose it was.
  observe('long-animation-frame', (e) => e.scripts.forEach((s) => b.scripts.push([s.startTime, s.duration, s.sourceURL])));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.cls += e.value; });
  observe('paint', (e) => { if (e.name == 'first-contentful-paint') b.fcp = e.startTime; });
  observe('event', (e) => b.events.push([e.name, e.duration, e.interactionId || 0]), { durationThreshold: 16 });
  observe('first-input', (e) => b.events.push([e.name, e.duration, 1]));
  addEventListener('click', (e) => { if (b.clickAt == null) b.clickAt = performance.now(); }, true);
  // When the held script is released: a runnable script element for it is put in the page.
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes)
      if (b.releasedAt == null && n.tagName == 'SCRIPT' && n.src.endsWith('/analytics.js') && n.type.toLowerCase() != 'text/plain') b.releasedAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/**
 * The value of an expression in the page, through the DevTools protocol. Not page.evaluate or
 * page.waitForFunction before the figures are read: Playwright's in-page helper script, which those
 * bring, sits in the page's JS heap (about 500 KiB) and runs its own tasks there.
 */
const inPage = async (cdp, expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls the page's `expression` (through `evaluate`) every `every` ms until it holds; throws `why` after `timeout` ms. */
export async function until(evaluate, expression, timeout, why = `timed out waiting for ${expression}`, every = 50) {
  for (let waited = 0; !(await evaluate(expression)); waited += every) {
    if (waited > timeout) throw new Error(why);
    await sleep(every);
  }
}

/** What the probe saw, and the page's resources. */
const READOUT = `({ ...window.__bench, dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
  resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime })) })`;

async function openPage(context, tool, cpu) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(probe(tool.banner));
  return { page, cdp, eval: (expression) => inPage(cdp, expression) };
}

const codeOf = (entries, origin, until = Infinity) =>
  entries
    .filter((e) => e.startTime <= until && e.name.startsWith(origin) && /\.(js|css)$/.test(new URL(e.name).pathname) && !e.name.endsWith('/analytics.js'))
    .map((e) => new URL(e.name).pathname);

/**
 * Clicks as a visitor's pointer does: it comes to rest on the button, then presses and lets go
 * (trusted input events through the DevTools protocol). Not Playwright's `click()`: for its
 * hit-target check it listens to the pointer events in the page and runs its own script there
 * (hit tests through shadow roots), inside the very interaction whose Event Timing and
 * Accept all → analytics time are measured, for every tool.
 */
async function clickLikeAVisitor(page, selector) {
  const button = page.locator(selector).first();
  await button.waitFor({ state: 'visible', timeout: 10000 });
  const box = await button.boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(100);
  await page.mouse.down();
  await page.mouse.up();
}

/**
 * The page's longest single run of its own script (a file or inline script from the page's origin,
 * the held analytics script aside): a long task that is the tool's alone, not the browser's layout
 * and paint, nor the bench's probe or the driver (scripts without a URL).
 */
const longestOwnRun = (scripts, origin) =>
  Math.max(0, ...scripts.filter(([, , url]) => url.startsWith(origin) && !url.endsWith('/analytics.js')).map(([, d]) => d));

const TBT = (tasks, from = 0, to = Infinity) => tasks.filter(([s]) => s >= from && s < to).reduce((n, [, d]) => n + Math.max(0, d - 50), 0);

/**
 * Visits `tool` once. Returns the figures of this visit, or `{ error }` when something did not
 * happen in time (the report counts failures per tool).
 */
export async function visit(browser, origin, tool, cpu, { settle = 500 } = {}) {
  const out = { tool: tool.id, cpu };
  let context;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const url = `${origin}/${tool.id}.html`;
    const { page, cdp, eval: evaluate } = await openPage(context, tool, cpu);
    await page.goto(url, { waitUntil: 'load' });
    if (tool.banner) await until(evaluate, 'window.__bench.bannerAt != null', 15000);
    await sleep(settle);
    const m = await metrics(cdp);
    const b = await evaluate(READOUT);
    out.bannerMs = tool.banner ? b.bannerAt : b.fcp;
    out.fcpMs = b.fcp;
    out.firstFiles = codeOf(b.resources, origin, tool.banner ? b.bannerAt : Infinity);
    out.scriptMs = m.ScriptDuration * 1000;
    out.taskMs = m.TaskDuration * 1000;
    out.longTasks = b.longTasks.length;
    out.tbtMs = TBT(b.longTasks);
    out.ownScriptMs = longestOwnRun(b.scripts, origin);
    out.cls = b.cls;
    await cdp.send('HeapProfiler.collectGarbage');
    out.heapBytes = (await metrics(cdp)).JSHeapUsedSize;

    if (tool.accept) {
      const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
      await clickLikeAVisitor(page, tool.accept);
      await page.waitForFunction(() => window.__bench.analyticsAt != null, null, { timeout: 10000, polling: 20 });
      await page.waitForTimeout(200); // Event Timing entries arrive after the next paint
      const a = await page.evaluate(
        (n) => ({
          ...window.__bench,
          fetched: performance
            .getEntriesByType('resource')
            .slice(n)
            .map((e) => e.name),
        }),
        before,
      );
      out.beforeClickFiles = codeOf(b.resources, origin)
        .concat(
          codeOf(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime }))), origin, a.clickAt),
        )
        .filter((p, i, all) => all.indexOf(p) == i);
      out.acceptMs = a.analyticsAt - a.clickAt;
      out.acceptReleasedMs = a.releasedAt - a.clickAt;
      out.fetchedOnClick = a.fetched.map((u) => new URL(u).pathname).filter((p) => p != '/analytics.js');
      const interaction = a.events.filter(([, , id]) => id > 0).map(([, d]) => d);
      out.inpMs = interaction.length ? Math.max(...interaction) : 0;
      out.clickTbtMs = TBT(a.longTasks, a.clickAt);
      await page.close();

      // The returning visitor: same context (cookie and cache), a new page view.
      const again = await openPage(context, { ...tool, banner: undefined }, cpu);
      await again.page.goto(url, { waitUntil: 'load' });
      await until(again.eval, 'window.__bench.analyticsAt != null', 10000, undefined, 20);
      await sleep(settle);
      const rm = await metrics(again.cdp);
      const r = await again.eval(READOUT);
      out.returnScriptMs = rm.ScriptDuration * 1000;
      out.returnFiles = codeOf(r.resources, origin);
      out.returnAnalyticsMs = r.analyticsAt;
      out.returnReleasedMs = r.releasedAt;
      out.returnDclMs = r.dcl;
      out.returnTbtMs = TBT(r.longTasks);
    } else {
      await page.close();
      const again = await openPage(context, tool, cpu);
      await again.page.goto(url, { waitUntil: 'load' });
      await sleep(settle);
      out.returnScriptMs = (await metrics(again.cdp)).ScriptDuration * 1000;
      out.returnFiles = [];
    }
  } catch (e) {
    out.error = String(e.message || e).split('\n')[0];
  } finally {
    await context?.close().catch(() => {});
  }
  return out;
}
