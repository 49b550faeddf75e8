import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine/createEngine';
import type { Engine } from '../../src/engine/engine';
import { fetchReceiverCopy } from '../../src/records/fetchReceiverCopy';
import { createTestEnv, deleteDatabase } from '../support/createTestEnv';

type GetAnswer = (url: string) => Response | Promise<Response>;

/** An endpoint that takes every POST and answers each GET with `answer`; it remembers the GETs. */
function start(answer: GetAnswer, config: object = { endpoint: { url: '/consent', headers: { 'x-site-key': 'k1' }, credentials: 'include', timeoutMs: 300 } }) {
  const gets: Array<{ url: string; init: RequestInit }> = [];
  const post = async (url: string, init: RequestInit) => {
    if (init.method != 'GET') return new Response(null, { status: 201 });
    gets.push({ url, init });
    return answer(url);
  };
  const engine = createEngine(config, createTestEnv({ post }));
  return { engine, gets };
}

/** What the preferences' download gives (downloadHistory in @consentry/ui). */
const download = async (engine: Engine) => (await fetchReceiverCopy(engine)) || (await engine.history());
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(async () => {
  await deleteDatabase();
  localStorage.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("fetchReceiverCopy: the receiver's copy for the visitor's download", () => {
  it('should GET <endpoint>/<consentId> with the endpoint’s headers and credentials, and give its records', async () => {
    const remote = [{ id: 'r1', receivedAt: '2026-12-07T10:00:00.000Z' }];
    const { engine, gets } = start((url) => json({ consentId: url.split('/').pop(), records: remote }));
    await engine.api.acceptAll();
    await engine.settled();
    expect(await download(engine)).toEqual(remote);
    expect(gets).toHaveLength(1);
    expect(gets[0].url).toBe(`/consent/${engine.consentId()}`);
    expect(gets[0].init).toMatchObject({ method: 'GET', cache: 'no-store', credentials: 'include', headers: { 'x-site-key': 'k1' } });
  });

  it.each<[string, GetAnswer]>([
    ['404', () => json({ error: 'not found' }, 404)],
    ['a body that is not JSON', () => new Response('<html>', { status: 200 })],
    ['JSON without a records list', () => json({ records: 'all of them' })],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('when the receiver answers %s, should give the local receipts', async (_, answer) => {
    const { engine, gets } = start(answer);
    await engine.api.rejectAll();
    await engine.settled();
    const local = await engine.history();
    expect(local).toHaveLength(1);
    expect(await download(engine)).toEqual(local);
    expect(gets).toHaveLength(1);
  });

  it('when the receiver does not answer within the endpoint’s timeoutMs, should give the local receipts then', async () => {
    const { engine, gets } = start(
      (url) =>
        new Promise((_, fail) => {
          const init = gets.find((g) => g.url == url)!.init;
          init.signal!.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError')));
        }),
    );
    await engine.api.acceptAll();
    await engine.settled();
    const asked = Date.now();
    expect(await download(engine)).toHaveLength(1);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(250);
  });

  it('should ask nothing of the receiver without an endpoint or before a decision, and history() never asks it', async () => {
    const remote = () => json({ records: [{ id: 'r1' }] });
    const withEndpoint = start(remote);
    expect(await download(withEndpoint.engine)).toEqual([]); // no consent id yet
    await withEndpoint.engine.api.acceptAll();
    await withEndpoint.engine.settled();
    expect(await withEndpoint.engine.history()).toHaveLength(1);
    expect(withEndpoint.gets).toEqual([]);
    await deleteDatabase();
    const without = start(remote, {});
    await without.engine.api.acceptAll();
    await without.engine.settled();
    expect(await download(without.engine)).toHaveLength(1);
    expect(without.gets).toEqual([]);
  });
});
