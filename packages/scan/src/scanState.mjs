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
/**
 * The banner is on screen by then: a button that cannot be clicked within this is covered or broken.
 * Generous: pages are scanned side by side, and on a busy machine a page took 3 s to take the click.
 */
const CLICK_TIMEOUT_MS = 15_000;

/** Quiet means no request open for this long; some pages never go quiet, so it is bounded. */
const QUIET_MS = 300;
const SETTLE_MAX_MS = 4000;
/** How long a page may take from DOMContentLoaded to its load event; past it (a request that never ends) the scan goes on with what is there. */
export const LOAD_TIMEOUT_MS = 10_000;
/** Reaching the page at all (its DOMContentLoaded). */
const NAVIGATION_TIMEOUT_MS = 30_000;

/** Terminal colour and style codes (ESC [ … letter), as Playwright puts them in its messages. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** Playwright's message without terminal colours, in two parts: the error, and its call log ('' if none). */
function messageParts(e) {
  const [text, log = ''] = String(e?.message ?? e)
    .replace(ANSI, '')
    .split(/\n\s*Call log:/);
  return [text.trim(), log];
}

/** An error's message for the report and the terminal: without Playwright's call log and terminal colours. */
export const errorText = (e) => messageParts(e)[0];

/**
 * Why a banner button could not be clicked: what covers it (Playwright names it only in its call
 * log), else the error and what Playwright last found ("… (last: element is not stable)").
 */
export function clickFailure(e) {
  const [text, log] = messageParts(e);
  const covered = /(<[^\n]*?>) (?:from [^\n]*?)?intercepts pointer events/.exec(log);
  if (covered) return `${covered[1]} covers it`;
  // The log ends in steps that are under way (the pause before another try, a new attempt waiting
  // for the element); the last finding before them says what failed ("element is not stable").
  const step = log
    .split('\n')
    .map((l) => l.replace(/^[\s-]+/, '').replace(/^\d+ × /, ''))
    .filter((l) => l && !/^(waiting|retrying|attempt)/.test(l))
    .at(-1);
  return step ? `${text} (last: ${step})` : text;
}

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
 * Loads the page (`go` navigates: goto or reload) up to DOMContentLoaded, then waits for its load
 * event at most `loadTimeoutMs`, then for a quiet moment. A page whose load never comes (an image
 * whose server never answers) is scanned all the same: returns a note saying so, else null.
 */
async function load(page, go, settle, loadTimeoutMs) {
  const response = await go({ waitUntil: 'domcontentloaded', timeout: NAVIGATION_TIMEOUT_MS });
  const loaded = await page.waitForLoadState('load', { timeout: loadTimeoutMs }).then(
    () => true,
    () => false,
  );
  // Without a load event something is still open: settle would only wait out its bound.
  if (loaded) await settle();
  return { response, note: loaded ? null : `no load event within ${loadTimeoutMs / 1000} s; scanned what was there` };
}

/**
 * Scans `url` in one fresh browser context, in `state`: `none` (no decision), `reject` or `accept`
 * (Consentry's banner button clicked, then the page loaded again as the visitor's next view).
 * Returns the findings of every collector, with times in ms relative to the decision (or, without
 * one, to the start of loading), and what the consent tool collector saw. The page's site (first
 * or third party) is that of the URL it ends on, after any redirect.
 */
export async function scanState(browser, url, state, { loadTimeoutMs = LOAD_TIMEOUT_MS } = {}) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  const listeners = [];
  const run = {
    context,
    page: null,
    site: siteOfUrl(url),
    decidedAt: null,
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
    const first = await load(run.page, (o) => run.page.goto(url, o), settle, loadTimeoutMs);
    const response = first.response;
    run.site = siteOfUrl(run.page.url());
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
    let note = first.note;
    if (STATES[state]) {
      if (!banner) throw new Error('no Consentry banner to click');
      // The decision's time is the click's, taken in the page (click() returns only after its effects).
      await run.page.evaluate(() => addEventListener('click', () => (window.__consentryScanClick ||= Date.now()), true));
      await run.page
        .locator(`${BANNER} button[data-action="${STATES[state]}"]`)
        .click({ timeout: CLICK_TIMEOUT_MS })
        .catch((e) => {
          throw new Error(`the banner's ${STATES[state]} button could not be clicked: ${clickFailure(e)}`);
        });
      decidedAt = (await run.page.evaluate(() => window.__consentryScanClick).catch(() => null)) || Date.now();
      // What the page sent before the click belongs to the state before a decision.
      run.decidedAt = decidedAt;
      await run.page.waitForTimeout(AFTER_DECISION_MS);
      for (const c of COLLECTORS) await c.snapshot(run);
      // The visitor's next page view, with the decision stored.
      note = (await load(run.page, (o) => run.page.reload(o), settle, loadTimeoutMs)).note ?? note;
    }
    for (const c of COLLECTORS) await c.snapshot(run);
    const zero = decidedAt ?? started;
    const findings = COLLECTORS.flatMap((c) => c.result(run)).map((f) => ({ ...f, at: f.at == null ? null : f.at - zero }));
    return {
      state,
      url,
      status: response?.status() ?? null,
      finalUrl: run.page.url(),
      note,
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
