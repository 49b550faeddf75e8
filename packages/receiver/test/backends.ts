// The databases every receiver test runs against: a real SQLite file, and a real PostgreSQL
// whenever DATABASE_URL is set (each test gets a schema of its own). Under CI=true a run without
// PostgreSQL fails (receiverPostgresRequired.test.ts).
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { createReceiver, type Listening, type ReceiverOptions } from '../src/index';

export const DATABASE_URL = process.env.DATABASE_URL;

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database: its `--db` value and a raw SQL runner for tamper tests. */
  fresh(): Promise<{ url: string; sql(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const file = join(mkdtempSync(join(tmpdir(), 'consentry-receiver-')), 'records.db');
    const { default: Database } = await import('better-sqlite3');
    let db: InstanceType<typeof Database> | undefined;
    return {
      url: `sqlite:${file}`,
      async sql(text, params = []) {
        db ??= new Database(file);
        const statement = db.prepare(text);
        return statement.reader ? (statement.all(...params) as Record<string, unknown>[]) : (statement.run(...params), []);
      },
      async drop() {
        db?.close();
      },
    };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async fresh() {
    const schema = 'test_' + randomUUID().replace(/-/g, '');
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const url = new URL(DATABASE_URL!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      url: url.toString(),
      async sql(text, params = []) {
        await admin.query(`set search_path = ${schema}`);
        return (await admin.query(text, params as unknown[])).rows;
      },
      async drop() {
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      },
    };
  },
};

/** SQLite always; PostgreSQL when DATABASE_URL is set. */
export const backends: Backend[] = DATABASE_URL ? [sqlite, postgres] : [sqlite];

/** A valid record (docs/consent-record.schema.json), with `changes` applied. */
export function makeRecord(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    consentId: randomUUID(),
    timestamp: new Date().toISOString(),
    revision: 1,
    method: 'accept_all',
    source: 'banner',
    categories: { necessary: true, analytics: true, marketing: false },
    services: { analytics: { ga: true } },
    textHash: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    expires: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    language: 'en',
    url: 'https://www.example.com/',
    gpc: false,
    sdkVersion: '0.1.0',
    ...changes,
  };
}

/**
 * Per test: a fresh database of `backend` (dropped after it) and `start(options)`, which serves a
 * receiver on it on 127.0.0.1 with `defaults` under `options` (closed after the test).
 */
export function receiverPerTest(backend: Backend, defaults: ReceiverOptions = {}) {
  let db: Awaited<ReturnType<Backend['fresh']>>;
  let server: Listening | undefined;
  let base = '';
  beforeEach(async () => {
    db = await backend.fresh();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await db.drop();
  });
  return {
    /** The test's database. */
    get db() {
      return db;
    },
    /** The started receiver's URL. */
    get base() {
      return base;
    },
    async start(options: ReceiverOptions = {}) {
      server = await createReceiver({ db: db.url, ...defaults, ...options }).listen({ port: 0 });
      base = server.url;
    },
  };
}
