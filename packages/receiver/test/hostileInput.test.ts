// Hostile input the schema alone does not stop: numbers JSON cannot hold (1e400), category names
// that are Object.prototype's, bytes that are not UTF-8, and dates Date.parse reads too freely.
// Each is refused (or counted) over real HTTP on 127.0.0.1, and nothing altered is stored.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { backends, makeRecord, receiverPerTest } from './backends';

const TOKEN = 'test-admin-token-0123456789';
const admin = { authorization: `Bearer ${TOKEN}` };

for (const backend of backends)
  describe(`hostile input on ${backend.name}`, () => {
    const r = receiverPerTest(backend, { adminToken: TOKEN });
    const { start } = r;

    const post = (body: string | Uint8Array<ArrayBuffer>) =>
      fetch(`${r.base}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const entries = async () => (await (await fetch(`${r.base}/admin/verify`, { headers: admin })).json()).entries as number;
    /** The same bytes sent chunked (no Content-Length): the other way readBody reads a body. */
    const postChunked = (body: Uint8Array) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const socket = connect(Number(new URL(r.base).port), '127.0.0.1');
        let answer = '';
        socket.on('data', (d) => {
          answer += d;
          const [head, rest] = answer.split('\r\n\r\n') as [string, string | undefined];
          const length = /content-length: (\d+)/i.exec(head)?.[1];
          if (rest !== undefined && length !== undefined && Buffer.byteLength(rest) >= Number(length)) {
            resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)![1]), body: rest });
            socket.destroy();
          }
        });
        socket.on('error', reject);
        socket.write('POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
        socket.write(Buffer.concat([Buffer.from(`${body.byteLength.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]));
      });

    // `revision` is the record's one number; the others put a non-finite number where another type
    // (or no field at all) belongs: each is named by its path, whatever else is wrong with it.
    const nonFinite: [string, string, string][] = [
      ['"revision":1', '"revision":1e400', '/revision'],
      ['"revision":1', '"revision":-1e400', '/revision'],
      ['"analytics":true', '"analytics":-1e400', '/categories/analytics'],
      ['"ga":true', '"ga":1e999', '/services/analytics/ga'],
      ['"gpc":false', '"gpc":false,"a/b~":1e400', '/a~1b~0'],
    ];
    it.each(nonFinite)('refuses a non-finite number (%s → %s): 400 naming %s, nothing stored', async (valid, hostile, path) => {
      await start();
      const json = JSON.stringify(makeRecord());
      expect(json).toContain(valid);
      const response = await post(json.replace(valid, hostile));
      const body = await response.json();
      expect([response.status, body]).toEqual([400, { error: `${path} must be a finite number`, path }]);
      expect(await entries()).toBe(0);
      expect((await post(json)).status).toBe(201);
    });

    it('counts categories named like Object.prototype’s members as ordinary keys (/admin/stats)', async () => {
      await start();
      const names = ['constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf', '__defineGetter__'];
      const categories = (on: boolean) => `{"necessary":true,${names.map((n) => `"${n}":${on}`).join(',')}}`;
      for (const on of [true, true, false]) {
        const record = JSON.stringify({ ...makeRecord(), categories: 'CATEGORIES' }).replace('"CATEGORIES"', categories(on));
        expect((await post(record)).status).toBe(201);
      }
      const response = await fetch(`${r.base}/admin/stats`, { headers: admin });
      const text = await response.text();
      expect(text).toContain('"__proto__":2');
      const [day] = JSON.parse(text).days;
      expect(day.decisions).toBe(3);
      expect(Object.entries(day.granted).sort()).toEqual([['necessary', 3], ...names.map((n) => [n, 2])].sort());
      expect(Object.entries(day.methods)).toEqual([['accept_all', 3]]);
    });

    const record = () => Buffer.from(JSON.stringify(makeRecord({ categories: { necessary: true, 'analytics-X': true } })));
    /** A record whose category name holds `bytes` in place of "X". */
    const withBytes = (bytes: number[]) => {
      const valid = record();
      const at = valid.indexOf('analytics-X') + 'analytics-'.length;
      return Buffer.concat([valid.subarray(0, at), Buffer.from(bytes), valid.subarray(at + 1)]);
    };
    const notUtf8: [string, number[]][] = [
      ['a lone continuation byte', [0x80]],
      ['0xFF', [0xff]],
      ['a truncated sequence', [0xe2, 0x82]],
      ['an overlong "/"', [0xc0, 0xaf]],
      ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ];
    it.each(notUtf8)('refuses a body that is not UTF-8 (%s), with or without Content-Length: 400, nothing stored', async (_, bytes) => {
      await start();
      for (const send of [
        async (b: Uint8Array<ArrayBuffer>) => {
          const r = await post(b);
          return { status: r.status, body: await r.text() };
        },
        postChunked,
      ]) {
        const answer = await send(withBytes(bytes));
        expect([answer.status, JSON.parse(answer.body)]).toEqual([400, { error: 'the body is not valid UTF-8', path: '' }]);
      }
      expect(await entries()).toBe(0);
      // The same record with valid UTF-8 (and with a byte order mark) is stored as sent.
      expect((await post(withBytes([0xc3, 0xa6]))).status).toBe(201);
      expect((await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), record()]))).status).toBe(201);
      expect((await postChunked(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), record()]))).status).toBe(201);
      const lines = (await (await fetch(`${r.base}/admin/records`, { headers: admin })).text()).trim().split('\n');
      expect(lines.map((l) => Object.keys(JSON.parse(l).record.categories).sort())).toEqual([
        ['analytics-æ', 'necessary'],
        ['analytics-X', 'necessary'],
        ['analytics-X', 'necessary'],
      ]);
    });

    const badDates = [
      '+010000-01-01',
      '275760-09-13',
      '1',
      '2026',
      '2026-1-07',
      '2026-02-30',
      '2026-12-07T24:00:00Z',
      '2026-12-07T10:00:60Z',
      '2026-12-07 10:00:00Z',
      '2026-12-07T10:00:00+24:00',
      '0000-01-01T00:00:00+01:00',
      'Mon, 07 Dec 2026 10:00:00 GMT',
      '12/07/2026',
    ];
    it.each(badDates)('refuses ?from / ?to = %s on /admin/records and /admin/stats: 400 bad date', async (value) => {
      await start();
      for (const route of ['records', 'stats'])
        for (const key of ['from', 'to']) {
          const response = await fetch(`${r.base}/admin/${route}?${key}=${encodeURIComponent(value)}`, { headers: admin });
          const error = `?${key} is not a date (YYYY-MM-DD or an ISO 8601 time such as 2026-12-07T10:00:00Z)`;
          expect([route, key, response.status, await response.text()]).toEqual([route, key, 400, JSON.stringify({ error, path: `/${key}` })]);
        }
    });

    it('filters by YYYY-MM-DD and ISO 8601 times with a 4-digit year (milliseconds and offset optional)', async () => {
      await start();
      await post(JSON.stringify(makeRecord()));
      const [entry] = await r.db.sql('select received_at from entries');
      const at = new Date(String(entry!.received_at));
      const day = at.toISOString().slice(0, 10);
      const iso = (ms: number) => new Date(at.getTime() + ms).toISOString();
      const count = async (query: string) => {
        const response = await fetch(`${r.base}/admin/stats?${query}`, { headers: admin });
        expect([query, response.status]).toEqual([query, 200]);
        return ((await response.json()).days as { decisions: number }[]).reduce((n, d) => n + d.decisions, 0);
      };
      const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
      expect(await count(q({ from: day, to: day }))).toBe(1);
      expect(await count(q({ from: iso(0), to: iso(0) }))).toBe(1);
      expect(await count(q({ from: iso(1) }))).toBe(0);
      expect(await count(q({ to: iso(-1) }))).toBe(0);
      expect(await count(q({ from: iso(-1000).slice(0, 19) + 'Z' }))).toBe(1);
      expect(await count(q({ from: iso(-1000).slice(0, 19) }))).toBe(1); // no offset: UTC
      // The same instant an hour east of UTC, and half an hour west.
      const shifted = (ms: number, minutes: number, sign: string) => {
        const local = new Date(at.getTime() + ms + (sign == '+' ? minutes : -minutes) * 60_000).toISOString().slice(0, 23);
        return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      };
      expect(await count(q({ from: shifted(0, 60, '+'), to: shifted(0, 30, '-') }))).toBe(1);
      expect(await count(q({ from: shifted(1, 60, '+') }))).toBe(0);
      expect(await count(q({ from: '0000-01-01', to: '9999-12-31T23:59:59.999999Z' }))).toBe(1);
      const exported = await fetch(`${r.base}/admin/records?${q({ from: day, to: iso(0) })}`, { headers: admin });
      expect((await exported.text()).trim().split('\n')).toHaveLength(1);
    });
  });
