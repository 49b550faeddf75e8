import type { ClearedDetail, ConsentState, RecordEventDetail } from '@consentry/core';
import { compilePattern, DB_NAME, type Engine, matchesName, type NameMatcher, type ResolvedConfig } from '@consentry/core/internal';
import { readConfig } from '@consentry/core/readConfig';

/** What the overlay and the console report show (docs/testing-your-site.md, "Debug overlay"). */
export interface DebugReport {
  consent: ConsentState | null;
  /** Held markup (`data-category`), by category and service, held or released now. */
  elements: Array<{ category: string; service: string; element: string; status: 'held' | 'released' }>;
  /** Cookies the page can see, storage keys and IndexedDB databases, each with its declaration. */
  cookies: Array<{ name: string; declared: string }>;
  storage: Array<{ area: string; key: string; declared: string }>;
  databases: Array<{ name: string; declared: string }>;
  /** What clearing removed, and what survived and why. */
  clearing: Array<{ name: string; result: 'removed' | 'survived'; why: string }>;
  /** Consent Mode commands in `dataLayer`, in order. */
  consentMode: Array<{ command: string; state: string }>;
  /** Consent records: the outbox (waiting to be sent) and what this page view delivered or gave up on. */
  records: Array<{ status: string; id: string; method: string; timestamp: string }>;
}

/** What the overlay has heard since it loaded: `cleared` and `record` events. */
export interface Heard {
  cleared: ClearedDetail[];
  records: RecordEventDetail[];
}

const OWN_STORAGE = /^consentry(-|$)/;

/** What a name is: a cookie, a storage key or an IndexedDB database (the config's and the catalogue's lists of each). */
type Kind = 'cookies' | 'storage' | 'indexedDB';
const CATALOGUE_COLUMN: Record<Kind, number> = { cookies: 0, storage: 1, indexedDB: 2 };

/** Where `name` is declared: "analytics.ga", "necessary", "Consentry", "undeclared (catalogue: hotjar)" or "undeclared". */
function declaredAs(config: ResolvedConfig, name: string, kind: Kind, catalogue: Record<string, readonly [string, string?, ...unknown[]]>) {
  if (kind == 'cookies' ? name == config.cookie.name : kind == 'storage' ? OWN_STORAGE.test(name) : name == DB_NAME) return 'Consentry';
  const of = (x: { cookies: Array<{ match: NameMatcher }>; storage: NameMatcher[]; indexedDB: NameMatcher[] }) =>
    kind == 'cookies' ? x.cookies.map((r) => r.match) : x[kind];
  for (const c of config.categories) {
    if (of(c).some((m) => matchesName(m, name))) return c.name;
    for (const s of c.services) if (of(s).some((m) => matchesName(m, name))) return `${c.name}.${s.name}`;
  }
  for (const [svc, patterns] of Object.entries(catalogue)) {
    const listed = String(patterns[CATALOGUE_COLUMN[kind]] || '');
    // Read as blocking reads them (loadCatalogue): an exact name or a /regular expression/.
    for (const p of listed.split(' ')) {
      const m = p && compilePattern(p);
      if (m && matchesName(m, name)) return `undeclared (catalogue: ${svc})`;
    }
  }
  return 'undeclared';
}

/** Is a held element released now? Scripts: replaced by a runnable copy; embeds: their real attribute set. */
function isReleased(el: Element, engine: Engine) {
  if (el.tagName == 'SCRIPT') return (el as HTMLScriptElement).type != 'text/plain';
  if (el.tagName == 'TEMPLATE') return engine.api.isAllowed(el.getAttribute('data-category')!.replace('!', ''));
  return ['src', 'srcset', 'href', 'data'].some((a) => el.hasAttribute(a));
}

const describeElement = (el: Element) => {
  const url = el.getAttribute('data-src') || el.getAttribute('src') || el.getAttribute('data-href') || el.getAttribute('href') || el.getAttribute('data-data');
  return `<${el.tagName.toLowerCase()}>${url ? ' ' + url : el.tagName == 'SCRIPT' ? ' (inline)' : ''}`;
};

/**
 * Is there an HttpOnly cookie `name` (host-only, on `path`) that scripts cannot see? Browsers refuse a
 * script's write over an HttpOnly cookie: a test write that does not show up means one is there.
 * A write that does show up is deleted at once.
 */
function hasHttpOnly(engine: Engine, name: string, path: string) {
  const { readCookies, writeCookie } = engine.env;
  const probe = 'consentry-debug-probe';
  writeCookie(`${name}=${probe}; Path=${path}; Max-Age=5`);
  const written = readCookies().split(/;\s*/).includes(`${name}=${probe}`);
  if (written) writeCookie(`${name}=; Path=${path}; Max-Age=0`);
  return !written;
}

/** Is `domain` (a declaration's) this page's host or a parent of it? Only then can the page clear it. */
const reachable = (domain: string) => {
  const d = domain.replace(/^\./, '');
  return location.hostname == d || location.hostname.endsWith('.' + d);
};

/** Records waiting in Consentry's IndexedDB outbox; only read from a database that exists (reading must not create it). */
function readOutbox(): Promise<Array<{ id: string; method: string; timestamp: string }>> {
  return new Promise((done) => {
    const open = indexedDB.open('consentry');
    open.onerror = () => done([]);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const get = db.transaction('kv').objectStore('kv').get('outbox');
        get.onsuccess = () => done(Array.isArray(get.result) ? get.result : []);
        get.onerror = () => done([]);
      } catch {
        done([]);
      }
      db.close();
    };
  });
}

/** Gathers the report now, from the page, the engine and what was heard. */
export async function collectDebugReport(
  engine: Engine,
  heard: Heard,
  catalogue: Record<string, readonly [string, string?, ...unknown[]]>,
): Promise<DebugReport> {
  const config = readConfig(engine.input, () => {});
  const cookieNames = engine.env
    .readCookies()
    .split(/;\s*/)
    .map((c) => c.split('=')[0])
    .filter(Boolean);

  const elements = [...document.querySelectorAll('[data-category]')]
    .filter((el) => !el.closest('consentry-ui'))
    .map((el) => ({
      category: el.getAttribute('data-category')!,
      service: el.getAttribute('data-service') || '',
      element: describeElement(el),
      status: isReleased(el, engine) ? ('released' as const) : ('held' as const),
    }))
    .sort((a, b) => (a.category + a.service).localeCompare(b.category + b.service));

  const storage: DebugReport['storage'] = [];
  for (const area of ['localStorage', 'sessionStorage'] as const)
    try {
      for (const key of Object.keys(window[area])) storage.push({ area, key, declared: declaredAs(config, key, 'storage', catalogue) });
    } catch {
      // Storage disabled here.
    }
  let databases: DebugReport['databases'] = [];
  try {
    databases = (await indexedDB.databases()).map((d) => ({ name: d.name || '', declared: declaredAs(config, d.name || '', 'indexedDB', catalogue) }));
  } catch {
    // No indexedDB.databases() in this browser.
  }

  const clearing = clearingOf(engine, config, heard, cookieNames);

  const consentMode: DebugReport['consentMode'] = [];
  try {
    for (const e of (window as { dataLayer?: unknown[] }).dataLayer as Array<ArrayLike<unknown>>)
      if (e && e[0] == 'consent') consentMode.push({ command: String(e[1]), state: JSON.stringify(e[2]) });
  } catch {
    // No dataLayer, or one the page broke (no list, a getter that throws): nothing sent to show.
  }

  const records = await recordsOf(heard, databases);

  return {
    consent: engine.api.getConsent(),
    elements,
    cookies: cookieNames.map((name) => ({ name, declared: declaredAs(config, name, 'cookies', catalogue) })),
    storage,
    databases,
    clearing,
    consentMode,
    records,
  };
}

/** Clearing: what each sweep removed; what survived, and why. */
function clearingOf(engine: Engine, config: ReturnType<typeof readConfig>, heard: Heard, cookieNames: string[]): DebugReport['clearing'] {
  const clearing: DebugReport['clearing'] = [];
  const removed = new Set<string>();
  for (const c of heard.cleared) {
    for (const name of c.survived)
      clearing.push({
        name,
        result: 'survived',
        why: removed.has(name)
          ? 'rewritten by a running script after it was removed (only a reload stops it)'
          : 'still there after deletion on every path and parent domain the page can name',
      });
    for (const name of c.removed) {
      removed.add(name);
      clearing.push({ name, result: 'removed', why: '' });
    }
  }
  // Refused declarations the page cannot see: HttpOnly here, or on another domain.
  for (const c of config.categories)
    for (const [svc, rules] of [['', c.cookies], ...c.services.map((s) => [s.name, s.cookies] as const)] as const) {
      if (engine.api.isAllowed(svc ? `${c.name}.${svc}` : c.name)) continue;
      for (const r of rules) {
        if (typeof r.match != 'string' || cookieNames.includes(r.match)) continue;
        if (r.domain && !reachable(r.domain))
          clearing.push({ name: r.match, result: 'survived', why: `set on another domain (${r.domain}): only pages there can remove it` });
        else if (hasHttpOnly(engine, r.match, r.path || '/'))
          clearing.push({
            name: r.match,
            result: 'survived',
            why: 'HttpOnly: scripts cannot see or delete it; only the server that set it can (send it expired)',
          });
      }
    }
  return clearing;
}

/** Records: queued in the outbox (or its localStorage backup), and what delivery reported. */
async function recordsOf(heard: Heard, databases: DebugReport['databases']): Promise<DebugReport['records']> {
  const records: DebugReport['records'] = [];
  const queued = databases.some((d) => d.name == DB_NAME) ? await readOutbox() : [];
  try {
    // Records made a moment ago wait in a localStorage backup until they reach IndexedDB.
    queued.push(...JSON.parse(localStorage['consentry-outbox'] || '[]'));
  } catch {
    // No backup here.
  }
  for (const r of queued) if (!records.some((x) => x.id == r.id)) records.push({ status: 'queued', id: r.id, method: r.method, timestamp: r.timestamp });
  for (const { status, record: r } of heard.records) records.push({ status, id: r.id, method: r.method, timestamp: r.timestamp });
  return records;
}
