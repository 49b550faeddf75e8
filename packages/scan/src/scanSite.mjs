import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { createClassifier, describeStatus, isViolation } from './classify.mjs';
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs';
import { scanState } from './scanState.mjs';

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
 * Scans up to `pages` same-origin pages from `startUrl` (breadth first over the links each page
 * shows before a decision), each in three fresh contexts: no decision, after Reject all, after
 * Accept all (the last two only where Consentry's banner is found). Returns the report's data.
 * `onProgress({ done, total, url })` is called after each page.
 */
export async function scanSite(startUrl, { pages = 20, chromium: given, onProgress = () => {} } = {}) {
  const start = new URL(startUrl);
  start.hash = '';
  const executablePath = findChromium(given);
  const began = Date.now();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const queue = [start.href];
  const results = [];
  let next = 0;
  let active = 0;
  let done = 0;
  try {
    const scanPage = async (url) => {
      const none = await scanState(browser, url, 'none').catch((e) => ({ state: 'none', url, error: e.message, findings: [] }));
      for (const link of pageLinks(none.consentry?.links ?? [], start.origin)) if (!queue.includes(link)) queue.push(link);
      const decided = none.banner
        ? await Promise.all(['reject', 'accept'].map((s) => scanState(browser, url, s).catch((e) => ({ state: s, url, error: e.message, findings: [] }))))
        : [];
      return [none, ...decided];
    };
    const worker = async () => {
      for (;;) {
        if (next >= Math.min(queue.length, pages)) {
          if (!active) return;
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const i = next++;
        active++;
        try {
          results[i] = { url: queue[i], runs: await scanPage(queue[i]) };
        } finally {
          active--;
        }
        onProgress({ done: ++done, total: Math.min(queue.length, pages), url: queue[i] });
      }
    };
    await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
  } finally {
    await browser.close().catch(() => {});
  }
  return buildReport(startUrl, results.filter(Boolean), Date.now() - began, executablePath);
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
      states[r.state] = { durationMs: r.durationMs ?? null, status: r.status ?? null, error: r.error ?? null, findings };
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
