// The guards beyond cookies (design.md, "Guards beyond cookies"): storage writes dropped, requests
// to a service's hosts refused, its IndexedDB databases deleted, unmarked scripts auto-blocked,
// each while the service is not allowed, in Chromium against the built files.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { consentry, consentryTag, databases, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
/** The collection host of the test tracker; *.site.test resolves to the test server. */
const collector = () => h.siteOrigin.replace('www.', 'collect.');

const config = (extra: object = {}) => ({
  categories: {
    necessary: {},
    analytics: {
      services: {
        tracker: { storage: ['/^trk_/'], indexedDB: ['/^trackdb/'], hosts: ['collect.site.test', '*.cdn.site.test'] },
        other: { cookies: ['other'] },
      },
    },
  },
  ...extra,
});

/** Requests the test collector received, by path. */
function countHits() {
  const hits: string[] = [];
  h.route('/collect', (req, res) => {
    hits.push(req.method!);
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
    res.end();
  });
  return hits;
}

/** fetch, XMLHttpRequest and sendBeacon to the collector, each as the page sees the outcome. */
const send = (page: Page) =>
  page.evaluate(async (url) => {
    const fetched = await fetch(url + '/collect', { mode: 'no-cors' }).then(
      () => 'ok',
      (e: Error) => 'refused: ' + e.message,
    );
    const xhr = await new Promise<string>((done) => {
      const x = new XMLHttpRequest();
      x.open('GET', url + '/collect');
      x.onload = () => done('load');
      x.onerror = () => done('error');
      x.send();
    });
    const beacon = navigator.sendBeacon(url + '/collect', 'x');
    return { fetched, xhr, beacon };
  }, collector());

describe('storage guard', () => {
  it('given a declared key, it should drop setItem writes before consent and after withdrawal, without throwing, let them through while allowed, and remove property writes when the page is left', async () => {
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    const write = () =>
      page.evaluate(() => {
        localStorage.setItem('trk_id', '1');
        (localStorage as unknown as Record<string, string>).trk_prop = '2';
        sessionStorage.setItem('trk_session', '3');
        localStorage.setItem('site_key', 'kept');
        return [localStorage.getItem('trk_id'), localStorage.getItem('trk_prop'), sessionStorage.getItem('trk_session'), localStorage.getItem('site_key')];
      });
    // A property write cannot be stopped on the browser's own Storage object (docs/blocking.md).
    expect(await write(), 'before consent').toEqual([null, '2', null, 'kept']);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    expect(await write(), 'allowed').toEqual(['1', '2', '3', 'kept']);

    await consentry(page, (c) => c.rejectAll());
    await expect.poll(() => page.evaluate(() => localStorage.getItem('trk_id')), POLL).toBeNull();
    expect(await write(), 'after withdrawal').toEqual([null, '2', null, 'kept']);

    // Left for a page of the same site without Consentry: the property write went with the page.
    await page.goto(h.origin + h.page({ head: '' }));
    expect(await page.evaluate(() => [localStorage.getItem('trk_prop'), localStorage.getItem('site_key')])).toEqual([null, 'kept']);
  });

  it("given the guard, window.localStorage should stay the browser's Storage: another tab's storage event carries it, and new StorageEvent accepts it", async () => {
    const { page, context } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    const made = await page.evaluate(() => {
      // posthog-js syncs tabs only when this holds.
      addEventListener('storage', (e) => ((window as unknown as { __same: boolean }).__same = e.storageArea === window.localStorage));
      try {
        return new StorageEvent('storage', { key: 'k', storageArea: localStorage }).storageArea === localStorage;
      } catch (e) {
        return String(e);
      }
    });
    expect(made, 'new StorageEvent with the guarded localStorage').toBe(true);
    const other = await context.newPage();
    await other.goto(h.origin + h.page({ head: '' }));
    await other.evaluate(() => localStorage.setItem('site_sync', String(Date.now())));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __same?: boolean }).__same), POLL).toBe(true);
  });

  it('given an inline script right after the Consentry tag that writes a declared key, the key should be gone by ready', async () => {
    const head = `${consentryTag(config())}\n<script>localStorage.setItem('trk_early', '1')</script>`;
    const { page } = await h.open(h.page({ head }));
    await ready(page);
    expect(await page.evaluate(() => localStorage.getItem('trk_early'))).toBeNull();
  });
});

describe('early hold (before the guards chunk has arrived)', () => {
  /** An inline script right after Consentry's tag: a declared key, a site key, and fetch, XHR and beacon to the collector. */
  const early = (url: string) => `<script>
  localStorage.setItem('trk_early', '1');
  localStorage.setItem('site_early', '1');
  window.__early = { stored: localStorage.getItem('trk_early'), site: localStorage.getItem('site_early') };
  fetch('${url}/collect?early=fetch', { mode: 'no-cors' }).then(() => (__early.fetched = 'ok'), (e) => (__early.fetched = 'refused: ' + e.message));
  const x = new XMLHttpRequest();
  x.open('POST', '${url}/collect?early=xhr');
  x.setRequestHeader('Content-Type', 'text/plain');
  x.onload = () => (__early.xhr = 'load');
  x.onerror = () => (__early.xhr = 'error');
  x.send('x');
  navigator.sendBeacon('${url}/collect?early=beacon', 'x');
</script>`;
  const outcome = (page: Page) => page.evaluate(() => (window as unknown as { __early: Record<string, string | null> }).__early);

  it('given an inline script right after the Consentry tag, its declared storage key and its fetch, XHR and beacon to a declared host should be refused before consent, and go through after consent', async () => {
    const hits = countHits();
    const path = h.page({ head: `${consentryTag(config())}\n${early(collector())}` });
    const { page } = await h.open(path);
    await ready(page);
    await expect.poll(() => outcome(page).then((o) => o.xhr), POLL).toBeDefined();
    await expect.poll(() => outcome(page).then((o) => o.fetched), POLL).toBeDefined();
    const before = await outcome(page);
    expect(before, 'before consent').toMatchObject({ stored: null, site: '1', xhr: 'error' });
    expect(before.fetched).toMatch(/^refused: \[consentry\] refused a request to http:\/\/collect\.site\.test/);
    await page.waitForTimeout(300);
    expect(hits, 'nothing reached the collector before consent').toEqual([]);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await page.reload();
    await ready(page);
    await expect.poll(() => outcome(page).then((o) => o.xhr), POLL).toBeDefined();
    await expect.poll(() => outcome(page).then((o) => o.fetched), POLL).toBeDefined();
    expect(await outcome(page), 'after consent').toEqual({ stored: '1', site: '1', fetched: 'ok', xhr: 'load' });
    await expect.poll(() => hits.slice().sort(), POLL).toEqual(['GET', 'POST', 'POST']);
  });
});

describe("early hold and the site's own requests", () => {
  it("given the guards chunk arriving late, the page's own fetch, XHR and beacon right after the Consentry tag should go at once, and a request to a declared host should still wait and be refused", async () => {
    const own: number[] = [];
    h.route('/own', (_req, res) => {
      own.push(Date.now());
      res.writeHead(204);
      res.end();
    });
    const hits = countHits();
    const context = await h.newContext();
    let guardsAt = 0;
    await context.route('**/consentry-guards.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      guardsAt = Date.now();
      await route.continue();
    });
    const script = `<script>
  fetch('/own?fetch');
  const x = new XMLHttpRequest();
  x.open('POST', '/own?xhr');
  x.send('x');
  navigator.sendBeacon('/own?beacon', 'x');
  fetch('${collector()}/collect?early', { mode: 'no-cors' }).then(() => (window.__away = 'ok'), (e) => (window.__away = e.message));
</script>`;
    const { page } = await h.open(h.page({ head: `${consentryTag(config())}\n${script}` }), { context });
    await expect.poll(() => own.length, POLL).toBe(3);
    await ready(page);
    expect(guardsAt, 'the guards chunk was served late').toBeGreaterThan(0);
    expect(Math.max(...own), 'own requests went before the guards chunk arrived').toBeLessThan(guardsAt);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __away?: string }).__away), POLL).toMatch(/^\[consentry\] refused a request/);
    expect(hits).toEqual([]);
  });
});

describe('network guard', () => {
  it('given a declared host, fetch, XHR and sendBeacon to it should be refused before consent and after withdrawal, and reach it while allowed', async () => {
    const hits = countHits();
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    const before = await send(page);
    expect(before.fetched).toMatch(/^refused: \[consentry\] refused a request to http:\/\/collect\.site\.test/);
    expect(before).toMatchObject({ xhr: 'error', beacon: false });
    expect(hits).toEqual([]);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    expect(await send(page)).toEqual({ fetched: 'ok', xhr: 'load', beacon: true });
    await expect.poll(() => hits.length, POLL).toBe(3);

    await consentry(page, (c) => c.rejectAll());
    expect(await send(page)).toMatchObject({ xhr: 'error', beacon: false, fetched: expect.stringMatching(/^refused/) });
    await page.waitForTimeout(300);
    expect(hits.length, 'nothing reached the collector after withdrawal').toBe(3);
  });

  it('given a host of a service that is not declared, requests to it should pass', async () => {
    h.route('/elsewhere', { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } });
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    const status = await page.evaluate((url) => fetch(url + '/elsewhere').then((r) => r.status), h.siteOrigin);
    expect(status).toBe(204);
  });
});

describe('network guard: XMLHttpRequest as a network error', () => {
  it('given a declared host, a refused XHR should fire what a request that fails in the network fires, with the same readyState and status', async () => {
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    /** The events of an XHR to `url`, each with readyState and status as a handler reads them. */
    const events = (url: string) =>
      page.evaluate(
        (url) =>
          new Promise<string[]>((done) => {
            const x = new XMLHttpRequest();
            x.open('POST', url);
            const seen: string[] = [];
            for (const type of ['readystatechange', 'loadstart', 'progress', 'error', 'abort', 'load', 'loadend', 'timeout'])
              x.addEventListener(type, () => seen.push(`${type} ${x.readyState} ${x.status}`));
            x.onloadend = () => setTimeout(() => done(seen), 50);
            x.send('x');
            seen.push(`sent ${x.readyState}`);
          }),
        url,
      );
    // Port 1: refused by the browser itself, as a network error.
    const failed = await events('http://127.0.0.1:1/collect');
    expect(failed).toEqual(['loadstart 1 0', 'sent 1', 'readystatechange 4 0', 'error 4 0', 'loadend 4 0']);
    expect(await events(collector() + '/collect')).toEqual(failed);
  });
});

describe('network guard: images and WebSocket', () => {
  it('given a declared host, a new Image() pixel and img.setAttribute("src") to it should not reach it before consent and after withdrawal, and should while allowed', async () => {
    const hits = countHits();
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    /** Two pixels, one each way; resolves with their load/error outcomes. */
    const pixels = () =>
      page.evaluate((url) => {
        const a = new Image();
        const b = document.createElement('img');
        document.body.append(b);
        const outcome = (img: HTMLImageElement) => new Promise<string>((done) => ((img.onload = () => done('load')), (img.onerror = () => done('error'))));
        const both = Promise.all([outcome(a), outcome(b)]);
        a.src = url + '/collect?pixel=a';
        b.setAttribute('src', url + '/collect?pixel=b');
        return both.then((o) => ({ outcome: o, srcs: [a.getAttribute('src'), b.getAttribute('src')] }));
      }, collector());
    expect(await pixels(), 'before consent').toEqual({ outcome: ['error', 'error'], srcs: [null, null] });
    await page.waitForTimeout(300);
    expect(hits, 'nothing reached the collector before consent').toEqual([]);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    expect((await pixels()).srcs, 'allowed').toEqual([collector() + '/collect?pixel=a', collector() + '/collect?pixel=b']);
    await expect.poll(() => hits.length, POLL).toBe(2);

    await consentry(page, (c) => c.rejectAll());
    expect((await pixels()).srcs, 'after withdrawal').toEqual([null, null]);
    await page.waitForTimeout(300);
    expect(hits.length, 'nothing reached the collector after withdrawal').toBe(2);
  });

  it('given a declared host, a WebSocket to it should fail before consent and after withdrawal (an open one closes at its next message), and connect while allowed', async () => {
    const socket = await socketServer();
    onTestFinished(socket.close);
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    const url = `ws://collect.site.test:${socket.port}/live`;
    /** Opens a socket; resolves with the events it got, in order, and whether it is an instance of WebSocket. */
    const connect = () =>
      page.evaluate((url) => {
        const ws = new WebSocket(url);
        (window as unknown as { ws: WebSocket }).ws = ws;
        const seen: string[] = [];
        return new Promise<{ seen: string[]; instance: boolean; state: number }>((done) => {
          const finish = () => done({ seen, instance: ws instanceof WebSocket, state: ws.readyState });
          ws.onopen = () => (seen.push('open'), ws.send('hello'), finish());
          ws.addEventListener('error', () => seen.push('error'));
          ws.onclose = (e) => (seen.push('close ' + e.code), finish());
        });
      }, url);
    expect(await connect(), 'before consent').toEqual({ seen: ['error', 'close 1006'], instance: true, state: 3 /* CLOSED */ });
    expect(socket.connections, 'no connection reached the server before consent').toBe(0);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    expect((await connect()).seen, 'allowed').toEqual(['open']);
    await expect.poll(() => socket.messages, POLL).toEqual(['hello']);

    await consentry(page, (c) => c.rejectAll());
    // The socket opened while allowed tries to send again: it is closed instead.
    const state = await page.evaluate(() => {
      const ws = (window as unknown as { ws: WebSocket }).ws;
      ws.send('after withdrawal');
      return ws.readyState;
    });
    expect(state, 'the open socket closes').toBeGreaterThanOrEqual(2 /* CLOSING */);
    expect((await connect()).seen, 'after withdrawal').toEqual(['error', 'close 1006']);
    await page.waitForTimeout(300);
    expect({ connections: socket.connections, messages: socket.messages }, 'nothing reached the server after withdrawal').toEqual({
      connections: 1,
      messages: ['hello'],
    });
  });
});

/** A WebSocket server on 127.0.0.1 (reached as collect.site.test): counts connections and the messages it received. */
async function socketServer() {
  const server = createServer();
  // Upgraded sockets leave the server's books: destroyed here, or closing the server waits for them.
  const sockets: Duplex[] = [];
  const close = () => new Promise<void>((done) => (sockets.forEach((s) => s.destroy()), server.close(() => done())));
  const counts = { port: 0, connections: 0, messages: [] as string[], close };
  server.on('upgrade', (req, socket) => {
    counts.connections++;
    sockets.push(socket);
    const accept = createHash('sha1')
      .update(req.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
      .digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    // A short client frame: opcode, masked length (< 126), mask, masked text. A close frame is not a message.
    socket.on('data', (d: Buffer) => {
      if ((d[0] & 0xf) != 1) return;
      const mask = d.subarray(2, 6);
      counts.messages.push(String(Buffer.from(d.subarray(6, 6 + (d[1] & 0x7f)).map((b, i) => b ^ mask[i % 4]))));
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  counts.port = (server.address() as AddressInfo).port;
  return counts;
}

describe('IndexedDB clearing', () => {
  type Cleared = { removed: string[]; pending: string[]; byKind: { indexedDB: string[] } };
  /** Collects the page's `cleared` events from now on (again: forgets those so far). */
  const listen = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { __cleared?: unknown[] };
      if (!w.__cleared) addEventListener('consentry:cleared', (e) => w.__cleared!.push((e as CustomEvent).detail));
      w.__cleared = [];
    });
  const firstCleared = async (page: Page) => {
    await expect.poll(() => page.evaluate(() => (window as unknown as { __cleared: unknown[] }).__cleared.length), POLL).toBeGreaterThan(0);
    return (await page.evaluate(() => (window as unknown as { __cleared: Cleared[] }).__cleared))[0];
  };
  /**
   * Allows the tracker, and waits out that decision's own sweeps (it refuses `other`'s cookie): the
   * sweep and its second pass 1.5 s later. Their `cleared` events must not be taken for the
   * withdrawal's: on a loaded machine the second pass came after `listen` (CI, session 6).
   */
  const allowTracker = async (page: Page) => {
    await listen(page);
    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __cleared: unknown[] }).__cleared.length), POLL).toBe(2);
  };
  /** Opens a database; `keep` leaves the connection open (on window.__db), as a running tracker does. */
  const openDb = (page: Page, name: string, keep = false) =>
    page.evaluate(
      ([name, keep]) =>
        new Promise<void>((done) => {
          const r = indexedDB.open(name);
          r.onsuccess = () => (keep ? ((window as unknown as { __db: IDBDatabase }).__db = r.result) : r.result.close(), done());
        }),
      [name, keep] as const,
    );

  it('given a declared database, on withdrawal it should be deleted and listed in the cleared event by kind', async () => {
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    await allowTracker(page);
    await openDb(page, 'trackdb-1');
    // A tracker still running keeps this one open: the guard closes it when the deletion asks.
    await openDb(page, 'trackdb-live', true);
    await listen(page);
    await consentry(page, (c) => c.rejectAll());
    const detail = await firstCleared(page);
    expect(detail.byKind.indexedDB.sort()).toEqual(['trackdb-1', 'trackdb-live']);
    expect(detail.removed).toContain('trackdb-1');
    expect(detail.pending).toEqual([]);
    expect(await databases(page)).not.toContain('trackdb-1');
    expect(await databases(page)).not.toContain('trackdb-live');
  });

  it('given a database a script opened before Consentry and keeps open, its deletion should be reported pending, and happen once the connection closes', async () => {
    // Opened before Consentry's tag: the guard never saw this connection and cannot close it.
    const early = `<script>indexedDB.open('trackdb-early').onsuccess = (e) => (window.__early = e.target.result);</script>`;
    const { page } = await h.open(h.page({ head: `${early}\n${consentryTag(config())}` }));
    await ready(page);
    await expect.poll(() => page.evaluate(() => !!(window as unknown as { __early?: IDBDatabase }).__early), POLL).toBe(true);
    await allowTracker(page);
    await openDb(page, 'trackdb-1');
    await listen(page);
    await consentry(page, (c) => c.rejectAll());
    const detail = await firstCleared(page);
    expect({ byKind: detail.byKind.indexedDB, pending: detail.pending }).toEqual({ byKind: ['trackdb-1'], pending: ['trackdb-early'] });
    expect(detail.removed).not.toContain('trackdb-early');
    expect(await databases(page)).toContain('trackdb-early');
    // The tracker lets go: the waiting deletion goes through.
    await page.evaluate(() => (window as unknown as { __early: IDBDatabase }).__early.close());
    await expect.poll(() => databases(page), POLL).not.toContain('trackdb-early');
  });
});

describe('auto-blocking (autoBlock: true)', () => {
  it('given unmarked scripts from a declared host, one in the HTML and one added by code, they should be held until the service is allowed', async () => {
    let served = 0;
    h.route('/tracker.js', (_req, res) => {
      served++;
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end('window.trackerRuns = (window.trackerRuns || 0) + 1;');
    });
    // A slow script holds the parser until the guards are in force (they load while it waits).
    h.route('/slow.js', (_req, res) => setTimeout(() => (res.writeHead(200, { 'Content-Type': 'text/javascript' }), res.end('')), 1000));
    const src = collector().replace('collect.', 'js.cdn.') + '/tracker.js';
    const head = `${consentryTag(config({ autoBlock: true }))}\n<script src="/slow.js"></script>\n<script src="${src}"></script>`;
    const { page } = await h.open(h.page({ head }));
    await ready(page);
    await page.evaluate((url) => {
      const s = document.createElement('script');
      s.src = url;
      document.head.appendChild(s);
    }, src);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { trackerRuns?: number }).trackerRuns), 'before consent').toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('script[data-service="tracker"][type="text/plain"]').length)).toBe(2);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { trackerRuns?: number }).trackerRuns), POLL).toBe(2);
    expect(served).toBeGreaterThanOrEqual(2);
  });
});

describe('auto-blocking: scripts code inserts', () => {
  /** Serves `path` as a script that counts its runs in `window.runs[name]`. */
  const counting = (path: string, name: string, headers: Record<string, string> = {}) =>
    h.route(path, {
      headers: { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*', ...headers },
      body: `(window.runs = window.runs || {}).${name} = (window.runs.${name} || 0) + 1;`,
    });
  const runs = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { runs?: Record<string, number> }).runs }));

  it('given a script that ran as code inserted it (createContextualFragment) and one that never runs (innerHTML, appended, then fetched again as jQuery does), neither should run again on consent', async () => {
    counting('/ctx.js', 'ctx');
    counting('/widget.js', 'widget');
    const { page } = await h.open(h.page({ head: consentryTag(config({ autoBlock: true })) }));
    await ready(page);
    await page.evaluate((url) => {
      document.body.append(document.createRange().createContextualFragment(`<script src="${url}/ctx.js"></script>`));
      const tmp = document.createElement('div');
      tmp.innerHTML = `<script src="${url}/widget.js"></script>`;
      document.body.append(tmp.firstChild!);
      const s = document.createElement('script');
      s.src = url + '/widget.js';
      document.head.append(s);
    }, collector());
    // The fragment's script started as it was inserted: out of reach (docs/blocking.md).
    await expect.poll(() => runs(page), POLL).toEqual({ ctx: 1 });

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(() => runs(page), POLL).toEqual({ ctx: 1, widget: 1 });
    await page.waitForTimeout(500);
    expect(await runs(page), 'each ran once').toEqual({ ctx: 1, widget: 1 });
  });

  it('given a module script and a script whose type is set after its src, both from a declared host, they should be held, then run once each with their type', async () => {
    h.route('/module.js', {
      headers: { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' },
      // import.meta is a syntax error outside a module.
      body: 'window.moduleUrl = import.meta.url;',
    });
    counting('/later.js', 'later');
    const { page } = await h.open(h.page({ head: consentryTag(config({ autoBlock: true })) }));
    await ready(page);
    await page.evaluate((url) => {
      const module = document.createElement('script');
      module.type = 'module';
      module.src = url + '/module.js';
      const later = document.createElement('script');
      later.src = url + '/later.js';
      later.type = 'text/javascript';
      document.head.append(module, later);
    }, collector());
    await page.waitForTimeout(500);
    const state = () =>
      page.evaluate(() => [
        (window as unknown as { moduleUrl?: string }).moduleUrl ?? null,
        (window as unknown as { runs?: { later?: number } }).runs?.later ?? 0,
      ]);
    expect(await state(), 'before consent').toEqual([null, 0]);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(state, POLL).toEqual([collector() + '/module.js', 1]);
  });
});

describe('auto-blocking of URLs set by code', () => {
  it('given a script and iframes whose src code sets (setAttribute or property) to a declared host, they should be held before consent and after withdrawal, and load once allowed', async () => {
    const served = { script: 0, frame: 0 };
    h.route('/set-tracker.js', (_req, res) => {
      served.script++;
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end('window.setRuns = (window.setRuns || 0) + 1;');
    });
    h.route('/frame.html', (_req, res) => {
      served.frame++;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<p>frame</p>');
    });
    const { page } = await h.open(h.page({ head: consentryTag(config({ autoBlock: true })) }));
    await ready(page);
    /** A script by setAttribute, an iframe by setAttribute before insertion, one by property after. */
    const add = () =>
      page.evaluate((url) => {
        const s = document.createElement('script');
        s.setAttribute('src', url + '/set-tracker.js');
        document.head.append(s);
        const a = document.createElement('iframe');
        a.setAttribute('src', url + '/frame.html?a');
        const b = document.createElement('iframe');
        document.body.append(a, b);
        b.src = url + '/frame.html?b';
        return [s, a, b].map((el) => [el.getAttribute('data-service'), el.getAttribute('src')]);
      }, collector());
    const held = [
      ['tracker', collector() + '/set-tracker.js'],
      ['tracker', null],
      ['tracker', null],
    ];
    expect(await add(), 'before consent').toEqual(held);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { setRuns?: number }).setRuns), 'the script did not run').toBeUndefined();
    expect(served, 'nothing fetched before consent').toEqual({ script: 0, frame: 0 });

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { setRuns?: number }).setRuns), POLL).toBe(1);
    await expect.poll(() => served, POLL).toEqual({ script: 1, frame: 2 });

    await consentry(page, (c) => c.rejectAll());
    expect(await add(), 'after withdrawal').toEqual(held);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { setRuns?: number }).setRuns), 'the new script did not run').toBe(1);
    expect(served, 'nothing new fetched after withdrawal').toEqual({ script: 1, frame: 2 });
  });
});

describe('honest reporting', () => {
  it('given debug: true, a script from a declared host that ran without markup should be named once', async () => {
    h.route('/plain-tracker.js', { headers: { 'Content-Type': 'text/javascript' }, body: 'window.plainRan = true;' });
    const src = collector() + '/plain-tracker.js';
    // It comes in the HTML before the guards load: it runs; debug says so instead of claiming it held.
    const head = `${consentryTag(config({ debug: true }))}\n<script src="${src}"></script>\n<script src="${src}?again"></script>`;
    const { page, messages } = await h.open(h.page({ head }));
    await ready(page);
    await expect.poll(() => messages.filter((m) => m.text.includes('ran without Consentry markup')).length, POLL).toBe(2);
    const said = messages.filter((m) => m.text.includes('ran without Consentry markup')).map((m) => m.text);
    expect(said[0]).toContain(`a script from ${src} ran without Consentry markup`);
  });

  it('given an unknown catalogue id, it should say so and keep the service without patterns', async () => {
    const head = consentryTag({ categories: { necessary: {}, analytics: { services: { x: 'no-such-service' } } } });
    const { page, messages } = await h.open(h.page({ head }));
    await ready(page);
    await expect.poll(() => messages.some((m) => m.text.includes('no catalogue service "no-such-service" could be loaded')), POLL).toBe(true);
    expect(await consentry(page, (c) => c.isAllowed('analytics.x'))).toBe(false);
  });
});

describe('network guard: EventSource and srcset', () => {
  it('given a declared host, an EventSource to it should fail before consent and after withdrawal (an open one closes at its next event), and connect while allowed', async () => {
    let streams = 0;
    const timers: NodeJS.Timeout[] = [];
    onTestFinished(() => timers.forEach(clearInterval));
    h.route('/events', (req, res) => {
      streams++;
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Access-Control-Allow-Origin': '*' });
      const timer = setInterval(() => res.write('data: tick\n\n'), 100);
      timers.push(timer);
      req.on('close', () => clearInterval(timer));
    });
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    /** Opens a stream; resolves with its first event's type, whether it is an EventSource, and its state. */
    const connect = () =>
      page.evaluate(
        (url) =>
          new Promise<{ first: string; instance: boolean; state: number }>((done) => {
            const es = new EventSource(url + '/events');
            (window as unknown as { es: EventSource }).es = es;
            const finish = (e: Event) => done({ first: e.type, instance: es instanceof EventSource, state: es.readyState });
            es.onopen = finish;
            es.onerror = finish;
          }),
        collector(),
      );
    expect(await connect(), 'before consent').toEqual({ first: 'error', instance: true, state: 2 /* CLOSED */ });
    expect(streams, 'no stream reached the server before consent').toBe(0);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    expect((await connect()).first, 'allowed').toBe('open');
    expect(streams).toBe(1);

    await consentry(page, (c) => c.rejectAll());
    // The stream opened while allowed gets its next message: it is closed instead of listened to further.
    await expect.poll(() => page.evaluate(() => (window as unknown as { es: EventSource }).es.readyState), POLL).toBe(2);
    expect(await connect(), 'after withdrawal').toMatchObject({ first: 'error', state: 2 });
    await page.waitForTimeout(300);
    expect(streams, 'no new stream after withdrawal').toBe(1);
  });

  it('given a declared host, an image srcset and a picture source srcset set by code should not reach it before consent, and should while allowed', async () => {
    const hits = countHits();
    const { page } = await h.open(h.page({ head: consentryTag(config()) }));
    await ready(page);
    const set = () =>
      page.evaluate((url) => {
        const img = document.createElement('img');
        img.srcset = url + '/collect?srcset=img 1x';
        const picture = document.createElement('picture');
        const source = document.createElement('source');
        source.setAttribute('srcset', url + '/collect?srcset=source 1x');
        const inner = document.createElement('img');
        picture.append(source, inner);
        document.body.append(img, picture);
        return [img.getAttribute('srcset'), source.getAttribute('srcset')];
      }, collector());
    expect(await set(), 'before consent').toEqual([null, null]);
    await page.waitForTimeout(300);
    expect(hits, 'nothing reached the collector before consent').toEqual([]);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    expect(await set(), 'allowed').toEqual([collector() + '/collect?srcset=img 1x', collector() + '/collect?srcset=source 1x']);
    await expect.poll(() => hits.length, POLL).toBe(2);
  });
});

describe('auto-blocking of links, srcset and inserted HTML', () => {
  it('given autoBlock, a link whose href code sets and images in HTML inserted by innerHTML and insertAdjacentHTML should not reach a declared host before consent, and load once allowed', async () => {
    const hits = countHits();
    const { page } = await h.open(h.page({ head: consentryTag(config({ autoBlock: true })) }));
    await ready(page);
    await page.evaluate((url) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = url + '/collect?link';
      document.head.append(link);
      const box = document.createElement('div');
      document.body.append(box);
      box.innerHTML = `<p>text</p><img src="${url}/collect?inner" alt="">`;
      box.insertAdjacentHTML('beforeend', `<img srcset="${url}/collect?adjacent 1x" alt="">`);
    }, collector());
    await page.waitForTimeout(500);
    expect(hits, 'nothing reached the collector before consent').toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-service="tracker"]').length), 'all three held').toBe(3);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(() => hits.length, POLL).toBe(3);
  });

  it('given autoBlock, a video <source src> from a declared host in HTML code inserts or in a subtree code adds should not be fetched before consent, and load once allowed', async () => {
    const hits: string[] = [];
    h.route('/video.mp4', (req, res) => {
      hits.push(req.url!);
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
      res.end();
    });
    const { page } = await h.open(h.page({ head: consentryTag(config({ autoBlock: true })) }));
    await ready(page);
    await page.evaluate((url) => {
      const box = document.createElement('div');
      document.body.append(box);
      box.innerHTML = `<video><source src="${url}/video.mp4?inner"></video>`;
      const video = document.createElement('video');
      const source = document.createElement('source');
      source.setAttribute('src', url + '/video.mp4?tree');
      video.append(source);
      document.body.append(video);
    }, collector());
    await page.waitForTimeout(500);
    expect(hits, 'nothing fetched before consent').toEqual([]);

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(() => hits.slice().sort(), POLL).toEqual(['/video.mp4?inner', '/video.mp4?tree']);
  });

  it('given autoBlock, a stylesheet link and an image srcset in the HTML from a declared host should be held until allowed', async () => {
    h.route('/style.css', { headers: { 'Content-Type': 'text/css', 'Access-Control-Allow-Origin': '*' }, body: 'body { color: rgb(1, 2, 3); }' });
    h.route('/slow.js', (_req, res) => setTimeout(() => (res.writeHead(200, { 'Content-Type': 'text/javascript' }), res.end('')), 1000));
    const css = collector() + '/style.css';
    const head = `${consentryTag(config({ autoBlock: true }))}\n<script src="/slow.js"></script>\n<link rel="stylesheet" href="${css}">`;
    const body = `<img id="pic" srcset="${collector()}/collect?html 1x" alt="">`;
    const { page } = await h.open(h.page({ head, body }));
    await ready(page);
    const seen = () =>
      page.evaluate(() => ({
        color: getComputedStyle(document.body).color,
        link: document.querySelector('link[data-service="tracker"]')?.getAttribute('href') ?? null,
        srcset: document.getElementById('pic')!.getAttribute('srcset'),
      }));
    // The preload scanner may have fetched them already: held means not applied.
    expect(await seen(), 'before consent').toEqual({ color: 'rgb(0, 0, 0)', link: null, srcset: null });

    await consentry(page, (c) => c.setConsent({ analytics: { tracker: true } }));
    await expect.poll(seen, POLL).toEqual({ color: 'rgb(1, 2, 3)', link: css, srcset: collector() + '/collect?html 1x' });
  });
});
