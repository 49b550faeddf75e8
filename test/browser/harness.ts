// Shared helpers for the browser tests: one Chromium and one static server per test file,
// fresh contexts per test, console and page errors collected per page, ad-hoc pages.
//
//   const h = useBrowser();                     // registers beforeAll / afterEach / afterAll
//   const { page, context, messages } = await h.open(h.page());
//   await ready(page);
//   expect(await consentry(page, (c) => c.getConsent())).toBeNull();
//
// Every test fails if a page it opened threw (`pageerror`), unless it calls h.allowPageErrors().
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/** The part of `window.Consentry` these tests use (see design.md "JavaScript API"). */
export interface ConsentryApi {
  getConsent(): Consent | null;
  isAllowed(name: string): boolean;
  acceptAll(): unknown;
  rejectAll(): unknown;
  setConsent(choice: Record<string, boolean | Record<string, boolean>>): unknown;
  reset(): unknown;
  needsReload(): boolean;
  on(event: string, fn: (...args: unknown[]) => void): () => void;
  version: string;
}
export interface Consent {
  consentId: string;
  revision: number;
  timestamp: string;
  expires: string;
  method: string;
  categories: Record<string, boolean>;
  services: Record<string, Record<string, boolean>>;
}

/** A route handler of scripts/serve.mjs: answers itself, or a plain answer, or HTML. */
export type Route =
  | string
  | { status?: number; headers?: Record<string, string>; body?: string }
  | ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => unknown);
interface Server {
  url: string;
  port: number;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export interface Message {
  type: string;
  text: string;
}
export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console messages of this page, in order (`type` is Playwright's: 'log', 'warning', 'error', …). */
  messages: Message[];
  /** Uncaught errors of this page. */
  errors: Error[];
}

/**
 * The browser and its flags as every test, the bench and the scanner run it (CHROME_PATH, else
 * /usr/bin/chromium; no background traffic of its own): the scanner's, which ships them.
 */
const chromium_ = (await import('../../packages/scan/src/findChromium.mjs' as string)) as { CHROMIUM_ARGS: string[]; findChromium(): string };
/** For `expect.poll`: generous, as CI machines run slower than a laptop, and a poll ends as soon as it holds. */
export const POLL = { timeout: 15_000, interval: 50 };

export const CHROME = chromium_.findChromium();
export const { CHROMIUM_ARGS } = chromium_;
const ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.site.test 127.0.0.1, MAP site.test 127.0.0.1'];

/** The Consentry script tag (the built file) with its JSON config, for an ad-hoc page's <head>. */
export function consentryTag(config: object = {}): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<script type="application/json" id="consentry-config">${json}</script>
<script src="/consentry/consentry.min.js" data-config="#consentry-config"></script>`;
}

/** Calls `fn(window.Consentry, arg)` in the page and returns its (serialisable) result. */
export async function consentry<R, A = undefined>(page: Page, fn: (c: ConsentryApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const handle = await page.evaluateHandle(() => (window as unknown as { Consentry: ConsentryApi }).Consentry);
  try {
    return await handle.evaluate(fn as (c: ConsentryApi, arg: unknown) => R | Promise<R>, arg);
  } finally {
    await handle.dispose();
  }
}

/** Resolves after Consentry's `ready` event (a late handler is called at once). */
export function ready(page: Page): Promise<void> {
  return consentry(page, (c) => new Promise<void>((done) => c.on('ready', () => done())));
}

/** Names of the IndexedDB databases of the page's origin. */
export function databases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name || ''));
}

/**
 * Reads (or with `value`, writes) `key` of Consentry's database (`consentry`, store `kv`) with the raw
 * IndexedDB API. Reading never creates the database: it answers `undefined` when there is none.
 */
export function idb(page: Page, key: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    async ([key, value, write]) => {
      if (!write && !(await indexedDB.databases()).some((d) => d.name == 'consentry')) return undefined;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('consentry');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      try {
        if (!db.objectStoreNames.contains('kv')) return undefined;
        const store = db.transaction('kv', write ? 'readwrite' : 'readonly').objectStore('kv');
        const request = write ? store.put(value, key) : store.get(key);
        return await new Promise((done, fail) => {
          request.onsuccess = () => done(write ? undefined : request.result);
          request.onerror = () => fail(request.error);
        });
      } finally {
        db.close();
      }
    },
    [key, value, value !== undefined] as const,
  );
}

export function useBrowser() {
  let browser: Browser;
  let server: Server;
  let contexts: BrowserContext[] = [];
  let opened: Opened[] = [];
  let allowErrors = false;
  let pages = 0;

  beforeAll(async () => {
    const serve: { startServer(options: { port: number }): Promise<Server> } = await import('../../scripts/serve.mjs' as string);
    server = await serve.startServer({ port: 0 });
    server.route('/favicon.ico', { status: 204 });
    browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
  });

  afterEach(async () => {
    const errors = opened.flatMap((o) => o.errors.map((e) => `${o.page.url()}: ${e.message}`));
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
    opened = [];
    const allowed = allowErrors;
    allowErrors = false;
    if (!allowed) expect(errors, 'page errors').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const harness = {
    /** `http://127.0.0.1:<port>` (a secure context: loopback). */
    get origin() {
      return `http://127.0.0.1:${server.port}`;
    },
    /** `http://www.site.test:<port>`: the same server under a non-secure host name. */
    get siteOrigin() {
      return `http://www.site.test:${server.port}`;
    },
    /** Adds a route to the server (see scripts/serve.mjs). */
    route(path: string, handler: Route) {
      server.route(path, handler);
    },
    /**
     * Serves an ad-hoc page and returns its path. `head` defaults to the Consentry tag;
     * `headers` are sent with it (e.g. Content-Security-Policy, Set-Cookie).
     */
    page({ head = consentryTag(), body = '', headers = {} }: { head?: string; body?: string; headers?: Record<string, string> } = {}) {
      const path = `/test/page-${++pages}.html`;
      const html = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
      server.route(path, { headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body: html });
      return path;
    },
    /** A fresh context (fresh profile: no cookies, no storage), closed after the test. */
    async newContext(options: BrowserContextOptions = {}) {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context;
    },
    /**
     * Opens `path` in a new page: of `context` if given (else a fresh context), on 127.0.0.1 or,
     * with `host: 'site'`, on www.site.test. Resolves once the page has loaded.
     */
    async open(path: string, { context, host = 'local' }: { context?: BrowserContext; host?: 'local' | 'site' } = {}): Promise<Opened> {
      context ??= await harness.newContext();
      const page = await context.newPage();
      const o: Opened = { page, context, messages: [], errors: [] };
      page.on('console', (m) => o.messages.push({ type: m.type(), text: m.text() }));
      page.on('pageerror', (e) => o.errors.push(e));
      opened.push(o);
      await page.goto((host == 'site' ? harness.siteOrigin : harness.origin) + path);
      return o;
    },
    /** This test expects page errors: do not fail it for them. */
    allowPageErrors() {
      allowErrors = true;
    },
  };
  return harness;
}
