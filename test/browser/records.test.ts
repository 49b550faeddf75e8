// Consent records delivered to the endpoint (issue 6; design.md "Consent records endpoint"), as a
// site owner's server observes them: the built script-tag file in Chromium against a controllable
// receiver on the test server (./recordsEndpoint.ts) that can answer 200, 503, 429 with Retry-After,
// 400, hang, or be down (a port nothing listens on). Every body is checked against the JSON Schema
// kept in docs/consent-record.schema.json, with a small validator below (no ajv in this repo).
// Each test uses a fresh browser context; waits are polls with deadlines.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, idb, type Message, POLL, ready, useBrowser } from './harness';
import { type Arrival, deadUrl, useRecordsEndpoint } from './recordsEndpoint';
import type { ConsentRecord } from '../../packages/core/src/types';

const h = useBrowser();
const ep = useRecordsEndpoint(h);
const DAY = 864e5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How long the 200-decision test may reload pages to drain the outbox (RECORDS_FLUSH_MS to explore a slow SDK). */
const FLUSH_MS = Number(process.env.RECORDS_FLUSH_MS) || 60_000;

// ---------------------------------------------------------------------------------------------
// The record schema and a small validator for the keywords it uses.
// ---------------------------------------------------------------------------------------------
type Schema = { [key: string]: unknown };
const SCHEMA = JSON.parse(readFileSync(new URL('../../docs/consent-record.schema.json', import.meta.url), 'utf8')) as Schema;
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment', 'examples', 'default']);
const KEYWORDS = new Set([
  'type',
  'const',
  'enum',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'required',
  'properties',
  'propertyNames',
  'additionalProperties',
]);
const FORMATS: Record<string, (s: string) => boolean> = {
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
  'date-time': (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
  uri: (s) => {
    try {
      return !!new URL(s).protocol;
    } catch {
      return false;
    }
  },
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);
function hasType(v: unknown, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v == 'number' && Number.isFinite(v);
    default:
      return typeof v == t;
  }
}

/** Errors of `value` against `schema` ([] when valid). Throws on a keyword it does not implement. */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`validator: unsupported keyword "${key}" at ${path}`);
  }
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => hasType(value, t))) return [`${path}: expected ${types.join(' | ')}, got ${JSON.stringify(value)}`];
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const)) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value == 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(value))
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (schema.format !== undefined) {
      const check = FORMATS[schema.format as string];
      if (!check) throw new Error(`validator: unsupported format "${schema.format}"`);
      if (!check(value)) errors.push(`${path}: ${JSON.stringify(value)} is not a ${schema.format}`);
    }
    if (schema.minLength !== undefined && [...value].length < (schema.minLength as number)) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && [...value].length > (schema.maxLength as number)) errors.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (typeof value == 'number' && schema.minimum !== undefined && value < (schema.minimum as number)) errors.push(`${path}: below ${schema.minimum}`);
  if (isObject(value)) {
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in value)) errors.push(`${path}: missing "${key}"`);
    const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
    if (isObject(schema.propertyNames))
      for (const key of Object.keys(value)) errors.push(...validate(schema.propertyNames, key, `${path}[${JSON.stringify(key)}]`));
    for (const [key, v] of Object.entries(value)) {
      if (key in props) errors.push(...validate(props[key], v, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property "${key}"`);
      else if (isObject(schema.additionalProperties)) errors.push(...validate(schema.additionalProperties, v, `${path}.${key}`));
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Page helpers.
// ---------------------------------------------------------------------------------------------
/** One `consentry:record` event as the page saw it. */
interface Seen {
  status: string;
  id?: string;
  method?: string;
  timestamp?: string;
}
type Host = 'local' | 'site';
type Step = 'accept' | 'reject' | 'reset' | Record<string, boolean | Record<string, boolean>>;

/** A fresh context whose pages log every `consentry:record` window event into `window.__records` from the start. */
async function freshContext(): Promise<BrowserContext> {
  const context = await h.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __records: unknown[] };
    w.__records = [];
    addEventListener('consentry:record', (e) => {
      const d = (e as CustomEvent).detail || {};
      w.__records.push({ status: d.status, id: d.record?.id, method: d.record?.method, timestamp: d.record?.timestamp });
    });
  });
  return context;
}
/** An ad-hoc page with the Consentry tag and this config (revision 1, default categories unless given). */
const recordsPage = (config: object, body = '') => h.page({ head: consentryTag({ revision: 1, ...config }), body });
/** Opens `path` in `context` and waits for `ready`. */
async function openReady(path: string, context: BrowserContext, host: Host = 'local') {
  const opened = await h.open(path, { context, host });
  await ready(opened.page);
  return opened;
}
/** Makes one decision through the API and waits for its promise. */
const decide = (page: Page, step: Step) =>
  consentry(
    page,
    async (c, s) => {
      await (s == 'accept' ? c.acceptAll() : s == 'reject' ? c.rejectAll() : s == 'reset' ? c.reset() : c.setConsent(s));
    },
    step,
  );
/** The `consentry:record` events this page has seen so far. */
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __records: Seen[] }).__records.slice());
const ours = (messages: Message[], type: string) => messages.filter((m) => m.type == type && m.text.startsWith('[consentry]'));
const fetched = (a: Arrival) => a.via == 'fetch';
const is2xx = (a: Arrival) => a.status != null && a.status >= 200 && a.status < 300;

/**
 * The records in the outbox (IndexedDB `consentry` / `kv` / `outbox`), whatever its shape (an array,
 * a Map, an object by id or with a list inside): every object in it with a string `id` and
 * `consentId`. Reading never creates the database.
 */
function outbox(page: Page): Promise<ConsentRecord[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name == 'consentry')) return [];
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('consentry');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('kv')) return [];
      const request = db.transaction('kv', 'readonly').objectStore('kv').get('outbox');
      const value = await new Promise<unknown>((done, fail) => {
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const found: unknown[] = [];
      const walk = (v: unknown, depth: number) => {
        if (!v || typeof v != 'object' || depth > 4) return;
        const o = v as Record<string, unknown>;
        if (typeof o.id == 'string' && typeof o.consentId == 'string') return void found.push(o);
        const values = v instanceof Map ? [...v.values()] : Array.isArray(v) ? v : Object.values(o);
        for (const x of values) walk(x, depth + 1);
      };
      walk(value, 0);
      return JSON.parse(JSON.stringify(found));
    } finally {
      db.close();
    }
  });
}
const outboxSize = async (page: Page) => (await outbox(page)).length;

// ---------------------------------------------------------------------------------------------
// textHash, recomputed by the test from what the page shows (design.md "Consent records endpoint").
// ---------------------------------------------------------------------------------------------
/** The UI's own host (not a placeholder's). */
const UI = 'consentry-ui:not([data-placeholder])';
/** The config of the textHash tests: a controller, a privacy policy and services with catalogue texts. */
const TEXTS_CONFIG = {
  revision: 4,
  endpoint: '/consent',
  controller: { name: 'Acme  Shop AS' },
  privacyPolicyUrl: '/privacy',
  categories: { analytics: { services: { ga: 'google-analytics' } }, marketing: { services: { youtube: 'youtube' } } },
};

/**
 * The texts of one layer as the screen has them: in the shadow root of the host `hostSelector`,
 * the element `layerSelector`, every text node in DOM order that is not inside `[data-nohash]`,
 * white space collapsed, empty ones left out. Read by the page, not by the UI's code.
 */
function textsOnScreen(page: Page, hostSelector: string, layerSelector: string): Promise<string[]> {
  return page.evaluate(
    ([hostSelector, layerSelector]) => {
      const layer = document.querySelector(hostSelector)?.shadowRoot?.querySelector(layerSelector);
      if (!layer) throw new Error(`no ${layerSelector} in ${hostSelector}`);
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('[data-nohash]')) continue;
        const text = (n.nodeValue || '').replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
      return out;
    },
    [hostSelector, layerSelector] as const,
  );
}
/** `sha256-` + base64 of SHA-256 over the UTF-8 JSON array, computed in Node. */
const hashOf = (texts: string[]) => 'sha256-' + createHash('sha256').update(JSON.stringify(texts), 'utf8').digest('base64');
/** The one POST this test's endpoint got after `before` POSTs, as a record checked against the schema. */
/**
 * The record posted after `before` others, counting only those `ours` takes (a page an earlier test
 * closed may still send its outbox's records meanwhile).
 */
async function nextRecord(before: number, what: string, ours: (r: ConsentRecord) => boolean = () => true): Promise<ConsentRecord> {
  const mine = () => ep.posts().filter((p) => ours(p.body as ConsentRecord));
  await ep.waitFor(() => mine().length > before, 5000, what);
  const post = mine()[before];
  expect(validate(SCHEMA, post.body), `${what} against the schema`).toEqual([]);
  return post.body as ConsentRecord;
}
/** Waits until the host's shadow root holds a visible `layerSelector`. */
const layerShown = (page: Page, hostSelector: string, layerSelector: string) =>
  page.locator(`${hostSelector} ${layerSelector}`).first().waitFor({ state: 'visible', timeout: 15_000 });

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(REPO, 'packages/consentry/bin/consentry.mjs');
interface Layer {
  texts: string[];
  textHash: string;
}
interface Archive {
  revision: number;
  generatedBy: string;
  languages: Record<string, { banner: Layer; bannerWithGpc: Layer; dialog: Layer; placeholders: Record<string, Layer> }>;
}
/** `consentry texts <config file>` on this config, run as a visitor's owner would (the bin, on the built packages). */
function textArchive(config: object): Archive {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-texts-'));
  try {
    const file = join(dir, 'consentry.config.json');
    writeFileSync(file, JSON.stringify(config));
    return JSON.parse(execFileSync(process.execPath, [CLI, 'texts', file], { cwd: dir, encoding: 'utf8', timeout: 30_000 })) as Archive;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
describe('the record schema (docs/consent-record.schema.json) and its validator', () => {
  const sample: ConsentRecord = {
    id: '0b6f3c3e-6f0a-4c1b-9d3e-2f1a6b7c8d9e',
    consentId: '7d3f2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6',
    timestamp: '2026-01-31T12:00:00.000Z',
    revision: 1,
    method: 'accept_all',
    source: 'api',
    categories: { necessary: true, analytics: true },
    services: { analytics: { ga: true } },
    textHash: null,
    expires: '2026-07-31T12:00:00.000Z',
    language: 'nb',
    url: 'https://site.example/page',
    gpc: false,
    sdkVersion: '0.1.0',
  };

  it('should be draft 2020-12, strict, and accept the payload of design.md', () => {
    expect(SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(SCHEMA.additionalProperties).toBe(false);
    expect(validate(SCHEMA, sample)).toEqual([]);
    expect(validate(SCHEMA, { ...sample, source: 'banner', textHash: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an IP field', { ip: '127.0.0.1' }],
    ['a user agent field', { userAgent: 'Mozilla/5.0' }],
    ['an unknown method', { method: 'accepted' }],
    ['an unknown source', { source: 'button' }],
    ['an id that is no uuid', { id: 'abc' }],
    ['a timestamp that is no date-time', { timestamp: 'yesterday' }],
    ['a textHash of another kind', { textHash: 'md5-abc' }],
    ['a url with a query string', { url: 'https://site.example/page?utm=1' }],
    ['necessary off', { categories: { necessary: false } }],
    ['a non-boolean service', { services: { analytics: { ga: 'yes' } } }],
    ['a string revision', { revision: '1' }],
  ])('should reject a record with %s', (_, change) => {
    expect(validate(SCHEMA, { ...sample, ...change })).not.toEqual([]);
  });

  it('should reject a record missing a field', () => {
    const { gpc: _, ...missing } = sample;
    expect(validate(SCHEMA, missing)).toEqual(['$: missing "gpc"']);
  });
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that answers 200', () => {
  it.each<[string, Host]>([
    ['127.0.0.1 (secure context)', 'local'],
    ['www.site.test (plain http: no randomUUID, SubtleCrypto or Web Locks)', 'site'],
  ])('on %s: when the visitor accepts, withdraws marketing, rejects and resets, it should POST one valid record per decision', async (_, host) => {
    const context = await freshContext();
    const path = h.page({ head: consentryTag({ revision: 3, endpoint: '/consent' }) });
    const { page, messages } = await h.open(`${path}?utm_source=mail&x=1#top`, { context, host });
    await ready(page);
    const origin = host == 'site' ? h.siteOrigin : h.origin;
    const version = await consentry(page, (c) => c.version);
    const started = Date.now();

    const steps: Step[] = ['accept', { marketing: false }, 'reject', 'reset'];
    const consentIds: (string | undefined)[] = [];
    for (const [i, step] of steps.entries()) {
      await decide(page, step);
      consentIds.push(await consentry(page, (c) => c.getConsent()?.consentId));
      await ep.waitFor(() => ep.posts().length >= i + 1, 5000, `the record of decision ${i + 1}`);
    }
    await sleep(1500); // a negative: give a duplicate or late extra POST its chance

    const posts = ep.posts();
    expect(posts).toHaveLength(4);
    for (const post of posts) {
      expect(post.contentType, 'sent by fetch as JSON').toMatch(/^application\/json\b/i);
      expect(validate(SCHEMA, post.body), `record ${post.n} against the schema`).toEqual([]);
    }
    const records = posts.map((p) => p.body as ConsentRecord);
    expect(records.map((r) => r.method)).toEqual(['accept_all', 'withdraw', 'withdraw', 'reset']);
    expect(new Set(records.map((r) => r.id)).size).toBe(4);
    for (const r of records) {
      expect(r).toMatchObject({ source: 'api', textHash: null, revision: 3, gpc: false, sdkVersion: version, language: 'en' });
      expect(r.url).toBe(origin + path);
      expect(Date.parse(r.timestamp)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(r.timestamp)).toBeLessThanOrEqual(Date.now());
      expect(Date.parse(r.expires) - Date.parse(r.timestamp)).toBeGreaterThan(180 * DAY);
    }
    expect(records.slice(0, 3).map((r) => r.consentId)).toEqual(consentIds.slice(0, 3));
    expect(records.map((r) => r.categories)).toEqual([
      { necessary: true, functional: true, analytics: true, marketing: true },
      { necessary: true, functional: true, analytics: true, marketing: false },
      { necessary: true, functional: false, analytics: false, marketing: false },
      { necessary: true, functional: false, analytics: false, marketing: false },
    ]);
    for (let i = 1; i < 4; i++) expect(Date.parse(records[i].timestamp)).toBeGreaterThanOrEqual(Date.parse(records[i - 1].timestamp));

    await expect.poll(async () => (await seen(page)).filter((e) => e.status == 'delivered').map((e) => e.id), POLL).toEqual(records.map((r) => r.id));
    expect((await seen(page)).filter((e) => e.status != 'delivered')).toEqual([]);
    await expect.poll(() => outboxSize(page), POLL).toBe(0);
    expect(ours(messages, 'error')).toEqual([]);
  });

  it.each<[string, Host]>([
    ['127.0.0.1 (SubtleCrypto)', 'local'],
    ['www.site.test (plain http: the SHA-256 of the records chunk)', 'site'],
  ])(
    'on %s: a record made in the banner, the preferences dialog or a placeholder should carry the SHA-256 of the texts on screen; one made by the API, null',
    async (_, host) => {
      h.route('/embed.html', '<p>embedded</p>');
      const path = h.page({
        head: consentryTag(TEXTS_CONFIG),
        body: '<iframe data-category="marketing" data-service="youtube" data-src="/embed.html" width="320" height="180"></iframe>',
      });
      let posts = 0;

      // The banner: Accept all.
      const a = await openReady(path, await freshContext(), host);
      expect(await a.page.evaluate(() => !!globalThis.crypto?.subtle), 'SubtleCrypto').toBe(host == 'local');
      await layerShown(a.page, UI, '.banner');
      const banner = await textsOnScreen(a.page, UI, '.banner');
      expect(banner).toContain(
        'Acme Shop AS uses necessary cookies to make this site work. With your consent, we also use optional cookies, described under Customize. You can use the site either way, and you can withdraw your consent at any time with the Cookie settings button.',
      );
      expect(banner.slice(-3)).toEqual(['Accept all', 'Reject all', 'Customize']);
      await a.page.locator(`${UI} button[data-action=accept-all]`).click();
      const fromBanner = await nextRecord(posts++, 'the banner record');
      expect(fromBanner).toMatchObject({ source: 'banner', method: 'accept_all', language: 'en', revision: 4 });
      expect(fromBanner.textHash, JSON.stringify(banner)).toBe(hashOf(banner));

      // The preferences dialog: Customize, analytics on, Save choices.
      const b = await openReady(path, await freshContext(), host);
      await layerShown(b.page, UI, '.banner');
      await b.page.locator(`${UI} button[data-action=customize]`).click();
      await layerShown(b.page, UI, 'dialog.prefs');
      const dialog = await textsOnScreen(b.page, UI, 'dialog.prefs');
      expect(dialog).toContain('Save choices');
      await b.page.locator(`${UI} dialog.prefs #consentry-cat-analytics`).check();
      await b.page.locator(`${UI} dialog.prefs .foot button`).last().click();
      const fromDialog = await nextRecord(posts++, 'the dialog record');
      expect(fromDialog).toMatchObject({ source: 'preferences', method: 'custom', language: 'en' });
      expect(fromDialog.categories.analytics).toBe(true);
      expect(fromDialog.textHash, JSON.stringify(dialog)).toBe(hashOf(dialog));

      // Reopened after the decision, the dialog also shows the visitor's receipt ([data-nohash]):
      // not part of the hash, so a withdrawal made there carries the same one.
      await consentry(b.page, (c) => (c as unknown as { showPreferences(): unknown }).showPreferences());
      await layerShown(b.page, UI, 'dialog.prefs [data-nohash]');
      const withReceipt = await textsOnScreen(b.page, UI, 'dialog.prefs');
      expect(withReceipt).toEqual(dialog);
      await b.page.locator(`${UI} dialog.prefs #consentry-cat-analytics`).uncheck();
      await b.page.locator(`${UI} dialog.prefs .foot button`).last().click();
      const withdrawn = await nextRecord(posts++, 'the withdrawal in the dialog');
      expect(withdrawn).toMatchObject({ source: 'preferences', method: 'withdraw' });
      expect(withdrawn.textHash).toBe(hashOf(dialog));

      // A placeholder: Allow and load.
      const c = await openReady(path, await freshContext(), host);
      const PH = 'consentry-ui[data-placeholder]';
      await layerShown(c.page, PH, '.placeholder');
      const placeholder = await textsOnScreen(c.page, PH, '.placeholder');
      expect(placeholder.length).toBe(2);
      await c.page.locator(`${PH} .placeholder button`).click();
      const fromPlaceholder = await nextRecord(posts++, 'the placeholder record');
      expect(fromPlaceholder).toMatchObject({ source: 'placeholder', method: 'custom', language: 'en', services: { marketing: { youtube: true } } });
      expect(fromPlaceholder.textHash, JSON.stringify(placeholder)).toBe(hashOf(placeholder));
      await expect.poll(() => c.page.locator('iframe[data-service=youtube]').getAttribute('src'), POLL).toBe('/embed.html');

      // The API: Consentry showed nothing.
      const d = await openReady(path, await freshContext(), host);
      await decide(d.page, 'accept');
      const fromApi = await nextRecord(posts++, 'the API record');
      expect(fromApi).toMatchObject({ source: 'api', method: 'accept_all', textHash: null, language: 'en' });

      await sleep(500);
      expect(ep.posts()).toHaveLength(posts);
      for (const o of [a, b, c, d]) expect(ours(o.messages, 'error')).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that is down (connection refused) at decision time', () => {
  it('when the next page loads with the endpoint up, it should deliver the record then, once', async () => {
    const context = await freshContext();
    const a = await openReady(recordsPage({ endpoint: await deadUrl() }), context);

    await decide(a.page, 'accept');

    await expect.poll(async () => (await seen(a.page)).some((e) => e.status == 'failed'), POLL).toBe(true);
    const [failed] = (await seen(a.page)).filter((e) => e.status == 'failed');
    expect(failed.id).toBeTruthy();
    expect((await outbox(a.page)).map((r) => r.id)).toEqual([failed.id]);
    expect(ep.arrivals).toEqual([]);
    await a.page.close();

    const b = await openReady(recordsPage({ endpoint: '/consent' }), context);

    await ep.waitFor(() => ep.acked(failed.id!) >= 1, 8000, 'the record on the next load');
    expect(validate(SCHEMA, ep.posts()[0].body)).toEqual([]);
    expect((ep.posts()[0].body as ConsentRecord).method).toBe('accept_all');
    await expect.poll(async () => (await seen(b.page)).filter((e) => e.status == 'delivered').map((e) => e.id), POLL).toEqual([failed.id]);
    await expect.poll(() => outboxSize(b.page), POLL).toBe(0);
    await sleep(1000);
    expect(ep.sends(failed.id!)).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that answers 503 five times, then 200', () => {
  it('when the visitor decides, it should retry with growing gaps until the 200 and never send the record again', async () => {
    ep.queue('fail', 'fail', 'fail', 'fail', 'fail');
    const context = await freshContext();
    const path = recordsPage({ endpoint: '/consent' });
    const { page } = await openReady(path, context);

    await decide(page, 'accept');

    await ep.waitFor(() => ep.posts().some(is2xx), 70_000, 'the sixth attempt (answered 200)');
    const posts = ep.posts();
    const id = posts[0].ids[0];
    expect(posts.map((p) => [p.ids, p.status])).toEqual([...Array(5).fill([[id], 503]), [[id], 200]]);
    const gaps = posts.slice(1).map((p, i) => p.at - posts[i].at);
    console.info(`[records] retry gaps after 503 (ms): ${gaps.join(', ')}`);
    expect(gaps[0], 'first retry after about a second').toBeGreaterThanOrEqual(300);
    expect(gaps[0], 'first retry after about a second').toBeLessThanOrEqual(3000);
    for (const g of gaps) expect(g, 'no hammering').toBeGreaterThanOrEqual(300);
    expect(gaps[4], 'backoff: the last gap well above the first').toBeGreaterThan(2 * gaps[0]);
    expect(gaps[3] + gaps[4], 'backoff: later gaps above earlier ones').toBeGreaterThan(gaps[0] + gaps[1]);

    await expect.poll(async () => (await seen(page)).map((e) => e.status), POLL).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'delivered']);
    await expect.poll(() => outboxSize(page), POLL).toBe(0);
    await sleep(3000);
    expect(ep.sends(id)).toBe(6);

    await page.reload();
    await ready(page);
    await sleep(2000);
    expect(ep.sends(id)).toBe(6);
    expect(ep.posts()).toHaveLength(6);
  }, 100_000);
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that answers 429 with Retry-After: 1', () => {
  it('when the visitor decides, it should wait about the given second, then deliver', async () => {
    ep.queue('retry-after');
    const context = await freshContext();
    const { page } = await openReady(recordsPage({ endpoint: '/consent' }), context);

    await decide(page, 'reject');

    await ep.waitFor(() => ep.posts().some(is2xx), 10_000, 'the attempt after the 429');
    const [first, second] = ep.posts();
    expect([first.status, second.status]).toEqual([429, 200]);
    expect(second.ids).toEqual(first.ids);
    expect(second.at - first.at, 'Retry-After: 1 honoured').toBeGreaterThanOrEqual(900);
    await expect.poll(async () => (await seen(page)).map((e) => e.status), POLL).toEqual(['failed', 'delivered']);
  });
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that hangs', () => {
  it.each([
    ['at once (before anything was sent)', false],
    ['while its request hangs', true],
  ])('when the tab is closed right after the decision %s, it should still deliver the record (by beacon or on the next load)', async (_, waitForRequest) => {
    ep.set('hang'); // while the tab is open every request hangs; after it is closed they are answered 200
    const context = await freshContext();
    const path = recordsPage({ endpoint: '/consent' });
    const a = await openReady(path, context);

    await decide(a.page, 'accept');
    if (waitForRequest) await ep.waitFor(() => ep.arrivals.length > 0, 5000, 'the hanging request');
    await a.page.close({ runBeforeUnload: true });
    ep.set('ok');

    let how = 'beacon on close';
    try {
      await ep.waitFor(() => ep.ackedIds().length > 0, 3000, 'a beacon on pagehide');
    } catch {
      how = 'next load';
      const b = await openReady(path, context);
      const receipts = ((await idb(b.page, 'receipts')) as unknown[] | undefined)?.length ?? 0;
      how += ` (there: ${await outboxSize(b.page)} in the outbox, ${receipts} receipts, cookie ${(await context.cookies()).some((c) => c.name == 'consentry') ? 'set' : 'missing'})`;
      await ep.waitFor(() => ep.ackedIds().length > 0, 10_000, `the record on the next load; ${how}`);
    }
    console.info(
      `[records] after closing the tab, the record was delivered by ${how}; requests: ${ep.arrivals.map((x) => `${x.via}:${x.mode}:${x.status}`).join(', ')}`,
    );

    expect(ep.ids()).toHaveLength(1);
    expect(ep.ackedIds()).toEqual(ep.ids());
    const body = ep.posts().find(is2xx)!;
    expect(validate(SCHEMA, body.body)).toEqual([]);
    expect((body.body as ConsentRecord).method).toBe('accept_all');
    if (body.via == 'beacon') expect(body.contentType).toMatch(/^text\/plain\b/i);
  });

  it('when the visitor accepts all, it should release held scripts as fast as without an endpoint (within 500 ms)', async () => {
    ep.set('hang');
    const HELD = `<script type="text/plain" data-category="analytics">window.__ran = performance.now()</script>`;
    const timings: Record<string, { call: number; released: number | null; settled: number | null }> = {};
    for (const [label, config] of [
      ['no endpoint', {}],
      ['hanging endpoint', { endpoint: '/consent' }],
    ] as const) {
      const context = await freshContext();
      const { page } = await openReady(recordsPage(config, HELD), context);
      expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();

      timings[label] = await consentry(page, async (c) => {
        const w = window as unknown as { __ran?: number };
        const t0 = performance.now();
        let settled: number | null = null;
        Promise.resolve(c.acceptAll()).then(
          () => (settled = performance.now() - t0),
          () => (settled = performance.now() - t0),
        );
        const call = performance.now() - t0;
        while (performance.now() - t0 < 3000 && (w.__ran === undefined || settled === null)) await new Promise((r) => setTimeout(r, 5));
        return { call, released: w.__ran === undefined ? null : w.__ran - t0, settled };
      });
      if (label == 'hanging endpoint') await ep.waitFor(() => ep.posts().length > 0, 5000, 'the hanging POST');
    }
    console.info(`[records] acceptAll timings (ms): ${JSON.stringify(timings)}`);

    for (const [label, t] of Object.entries(timings)) {
      expect(t.released, `${label}: held script released`).not.toBeNull();
      expect(t.released!, `${label}: released within 500 ms`).toBeLessThan(500);
      expect(t.call, `${label}: the acceptAll() call itself stays short`).toBeLessThan(200);
      expect(t.settled, `${label}: acceptAll()'s promise does not wait for the POST`).not.toBeNull();
      expect(t.settled!, `${label}: acceptAll()'s promise does not wait for the POST`).toBeLessThan(1000);
    }
    expect(
      ep.posts().every((p) => p.status === null),
      'the endpoint was still hanging',
    ).toBe(true);
  });

  it('when the visitor clicks Accept all in the banner, it should hide the banner and release held scripts as fast as without an endpoint', async () => {
    ep.set('hang');
    const HELD = `<script type="text/plain" data-category="analytics">window.__ran = performance.now()</script>`;
    const timings: Record<string, { hidden: number; released: number | null }> = {};
    for (const [label, config] of [
      ['no endpoint', {}],
      ['hanging endpoint', { endpoint: '/consent' }],
    ] as const) {
      const context = await freshContext();
      const { page } = await openReady(recordsPage(config, HELD), context);
      await page.locator('consentry-ui button[data-action=accept-all]').waitFor();
      // The click and the clock are both in the page, so nothing of the test's own round trips counts.
      timings[label] = await page.evaluate(async () => {
        const w = window as unknown as { __ran?: number };
        const root = document.querySelector('consentry-ui')!.shadowRoot!;
        const t0 = performance.now();
        root.querySelector<HTMLButtonElement>('button[data-action=accept-all]')!.click();
        // Checked in the next frame, before it paints: the banner must already be gone.
        await new Promise(requestAnimationFrame);
        const hidden = root.querySelector('.banner') ? -1 : performance.now() - t0;
        while (performance.now() - t0 < 3000 && w.__ran === undefined) await new Promise((r) => setTimeout(r, 5));
        return { hidden, released: w.__ran === undefined ? null : w.__ran - t0 };
      });
      if (label == 'hanging endpoint') await ep.waitFor(() => ep.posts().length > 0, 5000, 'the hanging POST');
    }
    console.info(`[records] banner Accept all timings (ms): ${JSON.stringify(timings)}`);
    for (const [label, t] of Object.entries(timings)) {
      // The banner goes with the click's decision, or at the latest in the next frame: never waiting for the endpoint.
      expect(t.hidden, `${label}: the banner is gone before the next paint`).toBeGreaterThanOrEqual(0);
      expect(t.hidden, `${label}: the banner hides at once`).toBeLessThan(100);
      expect(t.released, `${label}: held script released`).not.toBeNull();
      expect(t.released!, `${label}: released within 500 ms`).toBeLessThan(500);
    }
    expect(ep.posts().length, 'one record was posted').toBe(1);
    expect(
      ep.posts().every((p) => p.status === null),
      'the endpoint was still hanging',
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that fails half the time at random', () => {
  it(
    'when the visitor makes 200 decisions, it should deliver every record, never resend an acknowledged one and end with an empty outbox',
    async () => {
      ep.set('random');
      const context = await freshContext();
      const path = recordsPage({ endpoint: '/consent' });
      const { page } = await openReady(path, context);

      const started = Date.now();
      await consentry(page, async (c) => {
        for (let i = 0; i < 200; i++) await c.setConsent({ analytics: i % 2 == 0 });
      });
      console.info(`[records] 200 decisions took ${Date.now() - started} ms`);
      ep.onlyFrom(await consentry(page, (c) => c.getConsent()!.consentId));

      // Flush: let the page retry; whenever the endpoint has been quiet for 1.5 s (the page is in a
      // backoff pause), reload (a fresh load flushes the outbox), until every record is acknowledged
      // and the outbox is empty. Reloading only in a quiet spell means no fetch is cut off between
      // the server's 2xx and the page reading it (such a send's outcome is unknown and may repeat).
      const navigations: number[] = [];
      const deadline = Date.now() + FLUSH_MS;
      for (;;) {
        await ep.waitQuiet(1500, 10_000);
        if (ep.ackedIds().length >= 200 && (await outboxSize(page)) == 0) break;
        if (Date.now() > deadline) break;
        navigations.push(Date.now());
        await page.reload();
        await ready(page);
      }
      const beacons = ep.posts().filter((a) => a.via == 'beacon');
      const perTen = ep
        .posts()
        .reduce<number[]>((b, a) => ((b[Math.floor((a.at - started) / 10_000)] = (b[Math.floor((a.at - started) / 10_000)] || 0) + 1), b), []);
      console.info(
        `[records] ${ep.posts().length} sends (${beacons.length} by beacon; most beacons of one id: ${Math.max(0, ...ep.ids().map((id) => beacons.filter((a) => a.ids.includes(id)).length))}), ` +
          `sends per 10 s: ${[...perTen].map((n) => n || 0).join(' ')}; ${navigations.length} reloads, ${ep.ackedIds().length} ids acknowledged, ` +
          `outbox ${await outboxSize(page)} after ${Date.now() - started} ms`,
      );

      const ids = ep.ids();
      expect(ids, 'distinct record ids received').toHaveLength(200);
      expect(ep.ackedIds(), 'every record acknowledged with 2xx').toHaveLength(200);
      const methods = ep.posts().reduce<Record<string, string>>((m, a) => ({ ...m, [a.ids[0]]: (a.body as ConsentRecord).method }), {});
      expect(Object.values(methods).filter((m) => m == 'withdraw')).toHaveLength(100);
      expect(Object.values(methods).filter((m) => m == 'custom')).toHaveLength(100);
      for (const a of ep.posts().slice(0, 20)) expect(validate(SCHEMA, a.body)).toEqual([]);

      // No record acknowledged with 2xx to a fetch whose answer the page certainly read is sent again.
      // (A 2xx answered to a beacon, or to a fetch cut off by a reload, is an unknown outcome for the
      // page: design.md lets those repeat, and `id` lets the receiver drop them.)
      const resentAfterAck: string[] = [];
      for (const a of ep.posts().filter((x) => fetched(x) && is2xx(x))) {
        const t = a.answeredAt!;
        if (navigations.some((n) => n > t - 200 && n < t + 500)) continue;
        for (const id of a.ids)
          if (ep.arrivalsOf(id).some((x) => x.n > a.n))
            resentAfterAck.push(
              `${id} (${ep
                .arrivalsOf(id)
                .map((x) => `${x.via}:${x.status}`)
                .join(' ')})`,
            );
      }
      expect(resentAfterAck).toEqual([]);
      const ackedTwice = ids.filter((id) => ep.arrivalsOf(id).filter((x) => fetched(x) && is2xx(x)).length > 1);
      const ackedTwiceAny = ids.filter((id) => ep.acked(id) > 1);
      console.info(`[records] ids acknowledged twice: by fetch ${ackedTwice.length}, any way ${ackedTwiceAny.length}`);

      expect(await outboxSize(page), 'outbox empty at the end').toBe(0);
      expect((await seen(page)).filter((e) => e.status == 'dropped')).toEqual([]);
    },
    FLUSH_MS + 90_000,
  );
});

// ---------------------------------------------------------------------------------------------
describe('given one outbox and two tabs', () => {
  it.each<[string, Host]>([
    ['127.0.0.1 (Web Locks)', 'local'],
    ['www.site.test (plain http: no Web Locks)', 'site'],
  ])('on %s: when both tabs open at once against a healthy endpoint, it should send no record id twice', async (_, host) => {
    const context = await freshContext();
    const a = await openReady(recordsPage({ endpoint: await deadUrl() }), context, host);
    await consentry(a.page, async (c) => {
      for (let i = 0; i < 20; i++) await c.setConsent({ analytics: i % 2 == 0 });
    });
    await expect.poll(() => outboxSize(a.page), POLL).toBe(20);
    const made = (await outbox(a.page)).map((r) => r.id);
    await a.page.close();
    expect(ep.arrivals).toEqual([]);

    const path = recordsPage({ endpoint: '/consent' });
    const [b, c] = await Promise.all([h.open(path, { context, host }), h.open(path, { context, host })]);
    await Promise.all([ready(b.page), ready(c.page)]);

    // Without Web Locks a closed tab's lease holds the others up for a few seconds.
    await ep.waitFor(() => ep.ackedIds().length >= 20, 30_000, 'all 20 records');
    await ep.waitQuiet(1500);
    expect(ep.ids().sort()).toEqual([...made].sort());
    expect(
      ep.ids().filter((id) => ep.sends(id) > 1),
      'ids sent more than once',
    ).toEqual([]);
    expect(ep.posts()).toHaveLength(20);
    await expect.poll(() => outboxSize(b.page), POLL).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that answers 400', () => {
  it('when the visitor decides, it should drop the record with one console error and a record event, and never retry it', async () => {
    ep.set('bad');
    const context = await freshContext();
    const path = recordsPage({ endpoint: '/consent' });
    const { page, messages } = await openReady(path, context);
    await consentry(page, (c) => {
      const w = window as unknown as { __onRecord: Seen[] };
      w.__onRecord = [];
      c.on('record', (...args: unknown[]) => {
        const d = args[0] as { status: string; record?: { id: string } };
        w.__onRecord.push({ status: d.status, id: d.record?.id });
      });
    });

    await decide(page, 'accept');

    await expect.poll(async () => (await seen(page)).map((e) => e.status), POLL).toEqual(['dropped']);
    const id = ep.posts()[0].ids[0];
    expect((await seen(page))[0].id).toBe(id);
    expect(await page.evaluate(() => (window as unknown as { __onRecord: Seen[] }).__onRecord)).toEqual([{ status: 'dropped', id }]);
    await expect.poll(() => outboxSize(page), POLL).toBe(0);
    await sleep(3000);
    expect(ep.sends(id)).toBe(1);
    expect(ours(messages, 'error'), 'exactly one [consentry] error').toHaveLength(1);

    await page.reload();
    await ready(page);
    await sleep(2000);
    expect(ep.sends(id)).toBe(1);
    expect(ep.posts()).toHaveLength(1);
    expect(ours(messages, 'error')).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
describe('given an endpoint that answers 302 (a URL moved, a slash added)', () => {
  it('when the visitor decides, it should not follow it (the record would arrive as a bodiless GET), say why once, keep the record and deliver it once the endpoint answers', async () => {
    ep.queue('redirect', 'redirect');
    const context = await freshContext();
    const { page, messages } = await openReady(recordsPage({ endpoint: '/consent' }), context);

    await decide(page, 'accept');

    await expect.poll(async () => (await seen(page)).map((e) => e.status), { ...POLL, timeout: 20_000 }).toEqual(['failed', 'failed', 'delivered']);
    expect(ep.arrivals.map((a) => [a.method, a.status])).toEqual([
      ['POST', 302],
      ['POST', 302],
      ['POST', 200],
    ]);
    expect(new Set(ep.posts().map((a) => a.ids[0])).size).toBe(1);
    expect(ours(messages, 'error').map((m) => m.text)).toEqual([
      '[consentry] the endpoint /consent answered with a redirect; records are not sent through redirects, so they wait: set endpoint to the URL it redirects to',
    ]);
    await expect.poll(() => outboxSize(page), POLL).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
describe('given maxQueue 3 and an endpoint that is down', () => {
  it('when five records wait, it should drop the two oldest with a warning and a record event each, and deliver the rest later', async () => {
    const context = await freshContext();
    const a = await openReady(recordsPage({ endpoint: { url: await deadUrl(), maxQueue: 3 } }), context);

    await consentry(a.page, async (c) => {
      for (let i = 0; i < 5; i++) {
        await c.setConsent({ analytics: i % 2 == 0 });
        await new Promise((r) => setTimeout(r, 20)); // distinct timestamps
      }
    });

    await expect.poll(async () => (await seen(a.page)).filter((e) => e.status == 'dropped').length, POLL).toBe(2);
    const dropped = (await seen(a.page)).filter((e) => e.status == 'dropped');
    const kept = await outbox(a.page);
    expect(kept).toHaveLength(3);
    const newestDropped = Math.max(...dropped.map((d) => Date.parse(d.timestamp!)));
    for (const r of kept) expect(Date.parse(r.timestamp)).toBeGreaterThan(newestDropped);
    expect(ours(a.messages, 'warning').length, '[consentry] warning for the drops').toBeGreaterThanOrEqual(1);
    await a.page.close();

    await openReady(recordsPage({ endpoint: '/consent' }), context);
    await ep.waitFor(() => ep.ackedIds().length >= 3, 8000, 'the three kept records');
    await ep.waitQuiet(1000);
    expect(ep.ids().sort()).toEqual(kept.map((r) => r.id).sort());
  });
});

describe('the text archive (`npx consentry texts`)', () => {
  it.each(['en', 'nb'])(
    "with the site config and language %s: the textHash of a record made by clicking Accept all, Save choices in the dialog, or a placeholder's Allow and load should be the one the archive lists",
    async (language) => {
      const config = language == 'en' ? TEXTS_CONFIG : { ...TEXTS_CONFIG, language };
      const archive = textArchive(config);
      expect(archive.revision).toBe(4);
      const texts = archive.languages[language];
      // This test's records: the language's, at this config's revision (the other language's test ran just before).
      const ours = (r: ConsentRecord) => r.language == language && r.revision == archive.revision;

      const a = await openReady(h.page({ head: consentryTag(config) }), await freshContext());
      await layerShown(a.page, UI, '.banner');
      expect(await textsOnScreen(a.page, UI, '.banner'), 'the archive has the banner texts on screen').toEqual(texts.banner.texts);
      await a.page.locator(`${UI} button[data-action=accept-all]`).click();
      const fromBanner = await nextRecord(0, 'the banner record', ours);
      expect(fromBanner).toMatchObject({ source: 'banner', language, revision: archive.revision });
      expect(fromBanner.textHash).toBe(texts.banner.textHash);

      const b = await openReady(h.page({ head: consentryTag(config) }), await freshContext());
      await layerShown(b.page, UI, '.banner');
      await b.page.locator(`${UI} button[data-action=customize]`).click();
      await layerShown(b.page, UI, 'dialog.prefs');
      expect(await textsOnScreen(b.page, UI, 'dialog.prefs'), 'the archive has the dialog texts on screen').toEqual(texts.dialog.texts);
      await b.page.locator(`${UI} dialog.prefs .foot button`).last().click();
      const fromDialog = await nextRecord(1, 'the dialog record', ours);
      expect(fromDialog).toMatchObject({ source: 'preferences', language });
      expect(fromDialog.textHash).toBe(texts.dialog.textHash);

      // A held YouTube embed's placeholder: Allow and load.
      h.route('/embed.html', '<p>embedded</p>');
      const body = '<iframe data-category="marketing" data-service="youtube" data-src="/embed.html" width="320" height="180"></iframe>';
      const c = await openReady(h.page({ head: consentryTag(config), body }), await freshContext());
      const PH = 'consentry-ui[data-placeholder]';
      await layerShown(c.page, PH, '.placeholder');
      const youtube = texts.placeholders['marketing.youtube'];
      expect(await textsOnScreen(c.page, PH, '.placeholder'), 'the archive has the placeholder texts on screen').toEqual(youtube.texts);
      await c.page.locator(`${PH} .placeholder button`).click();
      const fromPlaceholder = await nextRecord(2, 'the placeholder record', ours);
      expect(fromPlaceholder).toMatchObject({ source: 'placeholder', language });
      expect(fromPlaceholder.textHash).toBe(youtube.textHash);
    },
  );
});
