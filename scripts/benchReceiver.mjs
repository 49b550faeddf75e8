// `npm run bench:receiver`: the receiver's throughput on loopback (a benchmark, not a test).
// For SQLite (one receiver process) and PostgreSQL (two receiver processes on one database, when
// DATABASE_URL is set): BENCH_RECORDS records (default 100,000) posted by 50 concurrent clients
// over keep-alive connections; reports records/s, p50/p99 latency, and checks that the stored
// count equals the unique ids sent and the log verifies. Then the export of BENCH_EXPORT records
// (default 1,000,000) through `consentry-receiver export`, with its peak RSS (GNU time).
// BENCH_PARTS picks parts (sqlite,postgres,export). Each run also reports the receivers' CPU time per record (what the code costs, whatever else the
// machine runs) and the load average after it. Needs the built receiver (npx tsc -b). Results go to
// docs/receiver.md by hand.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processTicks } from '../bench/otherCpu.mjs';

const CLI = fileURLToPath(new URL('../packages/receiver/dist/cli.js', import.meta.url));
const { openStore } = await import('../packages/receiver/dist/index.js');
const RECORDS = Number(process.env.BENCH_RECORDS) || 100_000;
const EXPORT = Number(process.env.BENCH_EXPORT) || 1_000_000;
const CLIENTS = 50;
// Which parts to run (comma-separated): sqlite, postgres (needs DATABASE_URL), export.
const PARTS = (process.env.BENCH_PARTS || 'sqlite,postgres,export').split(',');

const record = () => {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    consentId: randomUUID(),
    timestamp: now,
    revision: 1,
    method: 'accept_all',
    source: 'banner',
    categories: { necessary: true, analytics: true, marketing: false },
    services: { analytics: { ga: true } },
    textHash: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    expires: now,
    language: 'en',
    url: 'https://www.example.com/',
    gpc: false,
    sdkVersion: '0.1.0',
  };
};

function startReceiver(db) {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--db', db, '--rate-limit', '0'], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on http:\/\/([\d.]+):(\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[2]) });
    });
    child.once('exit', (code) => reject(new Error(`receiver exited ${code}`)));
  });
}

async function post(agent, port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/consent',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(ports) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const bodies = Array.from({ length: RECORDS }, () => JSON.stringify(record()));
  const latencies = new Float64Array(RECORDS);
  let next = 0;
  let failed = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < RECORDS; i = next++) {
        const t = performance.now();
        // A refused connection or a reset counts as a failure (reported), not the end of the run.
        const status = await post(agent, ports[i % ports.length], bodies[i]).catch(() => 0);
        latencies[i] = performance.now() - t;
        if (status != 201) failed++;
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort();
  const pct = (p) => latencies[Math.min(RECORDS - 1, Math.floor(RECORDS * p))].toFixed(1);
  return {
    records: RECORDS,
    clients: CLIENTS,
    seconds: seconds.toFixed(1),
    perSecond: Math.round(RECORDS / seconds),
    p50ms: pct(0.5),
    p99ms: pct(0.99),
    failed,
  };
}

const verify = (db) => JSON.parse(execFileSync(process.execPath, [CLI, 'verify', '--db', db], { env: { ...process.env, DATABASE_URL: '' } }).toString());

// CPU seconds a process has used (Linux): what the receivers cost, whatever else the machine runs.
const cpuSeconds = (pid) => {
  try {
    // Clock ticks are 1/100 s on Linux (USER_HZ).
    return processTicks(pid).own / 100;
  } catch {
    return NaN;
  }
};

async function bench(name, db, processes) {
  const receivers = await Promise.all(Array.from({ length: processes }, () => startReceiver(db)));
  let result;
  try {
    const cpuBefore = receivers.reduce((sum, r) => sum + cpuSeconds(r.child.pid), 0);
    result = await load(receivers.map((r) => r.port));
    const cpu = receivers.reduce((sum, r) => sum + cpuSeconds(r.child.pid), 0) - cpuBefore;
    result.receiverCpuMicrosecondsPerRecord = Math.round((cpu / RECORDS) * 1e6);
    result.loadAverageAfter = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  } finally {
    // Stopped before anything else happens to their database (the PostgreSQL schema is dropped after).
    const exits = receivers.map((r) => new Promise((done) => (r.child.exitCode !== null ? done() : r.child.once('exit', done))));
    for (const r of receivers) r.child.kill('SIGTERM');
    await Promise.all(exits);
  }
  const verified = verify(db);
  console.log(
    JSON.stringify({
      bench: `${name}, ${processes} receiver process(es)`,
      ...result,
      stored: verified.entries,
      storedEqualsUnique: verified.entries == RECORDS,
      verify: verified.ok,
    }),
  );
}

/** `consentry-receiver export` of the whole log: lines counted as they stream by, peak RSS by GNU time. */
async function exportRun(db, format) {
  const timeFile = join(mkdtempSync(join(tmpdir(), 'consentry-bench-')), 'time');
  const began = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, CLI, 'export', '--db', db, '--format', format], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lines = 0;
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i != -1; i = chunk.indexOf(10, i + 1)) lines++;
  });
  const code = await new Promise((done) => child.once('close', done));
  const peakKiB = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  const entries = format == 'csv' ? lines - 1 : lines;
  console.log(
    JSON.stringify({
      bench: `export ${format}`,
      exitCode: code,
      entries,
      seconds: ((performance.now() - began) / 1000).toFixed(1),
      peakRssMiB: (peakKiB / 1024).toFixed(0),
    }),
  );
}

/** Fills the SQLite log up to `total` entries (in-process appends, not timed). */
async function fill(db, total) {
  const store = await openStore(db);
  const before = (await store.verify()).entries;
  for (let n = before; n < total; n += 10_000) await store.append(Array.from({ length: Math.min(10_000, total - n) }, record));
  await store.close();
}

console.log(
  JSON.stringify({
    machine: `${cpus().length} cores (${cpus()[0]?.model})`,
    loadAverage: loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
    node: process.version,
  }),
);
const sqliteDb = `sqlite:${join(mkdtempSync(join(tmpdir(), 'consentry-bench-')), 'records.db')}`;
if (PARTS.includes('sqlite')) await bench('SQLite', sqliteDb, 1);
if (PARTS.includes('postgres') && process.env.DATABASE_URL) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const schema = 'bench_' + randomUUID().replace(/-/g, '');
  await client.query(`create schema ${schema}`);
  const url = new URL(process.env.DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    await bench('PostgreSQL', url.toString(), 2);
  } finally {
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  }
} else if (PARTS.includes('postgres')) console.log('PostgreSQL bench skipped: DATABASE_URL is not set');
if (EXPORT && PARTS.includes('export')) {
  // The same export at the bench's size and at EXPORT entries: streamed, its memory stays flat.
  await fill(sqliteDb, RECORDS);
  await exportRun(sqliteDb, 'ndjson');
  await fill(sqliteDb, EXPORT);
  await exportRun(sqliteDb, 'ndjson');
  await exportRun(sqliteDb, 'csv');
}
