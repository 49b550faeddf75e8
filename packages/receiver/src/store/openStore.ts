import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { cachedStatements } from './cachedStatements.js';
import { openReadOnlySqlite } from './openReadOnlySqlite.js';
import { createKyselyStore, type Head } from './createKyselyStore.js';
import { LOCK_PATIENCE_MS, TRY_MS } from './retryWhileBusy.js';
import { startCheckpointer } from './startCheckpointer.js';
import type { RecordStore } from './recordStore.js';
import type { Tables } from './schema.js';

/** Advisory lock key of the receiver's migrations ("consentry" in digits, any constant would do). */
const MIGRATION_LOCK = 2_660_378_779;

/** The default database: an SQLite file in the working directory. */
export const DEFAULT_DB = 'sqlite:./consentry-records.db';

/** How `openStore` opens: to serve (create and migrate), or a database that must already hold records. */
export interface OpenOptions {
  /**
   * The database must already hold a receiver's records (verify, export and purge: a mistyped
   * backup path must not read as an empty, whole log, nor create one).
   */
  existing?: boolean;
  /**
   * Reads only (verify, export; implies `existing`): nothing is written, not even migrations, so
   * a backup on read-only media or a PostgreSQL standby can be checked as it is.
   */
  readOnly?: boolean;
}

/**
 * Opens (and, unless read-only, migrates) the store a `--db` value names: `sqlite:<file>` or
 * `postgres://…` (`postgresql://` too). Throws a message naming the value when it is neither.
 */
export async function openStore(url: string = DEFAULT_DB, { existing = false, readOnly = false }: OpenOptions = {}): Promise<RecordStore> {
  existing ||= readOnly;
  const noRecords = () => new Error(`--db ${url}: no Consentry records there (no entries table)`);
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { default: pg } = await import('pg');
    // BIGINT (the entry numbers) as JavaScript numbers: 2^53 entries is far beyond any log.
    pg.types.setTypeParser(20, Number);
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    // A connection the server drops (a restart, a failover, an ended session) emits 'error': on an
    // idle one the pool's listener hears it, on one a request holds nothing does, and an unheard
    // 'error' would end the process. The request's query fails (a 5xx for that request), and the
    // pool drops the broken connection when it comes back.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    // Receivers starting at once would race to create the migration tables themselves (Kysely's
    // migration lock lives in one of them): a session advisory lock lets one migrate at a time.
    const lock = await pool.connect().catch(async (e) => {
      await pool.end();
      throw e;
    });
    let store: RecordStore | undefined;
    try {
      if (existing && !(await lock.query(`select to_regclass('entries') is not null as here`)).rows[0].here) throw noRecords();
      if (!readOnly) await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      store = await createKyselyStore(db, {
        // One try waits briefly for a head another process holds (a purge, an open psql
        // transaction); retryWhileBusy tries again until the request's patience runs out.
        lockHead: async (tx) => {
          await sql.raw(`set local lock_timeout = ${TRY_MS.postgres}`).execute(tx);
          return (await sql<Head>`select seq, hash from chain_head where id = 1 for update`.execute(tx)).rows[0]!;
        },
        postgres: true,
        migrate: !readOnly,
      });
      return store;
    } finally {
      if (!readOnly) await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      lock.release();
      // Not opened (no records there, a migration failed): its connections must not keep the process alive.
      if (!store) await pool.end().catch(() => {});
    }
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new Error(`--db ${url}: the SQLite file name is missing (sqlite:./consentry-records.db)`);
    // `sqlite://./x.db` would be `/x.db`, at the file system's root: a URL's host part, not a file.
    if (file.startsWith('//')) throw new Error(`--db ${url}: use sqlite:<file> (sqlite:./records.db) or sqlite:///<absolute path>`);
    const { default: Database } = await import('better-sqlite3');
    /** As on PostgreSQL: an existing file without the receiver's tables is not read, nor migrated into one. */
    const holdingRecords = (database: InstanceType<typeof Database>) => {
      if (existing && !database.prepare(`select 1 from sqlite_master where type = 'table' and name = 'entries'`).get()) {
        database.close();
        throw noRecords();
      }
      return database;
    };
    if (readOnly) {
      // No journal mode, checkpoints or migrations: each of them writes.
      const database = holdingRecords(openReadOnlySqlite(Database, file, url));
      const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachedStatements(database) }) });
      return createKyselyStore(db, { lockHead: () => Promise.reject(new Error('the database is open read-only')), migrate: false });
    }
    let database: InstanceType<typeof Database>;
    try {
      database = new Database(file, { fileMustExist: existing });
    } catch (e) {
      throw new Error(existing ? `--db ${url}: no such database file` : `--db ${url}: ${(e as Error).message}`);
    }
    holdingRecords(database);
    // WAL: readers (exports, the visitor's GET) never wait for the writer; NORMAL is durable
    // across a process crash (SIGKILL) and loses at most the last commits on power loss.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // Opening (the migrations) may wait for another process's lock; after it, writes wait between
    // short tries (retryWhileBusy), not inside SQLite, which would block the event loop.
    database.pragma(`busy_timeout = ${LOCK_PATIENCE_MS}`);
    // Checkpoints run on another thread (startCheckpointer); this connection checkpoints itself
    // only if the log passes 64 MiB (16384 pages), should that thread fall behind or stop.
    database.pragma('wal_autocheckpoint = 16384');
    const stopCheckpoints = startCheckpointer(file);
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachedStatements(database) }) });
    try {
      // A write to the row takes the file's write lock at once (and reads the head with it).
      const store = await createKyselyStore(db, {
        lockHead: async (tx) => (await sql<Head>`update chain_head set seq = seq where id = 1 returning seq, hash`.execute(tx)).rows[0]!,
      });
      database.pragma(`busy_timeout = ${TRY_MS.sqlite}`);
      return {
        ...store,
        async close() {
          await stopCheckpoints();
          await store.close();
        },
      };
    } catch (e) {
      await stopCheckpoints();
      throw e;
    }
  }
  throw new Error(`--db ${url}: use sqlite:<file> or postgres://user:password@host:port/database`);
}
