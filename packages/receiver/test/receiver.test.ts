import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createReceiver } from '../src/index';
import { backends, makeRecord, receiverPerTest } from './backends';

const TOKEN = 'test-admin-token-0123456789';
const ORIGIN = 'https://www.example.com';
const admin = { authorization: `Bearer ${TOKEN}` };

for (const backend of backends)
  describe(`receiver on ${backend.name}`, () => {
    const r = receiverPerTest(backend, { origins: [ORIGIN], adminToken: TOKEN });
    const { start } = r;

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${r.base}/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body == 'string' ? body : JSON.stringify(body),
      });
    const entries = async () => (await (await fetch(`${r.base}/admin/verify`, { headers: admin })).json()).entries as number;
    const verify = async () => (await fetch(`${r.base}/admin/verify`, { headers: admin })).json();

    it('stores a record once: 201, then 200 for the same content, 409 for other content (the first kept)', async () => {
      await start();
      const record = makeRecord();
      const first = await post(record);
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ id: record.id });
      expect((await post({ ...record })).status).toBe(200);
      // The same content with its keys in another order is the same record.
      expect((await post(Object.fromEntries(Object.entries(record).reverse()))).status).toBe(200);
      const other = await post({ ...record, method: 'reject_all', categories: { necessary: true, analytics: false, marketing: false } });
      expect(other.status).toBe(409);
      expect(await other.json()).toMatchObject({ path: '/id' });
      const mine = await (await fetch(`${r.base}/consent/${record.consentId}`)).json();
      expect(mine.records).toHaveLength(1);
      expect(mine.records[0]).toMatchObject({ ...record, receivedAt: expect.stringMatching(/^\d{4}-.*Z$/) });
      expect(Object.keys(mine.records[0]).sort()).toEqual([...Object.keys(record), 'receivedAt'].sort());
      expect(await verify()).toEqual({ ok: true, entries: 1 });
    });

    it('takes the beacon’s text/plain body and answers CORS for configured origins only', async () => {
      await start();
      const beacon = await post(makeRecord(), { 'content-type': 'text/plain;charset=UTF-8', origin: ORIGIN });
      expect(beacon.status).toBe(201);
      expect(beacon.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(beacon.headers.get('access-control-expose-headers')).toBe('Retry-After'); // the SDK reads it on a 429
      const preflight = await fetch(`${r.base}/consent`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
      const evil = await fetch(`${r.base}/consent`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(evil.status).toBe(403);
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      expect(await entries()).toBe(1);
    });

    const sqlish = "en'; DROP TABLE entries; --";
    const badInputs: [string, () => Promise<Response>, number, string | undefined][] = [
      ['broken JSON', () => post('{"id": "x",'), 400, ''],
      ['not an object', () => post('[1,2]'), 400, '/'],
      ['a wrong type', () => post(makeRecord({ revision: '1' })), 400, '/revision'],
      ['an unknown field', () => post(makeRecord({ ip: '203.0.113.9' })), 400, '/ip'],
      ['a missing field', () => post({ ...makeRecord(), consentId: undefined }), 400, '/consentId'],
      ['an oversized string', () => post(makeRecord({ url: 'https://www.example.com/' + 'a'.repeat(3000) })), 400, '/url'],
      ['an oversized body', () => post(makeRecord({ url: 'https://www.example.com/' + 'a'.repeat(17_000) })), 413, undefined],
      ['a method outside the schema', () => post(makeRecord({ method: 'accept_everything' })), 400, '/method'],
      ['a source outside the schema', () => post(makeRecord({ source: 'popup' })), 400, '/source'],
      ['a SQL-looking language', () => post(makeRecord({ language: sqlish })), 400, '/language'],
      ['a SQL-looking category name', () => post(makeRecord({ categories: { necessary: true, [sqlish]: 'yes' } })), 400, `/categories/${sqlish}`],
      ['an origin not configured', () => post(makeRecord(), { origin: 'https://evil.example' }), 403, undefined],
      ['another content type', () => post(makeRecord(), { 'content-type': 'application/x-www-form-urlencoded' }), 415, undefined],
      ['a consent id that is not a UUID (GET)', () => fetch(`${r.base}/consent/1%20OR%201=1`), 400, '/consentId'],
      ['a consent id that is not a UUID (DELETE)', () => fetch(`${r.base}/consent/not-a-uuid`, { method: 'DELETE' }), 400, '/consentId'],
      ['a missing admin token', () => fetch(`${r.base}/admin/records`), 401, undefined],
      ['a wrong admin token', () => fetch(`${r.base}/admin/verify`, { headers: { authorization: `Bearer ${TOKEN}x` } }), 401, undefined],
      [
        'a wrong admin token (texts)',
        () => fetch(`${r.base}/admin/texts/sha256-abc=`, { method: 'PUT', headers: { authorization: 'Bearer nope' }, body: '{}' }),
        401,
        undefined,
      ],
    ];
    it.each(badInputs)('refuses %s with a clear answer, stores nothing and stays up', async (_, send, status, path) => {
      await start();
      const stored = makeRecord();
      expect((await post(stored)).status).toBe(201);
      const response = await send();
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body.error).toEqual(expect.any(String));
      expect(JSON.stringify(body)).not.toMatch(/ at .*\.(ts|js):\d+/); // no stack trace
      if (path !== undefined) expect(body.path).toBe(path);
      expect(await entries()).toBe(1);
      expect((await fetch(`${r.base}/healthz`)).status).toBe(200);
      expect((await post(makeRecord())).status).toBe(201);
    });

    it('stores SQL-looking text inside a valid record verbatim (parameterised SQL)', async () => {
      await start();
      const record = makeRecord({
        url: "https://www.example.com/x');DROP-TABLE-entries;--",
        categories: { necessary: true, "'); DROP TABLE entries; --": true },
      });
      expect((await post(record)).status).toBe(201);
      expect((await (await fetch(`${r.base}/consent/${record.consentId}`)).json()).records[0]).toMatchObject(record);
      expect(await verify()).toEqual({ ok: true, entries: 1 });
    });

    it('reads a body without Content-Length (chunked) up to the limit: 201 within it, 413 past it, stored once', async () => {
      await start();
      const { port } = new URL(r.base);
      const chunked = (body: string) =>
        new Promise<number>((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1');
          let answer = '';
          socket.on('data', (d) => {
            answer += d;
            const status = /^HTTP\/1\.1 (\d+)/.exec(answer);
            if (status) resolve(Number(status[1])), socket.destroy();
          });
          socket.on('error', reject);
          socket.write('POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
          for (let i = 0; i < body.length; i += 4096) {
            const part = body.slice(i, i + 4096);
            socket.write(`${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`);
          }
          socket.write('0\r\n\r\n');
        });
      expect(await chunked(JSON.stringify(makeRecord()))).toBe(201);
      expect(await chunked(JSON.stringify(makeRecord({ url: 'https://www.example.com/' + 'a'.repeat(17_000) })))).toBe(413);
      expect(await entries()).toBe(1);
    });

    it('answers 408 to a slow-drip body, stores nothing and serves others meanwhile', async () => {
      await start({ bodyTimeoutMs: 400 });
      const { port } = new URL(r.base);
      const body = JSON.stringify(makeRecord());
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.on('data', (d) => (answer += d));
      socket.write(`POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      const drip = setInterval(() => socket.write(body[0]!), 100);
      const began = Date.now();
      expect((await post(makeRecord())).status).toBe(201);
      let closed = false;
      socket.on('close', () => (closed = true));
      await expect.poll(() => closed || /^HTTP\/1\.1 408/.test(answer), { timeout: 10_000 }).toBe(true);
      clearInterval(drip);
      socket.destroy();
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      // Cut off long before the drip would end (a byte per 100 ms: about a minute).
      expect(Date.now() - began).toBeLessThan(10_000);
      expect(await entries()).toBe(1);
    }, 30_000);

    it('rate-limits a client sending 1,000 requests a second (429 + Retry-After) without affecting others', async () => {
      // A slow refill (1/s) keeps the expected counts independent of how long the flood takes here.
      await start({ trustProxy: true, rateLimit: { perSecond: 1, burst: 40 } });
      const began = Date.now();
      const flood: (readonly [number, string | null])[] = [];
      // 20 connections, 50 requests each, as fast as they go (about 1,000 a second here).
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          for (let i = 0; i < 50; i++) {
            const r = await post(makeRecord(), { 'x-forwarded-for': '10.0.0.1, 198.51.100.7' });
            await r.arrayBuffer();
            flood.push([r.status, r.headers.get('retry-after')]);
          }
        }),
      );
      const seconds = (Date.now() - began) / 1000;
      const ok = flood.filter(([s]) => s == 201).length;
      const limited = flood.filter(([s]) => s == 429);
      expect(ok).toBeGreaterThanOrEqual(40);
      expect(ok).toBeLessThanOrEqual(40 + Math.ceil(seconds) + 1);
      expect(limited.length).toBe(1000 - ok);
      expect(Number(limited[0]![1])).toBeGreaterThanOrEqual(1);
      expect((await post(makeRecord(), { 'x-forwarded-for': '198.51.100.7' })).status).toBe(429);
      expect((await post(makeRecord(), { 'x-forwarded-for': '10.0.0.1, 203.0.113.5' })).status).toBe(201);
      expect(await entries()).toBe(ok + 1);
    }, 30_000);

    it('gives the visitor their records oldest first, erases them on DELETE, and the log still verifies', async () => {
      await start();
      const consentId = makeRecord().consentId;
      const records = [makeRecord({ consentId, method: 'reject_all' }), makeRecord({ consentId, method: 'custom', source: 'preferences' })];
      const other = makeRecord();
      for (const r of [records[0], other, records[1]]) expect((await post(r)).status).toBe(201);
      const got = await (await fetch(`${r.base}/consent/${consentId}`)).json();
      expect(got.consentId).toBe(consentId);
      expect(got.records.map((r: { id: string }) => r.id)).toEqual(records.map((r) => r.id));
      expect((await fetch(`${r.base}/consent/${consentId}`, { method: 'DELETE' })).status).toBe(204);
      expect((await fetch(`${r.base}/consent/${consentId}`)).status).toBe(404);
      // A late beacon of an erased record does not bring it back.
      expect((await post(records[0])).status).toBe(200);
      expect((await fetch(`${r.base}/consent/${consentId}`)).status).toBe(404);
      expect(await verify()).toEqual({ ok: true, entries: 4 });
      const dump = JSON.stringify(await r.db.sql('select * from entries'));
      expect(dump).not.toContain(consentId);
      expect((await fetch(`${r.base}/consent/${other.consentId}`)).status).toBe(200);
    });

    it('exports NDJSON and CSV streamed, with erasure entries, filtered by consent id', async () => {
      await start();
      const kept = makeRecord({ categories: { necessary: true, '=HYPERLINK("x")': true } });
      const erased = makeRecord();
      for (const r of [kept, erased]) await post(r);
      await fetch(`${r.base}/consent/${erased.consentId}`, { method: 'DELETE' });
      const ndjson = await fetch(`${r.base}/admin/records`, { headers: admin });
      expect(ndjson.headers.get('content-type')).toBe('application/x-ndjson');
      const lines = (await ndjson.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.entry, l.kind])).toEqual([
        [1, 'record'],
        [2, 'record'],
        [3, 'erasure'],
      ]);
      expect(lines[0].record).toMatchObject(kept);
      expect(lines[1]).toMatchObject({ id: erased.id, erased: true, record: null });
      expect(lines[2].detail.recordIds).toEqual([erased.id]);
      const csv = await (await fetch(`${r.base}/admin/records?format=csv`, { headers: admin })).text();
      const rows = csv.trim().split('\r\n');
      expect(rows[0]!.split(',').slice(0, 4)).toEqual(['entry', 'kind', 'receivedAt', 'id']);
      expect(rows).toHaveLength(4);
      expect(rows[1]).toContain(kept.id as string);
      // A spreadsheet must not run a cell as a formula.
      expect(rows[1]).not.toMatch(/,"?=HYPERLINK/);
      const one = await (await fetch(`${r.base}/admin/records?consentId=${kept.consentId}`, { headers: admin })).text();
      expect(one.trim().split('\n')).toHaveLength(1);
      expect((await fetch(`${r.base}/admin/records?format=xml`, { headers: admin })).status).toBe(400);
    });

    it('counts decisions per day by method and granted category (/admin/stats)', async () => {
      await start();
      await post(makeRecord());
      await post(makeRecord({ method: 'reject_all', categories: { necessary: true, analytics: false, marketing: false } }));
      const stats = await (await fetch(`${r.base}/admin/stats`, { headers: admin })).json();
      const today = new Date().toISOString().slice(0, 10);
      expect(stats).toEqual({
        days: [{ day: today, decisions: 2, methods: { accept_all: 1, reject_all: 1 }, granted: { necessary: 2, analytics: 1, marketing: 0 } }],
      });
      const none = await (await fetch(`${r.base}/admin/stats?to=2000-01-01`, { headers: admin })).json();
      expect(none).toEqual({ days: [] });
    });

    it('purges by retention, keeping a checkpoint so what remains verifies', async () => {
      await start();
      const old = [makeRecord(), makeRecord(), makeRecord()];
      for (const r of old) await post(r);
      const fresh = makeRecord();
      await post(fresh);
      await r.db.sql(`update entries set received_at = '2020-01-01T00:00:00.000Z' where seq <= 3`);
      const store = await createReceiver({ db: r.db.url }).store();
      expect(await store.purge('2021-01-01T00:00:00.000Z')).toBe(3);
      await store.close();
      expect(await verify()).toEqual({ ok: true, entries: 2 });
      expect((await fetch(`${r.base}/consent/${old[0]!.consentId}`)).status).toBe(404);
      expect((await fetch(`${r.base}/consent/${fresh.consentId}`)).status).toBe(200);
      expect((await post(makeRecord())).status).toBe(201);
      expect(await verify()).toEqual({ ok: true, entries: 3 });
    });

    describe('tamper evidence', () => {
      const seed = async () => {
        await start();
        const records = Array.from({ length: 5 }, () => makeRecord());
        for (const r of records) await post(r);
        expect(await verify()).toEqual({ ok: true, entries: 5 });
        return records;
      };
      it('finds a changed row and names it', async () => {
        const records = await seed();
        const [row] = await r.db.sql('select content from entries where seq = 3');
        await r.db.sql('update entries set content = $1 where seq = 3'.replace('$1', backend.name == 'sqlite' ? '?' : '$1'), [
          String(row!.content).replace('"accept_all"', '"reject_all"'),
        ]);
        expect(await verify()).toMatchObject({ ok: false, firstBad: records[2]!.id });
      });
      it('finds a deleted row and names its entry number', async () => {
        await seed();
        await r.db.sql('delete from entries where seq = 2');
        expect(await verify()).toMatchObject({ ok: false, firstBad: '2' });
        await r.db.sql('delete from entries where seq = 5');
      });
      it('finds a deleted last row', async () => {
        await seed();
        await r.db.sql('delete from entries where seq = 5');
        expect(await verify()).toMatchObject({ ok: false, firstBad: '5' });
      });
      it('finds two swapped rows and names the first', async () => {
        const records = await seed();
        await r.db.sql('update entries set seq = -1 where seq = 2');
        await r.db.sql('update entries set seq = 2 where seq = 4');
        await r.db.sql('update entries set seq = 4 where seq = -1');
        expect(await verify()).toMatchObject({ ok: false, firstBad: records[3]!.id });
      });
      it('finds content removed without an erasure entry', async () => {
        const records = await seed();
        await r.db.sql('update entries set content = null where seq = 4');
        expect(await verify()).toMatchObject({ ok: false, firstBad: records[3]!.id });
      });
    });

    it('archives texts only under the hash they have, and exports show them', async () => {
      await start();
      const { textHash } = await import('@consentry/core/texts');
      const texts = ['We use cookies', 'Accept all', 'Reject all'];
      const hash = await textHash(texts, async () => (await import('@consentry/core/texts')).sha256);
      const put = (key: string, body: unknown) =>
        fetch(`${r.base}/admin/texts/${encodeURIComponent(key)}`, {
          method: 'PUT',
          headers: { ...admin, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const wrong = await put(hash, { language: 'en', revision: 1, texts: [...texts, 'Sneaky'] });
      expect(wrong.status).toBe(400);
      expect((await wrong.json()).path).toBe('/texts');
      expect((await put(hash, { language: 'en', revision: 1, texts: 'We use cookies' })).status).toBe(400);
      expect((await put(hash, { language: 'en', revision: 1, texts })).status).toBe(201);
      const record = makeRecord({ textHash: hash });
      await post(record);
      const [line] = (await (await fetch(`${r.base}/admin/records?consentId=${record.consentId}`, { headers: admin })).text()).trim().split('\n');
      expect(JSON.parse(line!).texts).toEqual({ language: 'en', revision: 1, texts });
    });

    it('archives texts of any revision a config may have (up to 15 digits) on both databases, and refuses larger with 400', async () => {
      await start();
      const { textHash, sha256 } = await import('@consentry/core/texts');
      const put = async (revision: unknown, texts: string[]) =>
        fetch(`${r.base}/admin/texts/${encodeURIComponent(await textHash(texts, async () => sha256))}`, {
          method: 'PUT',
          headers: { ...admin, 'content-type': 'application/json' },
          body: JSON.stringify({ language: 'en', revision, texts }),
        });
      expect((await put(3_000_000_000, ['a'])).status).toBe(201);
      expect((await put(999_999_999_999_999, ['b'])).status).toBe(201);
      for (const [revision, texts] of [
        [1e15, ['c']],
        [1e300, ['d']],
        [-1, ['e']],
        [1.5, ['f']],
      ] as const) {
        const answer = await put(revision, [...texts]);
        expect({ revision, status: answer.status, body: await answer.json() }).toEqual({
          revision,
          status: 400,
          body: { error: 'revision is not a whole number below 10^15', path: '/revision' },
        });
      }
    });
  });
