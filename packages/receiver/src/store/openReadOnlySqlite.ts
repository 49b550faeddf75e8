import { existsSync, readFileSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

type Driver = typeof BetterSqlite3;

/**
 * Opens an SQLite file for reading only (verify, export), writing nothing beside it. A database in
 * WAL mode needs its `-shm` file, which SQLite cannot create in a folder it may not write to (a
 * backup on read-only media): then the file is read into memory as a database of its own, marked
 * as not in WAL mode (bytes 18 and 19 of the header), and read from there. A write-ahead log left
 * beside it holds commits the file does not, so that case is refused with what to do.
 */
export function openReadOnlySqlite(Database: Driver, file: string, url: string): BetterSqlite3.Database {
  let database: BetterSqlite3.Database;
  try {
    database = new Database(file, { fileMustExist: true, readonly: true });
  } catch {
    throw new Error(`--db ${url}: no such database file`);
  }
  try {
    database.prepare('select 1 from sqlite_master').get();
    return database;
  } catch (e) {
    database.close();
    // No -shm and no right to create it: READONLY_DIRECTORY, or CANTOPEN with a -wal there.
    if (!['SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN'].includes((e as { code?: string }).code!)) throw e;
  }
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0)
    throw new Error(`--db ${url}: its write-ahead log (${file}-wal) cannot be read in a folder SQLite may not write to; copy both files to one it may`);
  const copy = readFileSync(file);
  copy[18] = copy[19] = 1;
  return new Database(copy, { readonly: true });
}
