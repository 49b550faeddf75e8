import type { Engine } from '@consentry/core/internal';
import { SERVICE_PATTERNS } from '@consentry/core/catalogue';
import { collectDebugReport, type DebugReport, type Heard } from './collectDebugReport';
import { DEBUG_CSS as CSS_TEXT, debugSections, renderDebugPanel } from './renderDebugPanel';

let open: ((report?: boolean) => Promise<void>) | undefined;

/** The whole report as one collapsed group in the console, a table per section. */
function logReport(r: DebugReport) {
  console.groupCollapsed('[consentry] debug report');
  console.log('decision:', r.consent);
  for (const [title, head, rows] of debugSections(r)) {
    console.group(`${title} (${rows.length})`);
    if (rows.length) console.table(rows.map((row) => Object.fromEntries(head.map((k, i) => [k, row[i]]))));
    console.groupEnd();
  }
  console.groupEnd();
}

/**
 * The debug overlay (loaded by `?consentry-debug`, `debug: true` or `Consentry.debug()`): a panel in
 * a shadow root at the bottom of the page, refreshed on every consent change, clearing and record,
 * and the same report in the console. A second call shows the panel again and logs anew.
 */
export function openDebug(engine: Engine): Promise<void> {
  if (open) return open(true);
  const heard: Heard = { cleared: [], records: [] };
  const host = document.createElement('consentry-debug');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  root.adoptedStyleSheets = [sheet];
  const aside = document.createElement('aside');
  aside.setAttribute('aria-labelledby', 'consentry-debug-title');
  const title = Object.assign(document.createElement('h2'), { id: 'consentry-debug-title', textContent: 'Consentry debug' });
  const button = (text: string, fn: () => void) => Object.assign(document.createElement('button'), { type: 'button', textContent: text, onclick: fn });
  const body = document.createElement('div');
  let asked = 0;
  const refresh = async (report?: boolean) => {
    const mine = ++asked;
    const r = await collectDebugReport(engine, heard, SERVICE_PATTERNS);
    // Gathering waits on IndexedDB: an older refresh finishing late must not draw over a newer one.
    if (mine == asked) renderDebugPanel(body, r);
    if (report) logReport(r);
  };
  const header = document.createElement('header');
  header.append(
    title,
    button('Refresh', () => refresh()),
    button('Log to console', () => refresh(true)),
    button('Close', () => host.remove()),
  );
  aside.append(header, body);
  root.append(aside);
  aside.addEventListener('keydown', (e) => {
    if (e.key == 'Escape') host.remove();
  });
  // Refreshed shortly after anything it shows may have changed (debounced: a release adds many nodes).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => host.isConnected && refresh(), 100);
  };
  new MutationObserver(
    (records) => records.some((r) => r.target != document.body || ![...r.addedNodes, ...r.removedNodes].every((n) => n == host)) && later(),
  ).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'type', 'data', 'srcset', 'href'] });
  engine.api.on('cleared', (d) => {
    heard.cleared.push(d);
    later();
  });
  engine.api.on('record', (d) => {
    heard.records.push(d);
    later();
  });
  engine.api.on('change', later);
  engine.api.on('consent', later);
  open = (report) => {
    const body = document.body || document.documentElement;
    if (!host.isConnected) body.append(host);
    return refresh(report);
  };
  const start = () => open!(true);
  return document.body ? start() : new Promise((done) => document.addEventListener('DOMContentLoaded', () => start().then(done)));
}
