import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

/** Statements kept ready; the insert of n rows is one statement per n, so a few hundred at most. */
const KEPT = 500;

const NOTHING_TO_ROLL_BACK = {
  reader: false,
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  all: () => [],
  iterate: () => [][Symbol.iterator](),
} as unknown as SqliteStatement;

/**
 * better-sqlite3 as Kysely's SQLite dialect sees it, with each statement prepared once and reused:
 * Kysely prepares every query anew, which costs more than running the small queries of the write
 * path. A statement still being iterated is busy, so that case gets a fresh one.
 */
export function cachedStatements(database: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      // SQLite ends a transaction itself on some errors (a full disk, out of memory); Kysely's
      // rollback after them would fail with "no transaction is active", and that error would
      // replace the one that says what went wrong.
      if (sql == 'rollback' && !database.inTransaction) return NOTHING_TO_ROLL_BACK;
      const statement = kept.get(sql);
      if (statement && !statement.busy) return statement as unknown as SqliteStatement;
      const fresh = database.prepare(sql);
      if (!statement) {
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
        kept.set(sql, fresh);
      }
      return fresh as unknown as SqliteStatement;
    },
  };
}
