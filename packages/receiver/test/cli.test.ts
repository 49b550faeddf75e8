import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backends, DATABASE_URL, makeRecord } from './backends';
import { exited, runCli, startCli } from './startCli';

const post = (base: string, record: unknown) =>
  fetch(`${base}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) }).then(
    async (r) => (await r.arrayBuffer(), r.status),
  );

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

for (const backend of backends)
  describe(`consentry-receiver (${backend.name})`, () => {
    it('prints where it listens, serves, stops cleanly on SIGTERM; verify, export and purge work on its database', async () => {
      const db = await backend.fresh();
      cleanups.push(() => db.drop());
      const { url, child } = await startCli(['--db', db.url, '--origin', 'https://www.example.com'], { CONSENTRY_ADMIN_TOKEN: 'a-long-enough-admin-token' });
      cleanups.push(async () => child.kill('SIGKILL'));
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const records = [makeRecord(), makeRecord()];
      for (const r of records) expect(await post(url, r)).toBe(201);
      child.kill('SIGTERM');
      expect(await exited(child)).toEqual({ code: 0, signal: null });

      const verified = await runCli(['verify', '--db', db.url]);
      expect([verified.code, JSON.parse(verified.stdout)]).toEqual([0, { ok: true, entries: 2 }]);
      const exported = await runCli(['export', '--db', db.url, '--format', 'csv']);
      expect(exported.code).toBe(0);
      expect(exported.stdout.trim().split('\r\n')).toHaveLength(3);
      // --from and --to as the admin routes read them: a date alone is the whole (UTC) day.
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const today = await runCli(['export', '--db', db.url, '--format', 'csv', '--from', day(-1), '--to', day(0)]);
      expect(today.stdout.trim().split('\r\n')).toHaveLength(3);
      const later = await runCli(['export', '--db', db.url, '--format', 'csv', '--from', day(1)]);
      expect(later.stdout.trim().split('\r\n')).toHaveLength(1);
      const notADate = await runCli(['export', '--db', db.url, '--from', '+010000-01-01']);
      expect([notADate.code, notADate.stderr]).toEqual([2, expect.stringContaining('--from is not a date (YYYY-MM-DD or an ISO 8601 time')]);
      const purged = await runCli(['purge', '--db', db.url, '--retention-days', '30']);
      expect([purged.code, JSON.parse(purged.stdout)]).toEqual([0, { removed: 0 }]);
      const bad = await runCli(['purge', '--db', db.url]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^\[consentry-receiver\] error: purge needs --retention-days/);

      await db.sql(`update entries set content = replace(content, 'accept_all', 'reject_all') where seq = 2`);
      const tampered = await runCli(['verify', '--db', db.url]);
      expect([tampered.code, JSON.parse(tampered.stdout).firstBad]).toEqual([1, records[1]!.id]);
    }, 60_000);
  });

for (const backend of backends)
  describe(`consentry-receiver on a port in use (${backend.name})`, () => {
    it('says so and exits 1 at once, its database closed', async () => {
      const db = await backend.fresh();
      cleanups.push(() => db.drop());
      const { url, child } = await startCli(['--db', db.url]);
      cleanups.push(async () => child.kill('SIGKILL'));
      const began = Date.now();
      const { code, stderr } = await runCli(['--db', db.url, '--port', new URL(url).port]);
      expect({ code, stderr }).toEqual({ code: 1, stderr: expect.stringMatching(/^\[consentry-receiver\] error: the port is in use/) });
      expect(Date.now() - began).toBeLessThan(5000);
    });
  });

for (const backend of backends)
  describe(`consentry-receiver verify, export and purge on a database that holds no records (${backend.name})`, () => {
    it('say so and exit 1, and create nothing: a mistyped backup path is no whole, empty log', async () => {
      const db = await backend.fresh();
      cleanups.push(() => db.drop());
      // SQLite: a file that is not there; PostgreSQL: a schema without the receiver's tables.
      const url = backend.name == 'sqlite' ? db.url.replace(/records\.db$/, 'typo.db') : db.url;
      const why = backend.name == 'sqlite' ? 'no such database file' : 'no Consentry records there (no entries table)';
      for (const args of [['verify'], ['export'], ['purge', '--retention-days', '30']]) {
        const { code, stdout, stderr } = await runCli([...args, '--db', url]);
        expect({ args, code, stdout, stderr }).toEqual({ args, code: 1, stdout: '', stderr: `[consentry-receiver] error: --db ${url}: ${why}\n` });
      }
      if (backend.name == 'sqlite') expect(existsSync(url.slice('sqlite:'.length))).toBe(false);
      else expect(await db.sql(`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`)).toEqual([{ n: 0 }]);
    });
  });

describe('consentry-receiver verify, export and purge on an SQLite file of something else', () => {
  it('say there are no records, as on PostgreSQL, and add no tables to it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'consentry-other-')), 'other.db');
    const other = new Database(file);
    other.exec('create table notes (text)');
    other.close();
    for (const args of [['verify'], ['export'], ['purge', '--retention-days', '30']]) {
      const { code, stdout, stderr } = await runCli([...args, '--db', `sqlite:${file}`]);
      expect({ args, code, stdout, stderr }).toEqual({
        args,
        code: 1,
        stdout: '',
        stderr: `[consentry-receiver] error: --db sqlite:${file}: no Consentry records there (no entries table)\n`,
      });
    }
    const after = new Database(file, { readonly: true });
    expect(after.prepare(`select name from sqlite_master where type = 'table'`).all()).toEqual([{ name: 'notes' }]);
    after.close();
  });
});

for (const backend of backends)
  describe(`consentry-receiver verify and export on a read-only copy (${backend.name})`, () => {
    it('read it as it is and write nothing (a backup on read-only media, a PostgreSQL standby)', async () => {
      const db = await backend.fresh();
      cleanups.push(() => db.drop());
      const { url, child } = await startCli(['--db', db.url]);
      cleanups.push(async () => child.kill('SIGKILL'));
      for (const r of [makeRecord(), makeRecord()]) expect(await post(url, r)).toBe(201);
      child.kill('SIGTERM');
      expect(await exited(child)).toEqual({ code: 0, signal: null });

      let readOnly = db.url;
      let as: { uid: number; gid: number } | undefined;
      let dir = '';
      if (backend.name == 'sqlite') {
        // A file and folder nobody may write to; root may write anyway, so the CLI runs as nobody.
        dir = dirname(db.url.slice('sqlite:'.length));
        chmodSync(join(dir, 'records.db'), 0o444);
        chmodSync(dir, 0o555);
        cleanups.push(async () => chmodSync(dir, 0o755));
        if (process.getuid?.() === 0) as = { uid: 65534, gid: 65534 };
      } else {
        // Every transaction read-only, as on a hot standby.
        const u = new URL(db.url);
        u.searchParams.set('options', `${u.searchParams.get('options')} -c default_transaction_read_only=on`);
        readOnly = u.toString();
      }
      const verified = await runCli(['verify', '--db', readOnly], as);
      expect([verified.stderr, verified.code, verified.stdout]).toEqual(['', 0, JSON.stringify({ ok: true, entries: 2 }) + '\n']);
      const exported = await runCli(['export', '--db', readOnly], as);
      expect([exported.stderr, exported.code, exported.stdout.trim().split('\n').length]).toEqual(['', 0, 2]);
      if (dir) expect(readdirSync(dir)).toEqual(['records.db']);
      // The copy read in the temporary folder is gone.
      expect(readdirSync(tmpdir()).filter((n) => n.startsWith('consentry-read-'))).toEqual([]);
      // Purge writes: it says why it cannot.
      const began = Date.now();
      const purged = await runCli(['purge', '--db', readOnly, '--retention-days', '30'], as);
      expect(purged.code).toBe(1);
      // Its failure closes the database: PostgreSQL's idle connections held the process 10 s.
      expect(Date.now() - began).toBeLessThan(5000);
      expect(purged.stderr).toMatch(/^\[consentry-receiver\] error: .*(readonly|read-only)/);
    }, 30_000);
  });

describe('consentry-receiver verify on a read-only copy with its write-ahead log (sqlite)', () => {
  it('refuses it with what to do: the commits in the log are not in the file', async () => {
    const source = await backends[0]!.fresh();
    const { url, child } = await startCli(['--db', source.url]);
    cleanups.push(async () => child.kill('SIGKILL'));
    expect(await post(url, makeRecord())).toBe(201);
    // Copied while it runs: the newest commits are still in the -wal file.
    const file = source.url.slice('sqlite:'.length);
    const dir = mkdtempSync(join(tmpdir(), 'consentry-copy-'));
    for (const suffix of ['', '-wal']) copyFileSync(file + suffix, join(dir, 'records.db' + suffix));
    child.kill('SIGTERM');
    await exited(child);
    chmodSync(dir, 0o555);
    cleanups.push(async () => chmodSync(dir, 0o755));
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const copy = `sqlite:${join(dir, 'records.db')}`;
    const verified = await runCli(['verify', '--db', copy], as);
    expect([verified.code, verified.stdout, verified.stderr]).toEqual([
      1,
      '',
      `[consentry-receiver] error: --db ${copy}: its write-ahead log (${join(dir, 'records.db')}-wal) cannot be read in a folder SQLite may not write to; copy both files to one it may\n`,
    ]);
  }, 30_000);
});

describe('consentry-receiver flags', () => {
  it('refuses unknown flags and bad values with a clear message', async () => {
    for (const [args, message] of [
      [['--bogus'], /unknown argument "--bogus"/],
      [['--port', 'eighty'], /--port must be a whole number/],
      [['--db', 'mysql://x'], /--db mysql:\/\/x: use sqlite:<file> or postgres:\/\//],
      [['--db', 'sqlite://./records.db'], /--db sqlite:\/\/\.\/records\.db: use sqlite:<file> \(sqlite:\.\/records\.db\) or sqlite:\/\/\/<absolute path>/],
      [['--origin', 'https://example.com/path'], /an origin is scheme:\/\/host/],
    ] as const) {
      const { code, stderr } = await runCli([...args]);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(message);
    }
  }, 30_000);
});

describe.runIf(DATABASE_URL)('several receivers on one PostgreSQL', () => {
  it('two processes writing at once keep one verifiable chain with every record once', async () => {
    const db = await backends.find((b) => b.name == 'postgres')!.fresh();
    cleanups.push(() => db.drop());
    const [a, b] = await Promise.all([startCli(['--db', db.url, '--rate-limit', '0']), startCli(['--db', db.url, '--rate-limit', '0'])]);
    cleanups.push(async () => (a.child.kill('SIGKILL'), b.child.kill('SIGKILL')));
    const records = Array.from({ length: 600 }, () => makeRecord());
    // Each record goes to both receivers at once (a retry landing elsewhere): stored once either way.
    const statuses = await Promise.all(records.flatMap((r, i) => (i % 3 == 0 ? [post(a.url, r), post(b.url, r)] : [post(i % 2 ? a.url : b.url, r)])));
    expect(statuses.every((s) => s == 201 || s == 200)).toBe(true);
    expect(statuses.filter((s) => s == 201)).toHaveLength(600);
    const [{ count }] = (await db.sql('select count(*)::int as count from entries')) as [{ count: number }];
    expect(count).toBe(600);
    const verified = await runCli(['verify', '--db', db.url]);
    expect(JSON.parse(verified.stdout)).toEqual({ ok: true, entries: 600 });
  }, 60_000);
});
