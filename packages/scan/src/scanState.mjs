import { consentryCollector } from './collectors/consentryCollector.mjs';
import { cookieCollector } from './collectors/cookieCollector.mjs';
import { PROBE_BINDING, PROBE_SCRIPT } from './collectors/probe.mjs';
import { requestCollector } from './collectors/requestCollector.mjs';
import { storageCollector } from './collectors/storageCollector.mjs';
import { siteOfUrl } from './siteOf.mjs';

/** The collectors every run composes; each owns one concern and knows nothing of the report. */
export const COLLECTORS = [consentryCollector, cookieCollector, storageCollector, requestCollector];

/** The states a page is scanned in, and the banner button that leads to each. */
export const STATES = { none: null, reject: 'reject-all', accept: 'accept-all' };

/** Consentry sweeps refused cookies again 1.5 s after a decision (trackers re-set them): wait past it. */
const AFTER_DECISION_MS = 1800;
/** The banner of a first visit: the UI chunk loads after the page. */
const BANNER_TIMEOUT_MS = 8000;
const BANNER = 'consentry-ui:not([data-placeholder]) .banner';

/** Quiet means no request open for this long; some pages never go quiet, so it is bounded. */
const QUIET_MS = 300;
const SETTLE_MAX_MS = 4000;

/** Counts the page's open requests, so `settle` can wait for a quiet moment after loading. */
function trackRequests(page) {
  const open = new Set();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  return async function settle() {
    const until = Date.now() + SETTLE_MAX_MS;
    let quietSince = Date.now();
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50)); // not page.waitForTimeout: no browser round trip per tick
      if (open.size) quietSince = Date.now();
      else if (Date.now() - quietSince >= QUIET_MS) return;
    }
  };
}

/**
 * Scans `url` in one fresh browser context, in `state`: `none` (no decision), `reject` or `accept`
 * (Consentry's banner button clicked, then the page loaded again as the visitor's next view).
 * Returns the findings of every collector, with times in ms relative to the decision (or, without
 * one, to the start of loading), and what the consent tool collector saw.
 */
export async function scanState(browser, url, state) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  const listeners = [];
  const run = {
    context,
    page: null,
    site: siteOfUrl(url),
    onProbe: (fn) => listeners.push(fn),
  };
  try {
    await context.exposeBinding(PROBE_BINDING, (source, e) => {
      let frameUrl = null;
      try {
        frameUrl = source.frame.url();
      } catch {
        // The frame is gone.
      }
      for (const fn of listeners) fn({ ...e, frameUrl });
    });
    await context.addInitScript(PROBE_SCRIPT);
    run.page = await context.newPage();
    const settle = trackRequests(run.page);
    for (const c of COLLECTORS) await c.setup(run);
    const started = Date.now();
    const response = await run.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await settle();
    await COLLECTORS[0].snapshot(run);
    const found = run.consentry?.found;
    // Consentry shows its banner after loading the UI chunk: wait for it, so its own work is done.
    const banner = found
      ? await run.page
          .locator(BANNER)
          .first()
          .waitFor({ timeout: BANNER_TIMEOUT_MS })
          .then(
            () => true,
            () => false,
          )
      : false;
    let decidedAt = null;
    if (STATES[state]) {
      if (!banner) throw new Error('no Consentry banner to click');
      // The decision's time is the click's, taken in the page (click() returns only after its effects).
      await run.page.evaluate(() => addEventListener('click', () => (window.__consentryScanClick ||= Date.now()), true));
      await run.page.locator(`${BANNER} button[data-action="${STATES[state]}"]`).click({ timeout: 10_000 });
      decidedAt = (await run.page.evaluate(() => window.__consentryScanClick).catch(() => null)) || Date.now();
      await run.page.waitForTimeout(AFTER_DECISION_MS);
      for (const c of COLLECTORS) await c.snapshot(run);
      // The visitor's next page view, with the decision stored.
      await run.page.reload({ waitUntil: 'load', timeout: 30_000 });
      await settle();
    }
    for (const c of COLLECTORS) await c.snapshot(run);
    const zero = decidedAt ?? started;
    const findings = COLLECTORS.flatMap((c) => c.result(run)).map((f) => ({ ...f, at: f.at == null ? null : f.at - zero }));
    return {
      state,
      url,
      status: response?.status() ?? null,
      finalUrl: run.page.url(),
      banner,
      decided: decidedAt != null,
      durationMs: Date.now() - started,
      consentry: run.consentry,
      findings,
    };
  } finally {
    await context.close().catch(() => {});
  }
}
