import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { createClassifier, describeStatus, isViolation } from './classify.mjs';
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs';
import { errorText, LOAD_TIMEOUT_MS, scanState } from './scanState.mjs';

/** Pages scanned at once (each in up to two contexts at once): most of a scan is waiting for pages and for Consentry's second sweep. */
const PAGES_AT_ONCE = 5;
/** Links to files, not pages. */
const NOT_A_PAGE = /\.(pdf|zip|gz|png|jpe?g|gif|svg|webp|mp4|mp3|docx?|xlsx?|pptx?|csv|json|xml|txt)$/i;

/** Same-origin page links of `links`, without fragments. */
export function pageLinks(links, origin) {
  const out = [];
  for (const href of links) {
    let u;
    try {
      u = new URL(href);
    } catch {
      continue;
    }
    if (u.origin != origin || NOT_A_PAGE.test(u.pathname)) continue;
    u.hash = '';
    out.push(u.href);
  }
  return out;
}

/**
 * The crawl's queue: the start page, then each link not queued yet, until it holds `max` URLs. A
 * Set, not a search of the list: a page can show tens of thousands of links.
 */
export function crawlQueue(first, max) {
  const urls = [first];
  const queued = new Set(urls);
  return {
    urls,
    add(links) {
      for (const link of links) {
        if (urls.length >= max) return;
        if (queued.has(link)) continue;
        queued.add(link);
        urls.push(link);
      }
    },
    /** The start page, once its redirect is known: queued under the URL it ends on. */
    replaceFirst(url) {
      urls[0] = url;
      queued.add(url);
    },
  };
}

/**
 * Scans up to `pages` same-origin pages from `startUrl` (breadth first over the links each page
 * shows before a decision), each in three fresh contexts: no decision, after Reject all, after
 * Accept all (the last two only where Consentry's banner is found). Returns the report's data.
 * When the start page redirects, the scan follows it: the origin it ends on is the one crawled
 * (the report's `redirect` says so). `onProgress({ done, total, url })` is called after
 * each page; `loadTimeoutMs` bounds the wait for each page's load event.
 */
export async function scanSite(startUrl, { pages = 20, chromium: given, loadTimeoutMs = LOAD_TIMEOUT_MS, onProgress = () => {} } = {}) {
  const start = new URL(startUrl);
  start.hash = '';
  const executablePath = findChromium(given);
  const began = Date.now();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const queue = crawlQueue(start.href, pages);
  let origin = start.origin;
  let redirect = null;
  const results = [];
  let next = 0;
  let active = 0;
  let done = 0;
  const failed = (state, url) => (e) => ({ state, url, error: errorText(e), findings: [] });
  try {
    const scanPage = async (url, i) => {
      let none = await scanState(browser, url, 'none', { loadTimeoutMs }).catch(failed('none', url));
      const final = i == 0 && /^https?:/.test(none.finalUrl) ? new URL(none.finalUrl) : null;
      if (final) final.hash = '';
      if (final && final.href != url) {
        // The start URL sends visitors elsewhere (example.com → www.example.com): scan where they land,
        // that origin's links, and the decided states there too.
        redirect = { from: url, to: final.href };
        origin = final.origin;
        url = final.href;
        queue.replaceFirst(url);
        none = { ...none, url };
      }
      queue.add(pageLinks(none.consentry?.links ?? [], origin));
      const decided = none.banner
        ? await Promise.all(['reject', 'accept'].map((s) => scanState(browser, url, s, { loadTimeoutMs }).catch(failed(s, url))))
        : [];
      return { url, runs: [none, ...decided] };
    };
    const worker = async () => {
      for (;;) {
        if (next >= queue.urls.length) {
          if (!active) return;
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const i = next++;
        active++;
        try {
          results[i] = await scanPage(queue.urls[i], i);
        } finally {
          active--;
        }
        onProgress({ done: ++done, total: queue.urls.length, url: results[i].url });
      }
    };
    await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
  } finally {
    await browser.close().catch(() => {});
  }
  return { ...buildReport(startUrl, results.filter(Boolean), Date.now() - began, executablePath), redirect };
}

/** Classifies each run's findings and collects the violations. */
export function buildReport(startUrl, pages, durationMs, browser) {
  const violations = [];
  const out = pages.map(({ url, runs }) => {
    const none = runs[0];
    const c = none.consentry;
    const { classify, problems } = createClassifier(
      c?.config ?? null,
      !!c?.found,
      runs.flatMap((r) => r.consentry?.held ?? []),
      none.finalUrl || url,
    );
    const states = {};
    for (const r of runs) {
      const findings = r.findings.map(classify).map((f) => ({ ...f, classification: describeStatus(f), violation: isViolation(r.state, f) }));
      for (const f of findings)
        if (f.violation)
          violations.push({
            page: url,
            state: r.state,
            kind: f.kind,
            name: f.name,
            scriptUrl: f.setBy,
            classification: f.classification,
            ...(f.area && { area: f.area }),
          });
      states[r.state] = { durationMs: r.durationMs ?? null, status: r.status ?? null, error: r.error ?? null, note: r.note ?? null, findings };
    }
    return {
      url,
      consentTool: c?.found
        ? { name: 'Consentry', version: c.version, banner: !!none.banner, configSource: c.configSource, configProblems: problems.length }
        : null,
      note: !c?.found
        ? 'no consent tool found: only the state without a decision was scanned'
        : !none.banner
          ? 'Consentry runs but showed no banner: only the state without a decision was scanned'
          : null,
      config: c?.config ?? null,
      held: [...new Map(runs.flatMap((r) => r.consentry?.held ?? []).map((h) => [h.url + h.category + h.service, h])).values()],
      states,
    };
  });
  return {
    tool: 'consentry-scan',
    startUrl,
    scannedAt: new Date().toISOString(),
    durationMs,
    // A scan's time is mostly waiting on the browser: on a busy machine it is longer.
    machine: { cpus: cpus().length, loadAverage: loadavg().map((n) => Math.round(n * 100) / 100) },
    browser,
    pages: out,
    violations,
  };
}
