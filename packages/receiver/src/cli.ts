#!/usr/bin/env node
// consentry-receiver: flags (or environment variables) → options → listen; and the verify, export
// and purge subcommands on the same database (docs/receiver.md).
import { readFileSync, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createReceiver } from './app.js';
import { exportEntries } from './admin/exportEntries.js';
import { DATE_FORMS, readRange } from './admin/readRange.js';
import { DEFAULT_DB, type OpenOptions, openStore } from './store/openStore.js';
import type { RecordStore } from './store/recordStore.js';

const USAGE = `Usage:
  consentry-receiver [--port 8787] [--host 127.0.0.1] [--db sqlite:./consentry-records.db | postgres://…]
                     [--origin https://www.example.com]... [--admin-token-file file]
                     [--retention-days N] [--rate-limit 20] [--trust-proxy]
  consentry-receiver verify --db …
  consentry-receiver export --db … [--format ndjson|csv] [--from date] [--to date] [--consent-id id] [--out file]
  consentry-receiver purge  --db … --retention-days N

Environment: PORT, HOST, DATABASE_URL, CONSENTRY_ORIGINS (comma-separated), CONSENTRY_ADMIN_TOKEN,
CONSENTRY_RETENTION_DAYS, CONSENTRY_RATE_LIMIT, CONSENTRY_TRUST_PROXY=1. Flags win.`;

class UsageError extends Error {}
const fail = (message: string): never => {
  throw new UsageError(message);
};
const VALUE_FLAGS = [
  '--port',
  '--host',
  '--db',
  '--origin',
  '--admin-token-file',
  '--retention-days',
  '--rate-limit',
  '--format',
  '--from',
  '--to',
  '--consent-id',
  '--out',
];

/** The command and its flags (repeated flags collected); throws UsageError on anything unknown. */
function parseArgs(args: string[]) {
  const flags = new Map<string, string[]>();
  let command = 'serve';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_FLAGS.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') fail(`${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value!]);
    } else if (name == '--trust-proxy' || name == '--help' || name == '-h' || name == '--version') flags.set(name, ['1']);
    else if (i == 0 && ['serve', 'verify', 'export', 'purge'].includes(arg)) command = arg;
    else fail(`unknown argument "${arg}" (see consentry-receiver --help)`);
  }
  return { command, flag: (name: string) => flags.get(name)?.at(-1), all: (name: string) => flags.get(name) ?? [], has: (name: string) => flags.has(name) };
}

const wholeNumber = (name: string, value: string | undefined, min = 0): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) fail(`${name} must be a whole number ≥ ${min}, not "${value}"`);
  return Number(value);
};

/** Runs one command on the store and closes it, also when the command fails (PostgreSQL's idle connections would keep the process 10 s). */
async function withStore<T>(db: string, options: OpenOptions, run: (store: RecordStore) => Promise<T>): Promise<T> {
  const store = await openStore(db, options);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

async function main(args: string[]) {
  const { command, flag, all, has } = parseArgs(args);
  const env = process.env;
  if (has('--help') || has('-h')) return void process.stdout.write(USAGE + '\n');
  if (has('--version')) return void process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
  const db = flag('--db') ?? env.DATABASE_URL ?? DEFAULT_DB;
  const retentionDays = wholeNumber('--retention-days', flag('--retention-days') ?? env.CONSENTRY_RETENTION_DAYS, 1);
  const cutoff = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  if (command == 'verify') {
    const result = await withStore(db, { readOnly: true }, (store) => store.verify());
    process.stdout.write(JSON.stringify(result) + '\n');
    process.exitCode = result.ok ? 0 : 1;
    return;
  }
  if (command == 'export') {
    const format = flag('--format') ?? 'ndjson';
    if (format != 'ndjson' && format != 'csv') fail('--format is ndjson or csv');
    // Read as the admin routes read ?from and ?to: a date alone is the whole day, anything else a usage error.
    const range = readRange((key) => flag(`--${key}`));
    if ('bad' in range) return fail(`--${range.bad} is not a date (${DATE_FORMS})`);
    const filter = { ...range, consentId: flag('--consent-id') };
    const out = flag('--out');
    await withStore(db, { readOnly: true }, (store) =>
      pipeline(Readable.fromWeb(exportEntries(store, filter, format as 'ndjson' | 'csv') as never), out ? createWriteStream(out) : process.stdout),
    );
    return;
  }
  if (command == 'purge') {
    if (retentionDays === undefined) fail('purge needs --retention-days N (records received more than N days ago are removed)');
    const removed = await withStore(db, { existing: true }, (store) => store.purge(cutoff(retentionDays!)));
    process.stdout.write(JSON.stringify({ removed }) + '\n');
    return;
  }

  const port = wholeNumber('--port', flag('--port') ?? env.PORT) ?? 8787;
  const host = flag('--host') ?? env.HOST ?? '127.0.0.1';
  const origins = all('--origin').length
    ? all('--origin')
    : (env.CONSENTRY_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
  for (const o of origins) if (!/^https?:\/\/[^/]+$/.test(o)) fail(`--origin ${o}: an origin is scheme://host[:port], without a path`);
  const tokenFile = flag('--admin-token-file');
  let adminToken = env.CONSENTRY_ADMIN_TOKEN;
  if (tokenFile) {
    try {
      adminToken = readFileSync(tokenFile, 'utf8').trim();
    } catch (e) {
      fail(`--admin-token-file ${tokenFile}: ${(e as Error).message}`);
    }
  }
  if (adminToken !== undefined && adminToken.length < 16) fail('the admin token must be at least 16 characters long');
  const rate = wholeNumber('--rate-limit', flag('--rate-limit') ?? env.CONSENTRY_RATE_LIMIT);
  const trustProxy = has('--trust-proxy') || env.CONSENTRY_TRUST_PROXY == '1';

  const store = await openStore(db);
  const receiver = createReceiver({
    db: store,
    origins,
    adminToken,
    trustProxy,
    rateLimit: rate === 0 ? false : rate ? { perSecond: rate, burst: rate * 2 } : undefined,
  });
  // A port in use: the database is closed before the message, or PostgreSQL's idle connections keep the process 10 s.
  const server = await receiver.listen({ port, host }).catch(async (e) => {
    await store.close();
    throw e;
  });
  if (!adminToken) process.stderr.write('[consentry-receiver] no admin token: the /admin routes answer 401\n');
  let timer: ReturnType<typeof setInterval> | undefined;
  if (retentionDays) {
    const purge = () => store.purge(cutoff(retentionDays)).catch((e) => process.stderr.write(`[consentry-receiver] purge failed: ${e.message}\n`));
    await purge();
    timer = setInterval(purge, 6 * 3_600_000);
    timer.unref();
  }
  process.stdout.write(`listening on ${server.url}\n`);
  const stop = () => {
    clearInterval(timer);
    server
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main(process.argv.slice(2)).catch((e) => {
  const message = e instanceof UsageError ? e.message : e?.code == 'EADDRINUSE' ? `the port is in use (${e.message})` : String(e?.message ?? e);
  process.stderr.write(`[consentry-receiver] error: ${message.split('\n')[0]}\n`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
});
