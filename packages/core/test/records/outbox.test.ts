import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine/createEngine';
import type { Engine } from '../../src/engine/engine';
import type { KeyValueStore } from '../../src/env/env';
import { createOutbox } from '../../src/records/createOutbox';
import { writeBackup } from '../../src/records/outboxBackup';
import type { ConsentRecord, RecordEventDetail } from '../../src/types';
import { createTestEnv, deleteDatabase, settle } from '../support/createTestEnv';

type Answer = number | 'offline' | 'redirect' | [number, Record<string, string>];

/** A fetch that answers from a script of statuses and remembers what it was sent, with times. */
function stubEndpoint(answers: Answer[]) {
  const sent: Array<{ id: string; consentId: string; at: number; type: string | null; redirect?: RequestRedirect }> = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    sent.push({ id: body.id, consentId: body.consentId, at: Date.now(), type: new Headers(init.headers).get('content-type'), redirect: init.redirect });
    const a = answers.length > 1 ? answers.shift()! : answers[0];
    if (a == 'offline') throw new TypeError('Failed to fetch');
    // What fetch gives with `redirect: 'manual'` for any 3xx: an opaque answer, status 0 (Response cannot be built so).
    if (a == 'redirect') return { ok: false, status: 0, type: 'opaqueredirect', headers: new Headers() } as Response;
    const [status, headers] = Array.isArray(a) ? a : [a, {}];
    return new Response(null, { status, headers });
  });
  post = fetch;
  return sent;
}

/** The endpoint the next engine's env posts to (a test's script of answers). */
let post: (url: string, init: RequestInit) => Promise<Response>;

function start(endpoint: unknown = '/consent') {
  const engine = createEngine({ endpoint }, createTestEnv({ post }));
  const events: RecordEventDetail[] = [];
  engine.api.on('record', (d) => events.push(d));
  return { engine, events };
}
const statuses = (events: RecordEventDetail[]) => events.map((e) => e.status);
const outbox = async () =>
  new Promise<unknown[]>((resolve) => {
    const open = indexedDB.open('consentry');
    open.onsuccess = () => {
      const get = open.result.transaction('kv').objectStore('kv').get('outbox');
      get.onsuccess = () => resolve(get.result || []);
    };
  });

let errors: ReturnType<typeof vi.spyOn>;
let warnings: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  await deleteDatabase();
  localStorage.clear();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('given an endpoint', () => {
  it('when a decision is made, it should POST its record once as JSON and empty the outbox on a 2xx', async () => {
    const sent = stubEndpoint([204]);
    const { engine, events } = start();
    await engine.api.acceptAll();
    await vi.waitFor(() => expect(statuses(events)).toEqual(['delivered']));
    expect(sent).toHaveLength(1);
    expect(sent[0].type).toBe('application/json');
    expect(events[0].record).toMatchObject({ method: 'accept_all', source: 'api', textHash: null, consentId: engine.api.getConsent()!.consentId });
    expect(await outbox()).toEqual([]);
    expect(localStorage.getItem('consentry-outbox')).toBeNull();
  });

  it('when the endpoint answers 503 then 200, it should retry after a backoff and deliver once', async () => {
    const sent = stubEndpoint([503, 503, 200]);
    const { engine, events } = start();
    await engine.api.rejectAll();
    await vi.waitFor(() => expect(statuses(events)).toEqual(['failed', 'failed', 'delivered']), { timeout: 5000 });
    expect(sent.map((s) => s.id)).toEqual([sent[0].id, sent[0].id, sent[0].id]);
    const gaps = [sent[1].at - sent[0].at, sent[2].at - sent[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(300);
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    await settle(1200);
    expect(sent).toHaveLength(3);
  });

  it('when the endpoint answers 429 with Retry-After: 1, it should wait at least a second', async () => {
    const sent = stubEndpoint([[429, { 'retry-after': '1' }], 200]);
    const { engine, events } = start();
    await engine.api.acceptAll();
    await vi.waitFor(() => expect(statuses(events)).toEqual(['failed', 'delivered']), { timeout: 4000 });
    expect(sent[1].at - sent[0].at).toBeGreaterThanOrEqual(990);
  });

  it('when the endpoint answers 429 with Retry-After: 2, decisions made meanwhile should wait for it too, then all go in one round', async () => {
    const sent = stubEndpoint([[429, { 'retry-after': '2' }], 200]);
    const { engine, events } = start();
    await engine.api.acceptAll();
    await vi.waitFor(() => expect(statuses(events)).toEqual(['failed']));
    const paused = sent[0].at;
    await settle(300);
    await engine.api.rejectAll();
    await settle(300);
    await engine.api.acceptAll();
    await settle(400);
    // Nothing was sent while the receiver's pause lasts.
    expect(sent).toHaveLength(1);
    await vi.waitFor(() => expect(statuses(events)).toEqual(['failed', 'delivered', 'delivered', 'delivered']), { timeout: 5000 });
    expect(Math.min(...sent.slice(1).map((s) => s.at)) - paused).toBeGreaterThanOrEqual(1990);
  });

  it('when the endpoint answers 400, it should drop the record with one console error and never retry it', async () => {
    const sent = stubEndpoint([400]);
    const { engine, events } = start();
    await engine.api.acceptAll();
    await vi.waitFor(() => expect(statuses(events)).toEqual(['dropped']));
    await settle(800);
    expect(sent).toHaveLength(1);
    expect(errors.mock.calls.filter((c: unknown[]) => String(c[1]).includes('400'))).toHaveLength(1);
    expect(await outbox()).toEqual([]);
  });

  it('when the endpoint redirects, it should not follow (a 302 would turn the POST into a bodiless GET), keep the record and retry, and say why once', async () => {
    const sent = stubEndpoint(['redirect', 'redirect', 204]);
    const { engine, events } = start();
    await engine.api.acceptAll();
    await vi.waitFor(() => expect(statuses(events)).toEqual(['failed', 'failed', 'delivered']), { timeout: 5000 });
    expect(sent.map((s) => s.redirect)).toEqual(['manual', 'manual', 'manual']);
    const told = errors.mock.calls.filter((c: unknown[]) => String(c[1]).includes('answered with a redirect'));
    expect(told).toEqual([
      [
        '[consentry]',
        'the endpoint /consent answered with a redirect; records are not sent through redirects, so they wait: set endpoint to the URL it redirects to',
      ],
    ]);
    expect(await outbox()).toEqual([]);
  });

  it('when offline, it should keep the record in the outbox and flag it for the next page', async () => {
    stubEndpoint(['offline']);
    const { engine, events } = start();
    await engine.api.acceptAll();
    await vi.waitFor(() => expect(statuses(events)).toContain('failed'));
    expect(await outbox()).toHaveLength(1);
    expect(localStorage.getItem('consentry-outbox')).not.toBeNull();
  });

  it('when the last page left a record unsent, the next page should send it once idle, without touching localStorage while it starts', async () => {
    // What a page closed with its record unsent leaves: the record backed up, the flag set.
    writeBackup(localStorage, [{ id: 'left-1', consentId: 'c-left', method: 'accept_all' } as unknown as ConsentRecord]);
    const sent = stubEndpoint([200]);
    const env = createTestEnv({ post });
    const storage = vi.spyOn(env, 'storage');
    const next = createEngine({ endpoint: '/consent' }, env);
    const delivered: RecordEventDetail[] = [];
    next.api.on('record', (d) => delivered.push(d));
    // A page's first localStorage read is a round trip to the browser: start-up must not wait for it.
    expect(storage).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(statuses(delivered)).toEqual(['delivered']));
    expect(storage).toHaveBeenCalled();
    expect(sent.map((s) => s.id)).toEqual(['left-1']);
    expect(await outbox()).toEqual([]);
  });

  it('when the outbox would hold more than maxQueue records, it should drop the oldest with a warning and an event', async () => {
    stubEndpoint(['offline']);
    const { engine, events } = start({ url: '/consent', maxQueue: 2 });
    await engine.api.setConsent({ analytics: true });
    await engine.api.setConsent({ analytics: false });
    await engine.api.setConsent({ analytics: true });
    await vi.waitFor(() => expect(statuses(events)).toContain('dropped'));
    const kept = (await outbox()) as Array<{ method: string }>;
    expect(kept.map((r) => r.method)).toEqual(['withdraw', 'custom']);
    expect(warnings.mock.calls.some((c: unknown[]) => /maxQueue/.test(String(c[1])))).toBe(true);
  });

  it('when decisions come faster than they are kept, a record dropped past maxQueue should stay dropped, not come back with its own late keep', async () => {
    stubEndpoint(['offline']);
    const env = createTestEnv({ post });
    // One tab with Web Locks: a round starts as soon as the first record is added.
    env.transport!.lock = (_name, fn) => fn();
    const engine = createEngine({ endpoint: { url: '/consent', maxQueue: 1 } }, env);
    const events: RecordEventDetail[] = [];
    engine.api.on('record', (d) => events.push(d));
    // Three decisions within one keep delay: the first keep's round finds the other two in the
    // localStorage backup and drops the oldest two before the second decision's own keep arrives.
    for (const analytics of [true, false, true]) await engine.api.setConsent({ analytics });
    await engine.settled();
    await settle(300);
    const dropped = events.filter((e) => e.status == 'dropped').map((e) => e.record.id);
    const kept = (await outbox()) as Array<{ id: string }>;
    expect(kept).toHaveLength(1);
    expect(dropped).toHaveLength(2);
    const made = (await engine.history()).map((r) => r.id);
    expect(made).toHaveLength(3);
    expect(dropped).toEqual(made.slice(0, 2));
    expect(kept[0].id).toBe(made[2]);
  });

  it('when the config has no endpoint, it should send nothing', async () => {
    const sent = stubEndpoint([200]);
    const engine = createEngine({}, createTestEnv());
    await engine.api.acceptAll();
    await engine.settled();
    await settle(50);
    // Earlier tests' outboxes may still be retrying: only this visitor's records count.
    const id = engine.api.getConsent()!.consentId;
    expect(sent.filter((s) => s.consentId == id)).toEqual([]);
    expect(await engine.history()).toHaveLength(1);
  });
});

describe('given a record delivered while its removal from IndexedDB is still running', () => {
  it('when its own late keep adds it again in that moment, it should stay delivered and not be sent again', async () => {
    const sent = stubEndpoint([200]);
    // A Map for IndexedDB whose removal of a record (the write after its 2xx) waits for `release`.
    const data = new Map<string, unknown>();
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let removing = () => {};
    const removalStarted = new Promise<void>((r) => (removing = r));
    const store: KeyValueStore = {
      get: async <T>(k: string) => data.get(k) as T,
      set: async (k, v) => void data.set(k, v),
      del: async (k) => void data.delete(k),
      async update<T>(k: string, fn: (old: T | undefined) => T) {
        const old = (data.get(k) as unknown[] | undefined) ?? [];
        const next = fn(old as T) as unknown[];
        if (next.length < old.length) {
          removing();
          await held;
        }
        data.set(k, next);
      },
    };
    // One operation after another, as the record keeper runs them.
    let queue: Promise<unknown> = Promise.resolve();
    const run = <T>(fn: (s: KeyValueStore) => Promise<T>) => (queue = queue.then(() => fn(store))) as Promise<T>;
    const env = createTestEnv({ post });
    env.transport!.lock = (_name, fn) => fn();
    const events: Array<[string, ConsentRecord]> = [];
    const engine = { env, emit: (_: string, d: { status: string; record: ConsentRecord }) => events.push([d.status, d.record]), problem() {} };
    const outbox = createOutbox(
      engine as unknown as Engine,
      run,
      { url: '/consent', maxQueue: 10, timeoutMs: 5000, credentials: 'same-origin', headers: {} },
      env.transport!,
    );
    // The decision's record, backed up in the click; a round (another record's keep, or the page's
    // start) finds it in the backup before its own keep arrives.
    const record = { id: 'rec-1', consentId: 'c-1', method: 'accept_all' } as unknown as ConsentRecord;
    writeBackup(localStorage, [record]);
    outbox.flush();
    await removalStarted;
    // The 2xx is in, the removal is running: now the record's own late keep.
    expect(sent).toHaveLength(1);
    const lateKeep = outbox.add(record);
    await settle(10);
    release();
    await lateKeep;
    await vi.waitFor(() => expect(events.map(([s]) => s)).toEqual(['delivered']));
    // The next round finds nothing to send.
    outbox.flush();
    await settle(100);
    expect(sent.map((s) => s.id)).toEqual(['rec-1']);
    expect(data.get('outbox')).toEqual([]);
  });
});
