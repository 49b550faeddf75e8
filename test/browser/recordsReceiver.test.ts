// The SDK's records against the real receiver (@consentry/receiver, run as `consentry-receiver` on
// an SQLite file), cross-origin with CORS from both test hosts: decisions delivered and stored once,
// the receiver down at decision time, two tabs sharing one outbox, a tab closed mid-send, and the
// fault test: the receiver killed with SIGKILL in the middle of a stream of decisions from several
// pages, restarted; the SDKs retry and every record is stored exactly once, the log verifies.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { consentry, consentryTag, ready, useBrowser } from './harness';

const h = useBrowser();
const CLI = fileURLToPath(new URL('../../packages/receiver/dist/cli.js', import.meta.url));
const TOKEN = 'records-receiver-test-token';
type Host = 'local' | 'site';

let db: string;
let receiver: { child: ChildProcess; url: string } | undefined;
let port = 0;

/** Starts `consentry-receiver` (on the same port as before, after the first start). */
async function startReceiver(): Promise<void> {
  const child = spawn(
    process.execPath,
    [CLI, '--port', String(port), '--db', `sqlite:${db}`, '--origin', h.origin, '--origin', h.siteOrigin, '--rate-limit', '0'],
    {
      env: { ...process.env, DATABASE_URL: '', CONSENTRY_ADMIN_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver did not start: ${output}`)), 20_000);
    const read = (d: Buffer) => {
      output += d;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) clearTimeout(timer), resolve(m[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`receiver exited ${code}: ${output}`))));
  });
  port = Number(new URL(url).port);
  receiver = { child, url };
}
async function stopReceiver(signal: NodeJS.Signals) {
  const r = receiver!;
  receiver = undefined;
  const gone = new Promise((done) => r.child.once('exit', done));
  r.child.kill(signal);
  await gone;
}
const admin = async (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
const storedFor = async (consentId: string): Promise<{ id: string; method: string }[]> => {
  const r = await fetch(`http://127.0.0.1:${port}/consent/${consentId}`);
  return r.status == 404 ? [] : (await r.json()).records;
};
const verify = async () => (await admin('/admin/verify')).json();

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'consentry-records-receiver-')), 'records.db');
  await startReceiver();
});
afterEach(async () => {
  if (!receiver) await startReceiver();
});
afterAll(async () => {
  if (receiver) await stopReceiver('SIGTERM');
});

const endpoint = () => `http://127.0.0.1:${port}/consent`;
const recordsPage = () => h.page({ head: consentryTag({ revision: 1, endpoint: endpoint(), categories: { analytics: {}, marketing: {} } }) });
async function openReady(path: string, context: BrowserContext, host: Host = 'local') {
  const opened = await h.open(path, { context, host });
  await ready(opened.page);
  return opened;
}
const consentIdOf = (page: Page) => consentry(page, (c) => c.getConsent()?.consentId as string);
const toggle = (page: Page, n: number, from = 0) =>
  consentry(
    page,
    async (c, [count, start]) => {
      for (let i = start; i < start + count; i++) await c.setConsent({ analytics: i % 2 == 0 });
    },
    [n, from] as const,
  );

describe.each<[string, Host]>([
  ['127.0.0.1 (secure context, Web Locks)', 'local'],
  ['www.site.test (plain http)', 'site'],
])('the SDK on %s posting to the receiver cross-origin', (_, host) => {
  it('delivers each decision once; the visitor gets them back; the log verifies', async () => {
    const context = await h.newContext();
    const { page } = await openReady(recordsPage(), context, host);
    await consentry(page, async (c) => {
      await c.acceptAll();
      await c.setConsent({ analytics: false, marketing: true });
      await c.rejectAll();
    });
    const consentId = await consentIdOf(page);
    await expect.poll(async () => (await storedFor(consentId)).map((r) => r.method), { timeout: 10_000 }).toEqual(['accept_all', 'withdraw', 'withdraw']);
    expect((await verify()).ok).toBe(true);
  });

  it('when the receiver is down at decision time, delivers on the next load, once', async () => {
    const context = await h.newContext();
    const a = await openReady(recordsPage(), context, host);
    await stopReceiver('SIGTERM');
    await consentry(a.page, (c) => c.acceptAll());
    const consentId = await consentIdOf(a.page);
    await a.page.waitForTimeout(500);
    await a.page.close();
    await startReceiver();
    expect(await storedFor(consentId)).toEqual([]);
    await openReady(recordsPage(), context, host);
    await expect.poll(async () => (await storedFor(consentId)).length, { timeout: 15_000 }).toBe(1);
  });

  it('two tabs opening at once with 20 waiting records store each once', async () => {
    const context = await h.newContext();
    const a = await openReady(recordsPage(), context, host);
    await stopReceiver('SIGTERM');
    await toggle(a.page, 20);
    const consentId = await consentIdOf(a.page);
    await a.page.close();
    await startReceiver();
    const path = recordsPage();
    const [b, c] = await Promise.all([h.open(path, { context, host }), h.open(path, { context, host })]);
    await Promise.all([ready(b.page), ready(c.page)]);
    await expect.poll(async () => (await storedFor(consentId)).length, { timeout: 30_000 }).toBe(20);
    expect(new Set((await storedFor(consentId)).map((r) => r.id)).size).toBe(20);
  });

  it('a tab closed the instant after deciding loses nothing', async () => {
    const context = await h.newContext();
    const a = await openReady(recordsPage(), context, host);
    const consentId = await consentry(a.page, async (c) => {
      const done = c.rejectAll();
      const id = c.getConsent()?.consentId;
      await done;
      return id ?? c.getConsent()!.consentId;
    });
    await a.page.close({ runBeforeUnload: true });
    await openReady(recordsPage(), context, host);
    await expect.poll(async () => (await storedFor(consentId)).length, { timeout: 15_000 }).toBe(1);
  });
});

describe('Download my consent history in the preferences dialog', () => {
  it('gives the receiver’s records for this consent id, and the local receipts when the receiver is down', async () => {
    const context = await h.newContext({ acceptDownloads: true });
    const { page } = await openReady(recordsPage(), context);
    await consentry(page, (c) => c.acceptAll());
    const consentId = await consentIdOf(page);
    await expect.poll(async () => (await storedFor(consentId)).length, { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => (window as unknown as { Consentry: { showPreferences(): unknown } }).Consentry.showPreferences());
    const button = page.locator('consentry-ui dialog.prefs button', { hasText: 'Download my consent history' });
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
      return JSON.parse(readFileSync((await file.path())!, 'utf8')) as { id: string; receivedAt?: string }[];
    };
    const remote = await download();
    expect(remote.map((r) => r.id)).toEqual((await storedFor(consentId)).map((r) => r.id));
    expect(remote[0]!.receivedAt).toMatch(/Z$/); // only the receiver's copy has it
    await stopReceiver('SIGTERM');
    const local = await download();
    expect(local.map((r) => r.id)).toEqual(remote.map((r) => r.id));
    expect(local[0]!.receivedAt).toBeUndefined();
  });
});

describe('fault: the receiver is killed (SIGKILL) in the middle of a stream of decisions', () => {
  it('after a restart the SDKs retry: every record stored exactly once, none lost, verify ok', async () => {
    const before = (await verify()).entries as number;
    const pages = await Promise.all(
      [0, 1, 2].map(async (i) => {
        const context = await h.newContext();
        const host: Host = i == 1 ? 'site' : 'local';
        const { page } = await openReady(recordsPage(), context, host);
        return { context, host, page };
      }),
    );
    const PER_PAGE = 12;
    const stream = pages.map(({ page }) => toggle(page, PER_PAGE));
    // Kill the receiver once some, not all, records have arrived.
    await expect.poll(async () => (await verify()).entries - before, { timeout: 20_000, interval: 20 }).toBeGreaterThan(3);
    await stopReceiver('SIGKILL');
    await Promise.all(stream);
    const ids = await Promise.all(pages.map(({ page }) => consentIdOf(page)));
    // The kill landed mid-stream: some records were in, not all (read from the file while it is down).
    const { default: Database } = await import('better-sqlite3');
    const file = new Database(db, { readonly: true });
    const atKill = (file.prepare('select count(*) as n from entries').get() as { n: number }).n - before;
    file.close();
    expect(atKill).toBeGreaterThan(3);
    expect(atKill).toBeLessThan(3 * PER_PAGE);
    await startReceiver();
    // Each visitor's next page load sends what is still waiting.
    for (const p of pages) await openReady(recordsPage(), p.context, p.host);
    for (const id of ids) await expect.poll(async () => (await storedFor(id)).length, { timeout: 30_000 }).toBe(PER_PAGE);
    for (const id of ids) expect(new Set((await storedFor(id)).map((r) => r.id)).size).toBe(PER_PAGE);
    expect(await verify()).toEqual({ ok: true, entries: before + 3 * PER_PAGE });
  }, 120_000);
});
