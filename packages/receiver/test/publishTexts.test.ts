// `npx consentry texts --publish <url>` (packages/consentry/bin/consentry.mjs) fills the receiver's
// text archive: every language and layer, each accepted because its texts hash to its key.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReceiver, type Listening, type Receiver } from '../src/index';
import { backends } from './backends';

const BIN = fileURLToPath(new URL('../../consentry/bin/consentry.mjs', import.meta.url));
const TOKEN = 'publish-test-admin-token';
const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) || -1 : 0, stdout, stderr }),
    ),
  );

let dir: string;
let db: Awaited<ReturnType<(typeof backends)[0]['fresh']>>;
let receiver: Receiver;
let server: Listening;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-publish-'));
  writeFileSync(
    join(dir, 'consentry.config.json'),
    JSON.stringify({ revision: 3, controller: { name: 'Acme AS' }, categories: { analytics: { services: { ga: 'google-analytics' } } } }),
  );
  db = await backends[0]!.fresh();
  receiver = createReceiver({ db: db.url, adminToken: TOKEN });
  server = await receiver.listen({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

it('publishes every language and layer, placeholders included, and the receiver archives each under its textHash', async () => {
  const published = await run(['texts', '--publish', server.url], dir, { CONSENTRY_ADMIN_TOKEN: TOKEN });
  // 14 languages: banner, banner with GPC, dialog, and the placeholders of analytics and analytics.ga.
  expect(published.stderr).toMatch(/\[consentry\] published 70 text layers/);
  expect(published.code).toBe(0);
  const archive = JSON.parse((await run(['texts'], dir)).stdout);
  type Layer = { texts: string[]; textHash: string };
  const expected = Object.entries(archive.languages as Record<string, Record<string, Layer> & { placeholders: Record<string, Layer> }>).flatMap(
    ([language, { placeholders, ...layers }]) =>
      [...Object.values(layers), ...Object.values(placeholders)].map((l) => [l.textHash, { language, revision: 3, texts: l.texts }] as const),
  );
  expect(expected).toHaveLength(70);
  const stored = await (await receiver.store()).getTexts(expected.map(([hash]) => hash));
  for (const [hash, texts] of expected) expect(stored.get(hash), hash).toEqual(texts);
}, 120_000);

it('says so when the token is wrong or missing', async () => {
  const wrong = await run(['texts', '--publish', server.url], dir, { CONSENTRY_ADMIN_TOKEN: 'not-the-token' });
  expect([wrong.code, wrong.stderr]).toEqual([
    1,
    expect.stringMatching(/^\[consentry\] error: the receiver refused the \w+ \w+ texts \(401\): a valid admin token is required/),
  ]);
  const missing = await run(['texts', '--publish', server.url], dir, { CONSENTRY_ADMIN_TOKEN: '' });
  expect(missing.stderr).toMatch(/needs the receiver's admin token in CONSENTRY_ADMIN_TOKEN/);
}, 120_000);
