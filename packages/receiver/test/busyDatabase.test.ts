// Another process holding the database's write lock (a purge run by cron, an operator's open
// transaction): the receiver's writes wait for it without stopping the rest of the server, and
// give up with 503 and Retry-After when it lasts too long. The receiver runs as its own process
// (the CLI), the lock holder is this test.
import { afterEach, describe, expect, it } from 'vitest';
import { backends, makeRecord } from './backends';
import { exited, startCli } from './startCli';

const ORIGIN = 'https://shop.example';
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Takes the write lock as another process would; resolves with its release. */
async function holdWriteLock(backend: string, url: string): Promise<() => Promise<void>> {
  if (backend == 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(url.slice('sqlite:'.length));
    db.exec('begin immediate');
    let open = true;
    const release = async () => {
      if (open) db.exec('commit');
      open = false;
      db.close();
    };
    cleanups.push(release);
    return release;
  }
  const { default: pg } = await import('pg');
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query('begin');
  await holder.query('select seq from chain_head where id = 1 for update');
  let open = true;
  const release = async () => {
    if (open) await holder.query('commit');
    open = false;
    await holder.end();
  };
  cleanups.push(release);
  return release;
}

describe.each(backends)('receiver on $name, the write lock held by another process', (backend) => {
  async function start() {
    const db = await backend.fresh();
    cleanups.push(() => db.drop());
    const { url: base, child } = await startCli(['--db', db.url, '--rate-limit', '0', '--origin', ORIGIN], {
      CONSENTRY_ADMIN_TOKEN: 'a-long-enough-admin-token',
    });
    cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));
    const record = makeRecord();
    const post = (body: unknown = makeRecord()) =>
      fetch(`${base}/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify(body) });
    expect((await post(record)).status).toBe(201);
    return { db, base, child, post, record };
  }

  it('a write waits for the lock while reads and health checks are answered, then is stored', async () => {
    const { db, base, child, post, record } = await start();
    const release = await holdWriteLock(backend.name, db.url);
    let settled = false;
    const waiting = post().then((r) => ((settled = true), r));
    // Time for the post to reach the lock (on loopback it takes a few milliseconds).
    await new Promise((r) => setTimeout(r, 300));
    // The receiver reads while its write waits: the event loop is not held by the lock wait.
    const read = await fetch(`${base}/consent/${record.consentId}`);
    expect(read.status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(settled).toBe(false);
    await release();
    expect((await waiting).status).toBe(201);
    const verify = await fetch(`${base}/admin/verify`, { headers: { authorization: 'Bearer a-long-enough-admin-token' } });
    expect(await verify.json()).toEqual({ ok: true, entries: 2 });
    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('writes that cannot get the lock in time, many at once: each gets 503 with Retry-After within its own 5 s, health checks stay prompt; the next write after the release is stored', async () => {
    const { db, base, child, post, record } = await start();
    const release = await holdWriteLock(backend.name, db.url);
    const timed = (send: () => Promise<Response>) => {
      const began = Date.now();
      return send().then(async (r) => ({ status: r.status, ms: Date.now() - began, headers: r.headers, body: await r.text() }));
    };
    const erases = Array.from({ length: 20 }, () => timed(() => fetch(`${base}/consent/${record.consentId}`, { method: 'DELETE' })));
    await new Promise((r) => setTimeout(r, 500));
    const late = timed(() => post());
    // The slowest health check while they wait: with each write trying on its own, SQLite's busy
    // waits added up and held the event loop for seconds.
    let slowest = 0;
    let waiting = true;
    const settled = Promise.all([...erases, late]).finally(() => (waiting = false));
    while (waiting) {
      const { status, ms } = await timed(() => fetch(`${base}/healthz`));
      expect(status).toBe(200);
      slowest = Math.max(slowest, ms);
      await new Promise((r) => setTimeout(r, 100));
    }
    const answers = await settled;
    expect(answers.map((a) => a.status)).toEqual(Array(21).fill(503));
    const refused = answers[20]!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Readable by the SDK on the site's origin, which then honours Retry-After.
    expect(refused.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(JSON.parse(refused.body)).toEqual({ error: 'the database is busy (another process is writing to it); retry later' });
    // Patience counts from each request's arrival, not from when its turn came (the post waited
    // behind 20 erases; it was answered about 10 s after it was sent).
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(7500);
    expect(slowest).toBeLessThan(2500);
    expect(child.exitCode).toBeNull();
    await release();
    expect((await post()).status).toBe(201);
    const verify = await fetch(`${base}/admin/verify`, { headers: { authorization: 'Bearer a-long-enough-admin-token' } });
    expect(await verify.json()).toEqual({ ok: true, entries: 2 });
  }, 60_000);
});
