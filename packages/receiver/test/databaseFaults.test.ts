// What the receiver does when its database fails under it: it answers an error and stays up.
// PostgreSQL: a restart, a failover or an admin ending sessions drops connections the receiver is
// using inside a transaction (the CLI runs as its own process, as in production).
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver } from '../src/index';
import { backends, makeRecord } from './backends';
import { exited, startCli } from './startCli';

const postgres = backends.find((b) => b.name == 'postgres');
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe.skipIf(!postgres)('receiver on postgres, a connection dropped while a write holds it', () => {
  it('answers that request 5xx, stays up, and stores the next record (the log still verifies)', async () => {
    const db = await postgres!.fresh();
    cleanups.push(() => db.drop());
    // Its own application name: only this receiver's sessions are ended, not other tests'.
    const name = `consentry-fault-${randomUUID()}`;
    const url = new URL(db.url);
    url.searchParams.set('application_name', name);
    const { url: base, child } = await startCli(['--db', url.toString(), '--rate-limit', '0'], { CONSENTRY_ADMIN_TOKEN: 'a-long-enough-admin-token' });
    cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));
    const post = () => fetch(`${base}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(makeRecord()) });
    expect((await post()).status).toBe(201);

    // Another session holds the chain's head: the next write waits inside its transaction.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query('begin');
    await holder.query('select seq from chain_head where id = 1 for update');
    const waiting = post();
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    cleanups.push(() => admin.end());
    const busy = `select count(*)::int as n from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock'`;
    await expect.poll(async () => (await admin.query(busy, [name])).rows[0].n, { timeout: 10_000 }).toBe(1);
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [name]);
    await holder.query('rollback');

    expect((await waiting).status).toBeGreaterThanOrEqual(500);
    expect(child.exitCode).toBeNull();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await post()).status).toBe(201);
    const verify = await fetch(`${base}/admin/verify`, { headers: { authorization: 'Bearer a-long-enough-admin-token' } });
    expect(await verify.json()).toEqual({ ok: true, entries: 2 });
    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
  }, 60_000);
});

describe('a receiver whose database cannot open at first (createReceiver)', () => {
  it('answers 503 and 500 meanwhile, and serves once the database can open, without a restart', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'consentry-late-')), 'not-yet');
    const origin = 'https://shop.example';
    const receiver = createReceiver({ db: `sqlite:${join(dir, 'records.db')}`, origins: [origin] });
    cleanups.push(() => receiver.close());
    const post = (headers: Record<string, string> = {}) =>
      receiver.fetch(
        new Request('http://x/consent', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(makeRecord()) }),
      );
    expect((await receiver.fetch(new Request('http://x/healthz'))).status).toBe(503);
    expect((await post()).status).toBe(500);
    // The SDK on the site's origin can read the 500 (it keeps the record and retries either way).
    const failed = await post({ origin });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('access-control-allow-origin')).toBe(origin);
    // An origin not configured reads nothing: its SDK keeps its records until the operator adds it.
    const refused = await post({ origin: 'https://elsewhere.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    mkdirSync(dir);
    expect((await receiver.fetch(new Request('http://x/healthz'))).status).toBe(200);
    expect((await post()).status).toBe(201);
  });
});
