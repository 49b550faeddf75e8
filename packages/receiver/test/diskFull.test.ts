// A full disk under SQLite: SQLite ends the transaction itself, and the error the operator reads
// must be that one ("database or disk is full"), not Kysely's rollback failing after it. SQLite's
// max_page_count gives the same SQLITE_FULL as a full file system, without needing one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { expect, it } from 'vitest';
import { cachedStatements } from '../src/store/cachedStatements';

it('a write that fills the database fails with SQLITE_FULL, and the connection writes again once there is room', async () => {
  const database = new Database(join(mkdtempSync(join(tmpdir(), 'consentry-full-')), 'records.db'));
  database.pragma('journal_mode = WAL');
  const db = new Kysely<{ t: { v: string } }>({ dialect: new SqliteDialect({ database: cachedStatements(database) }) });
  await sql`create table t (v text)`.execute(db);
  const pages = database.pragma('page_count', { simple: true }) as number;
  database.pragma(`max_page_count = ${pages + 2}`);
  const fill = () =>
    db.transaction().execute(async (tx) => {
      for (let i = 0; i < 100; i++)
        await tx
          .insertInto('t')
          .values({ v: 'x'.repeat(4000) })
          .execute();
    });
  await expect(fill()).rejects.toMatchObject({ code: 'SQLITE_FULL', message: 'database or disk is full' });
  expect(database.inTransaction).toBe(false);
  database.pragma('max_page_count = 1000000');
  await fill();
  expect(Number((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0]!.n)).toBe(100);
  await db.destroy();
});
