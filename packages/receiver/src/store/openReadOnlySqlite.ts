import { chmodSync, closeSync, copyFileSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

type Driver = typeof BetterSqlite3;

/**
 * Opens an SQLite file for reading only (verify, export); the database is never changed. A
 * database in WAL mode needs its `-shm` file, which SQLite cannot create in a folder it may not
 * write to (a backup on read-only media): then the file is copied to the system's temporary folder,
 * marked there as not in WAL mode (bytes 18 and 19 of the header), and read from the copy, which
 * is removed at once (the open file stays readable) or, where that is refused, when the process
 * ends. A write-ahead log left beside it holds commits the file does not, so that case is refused
 * with what to do.
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
  const dir = mkdtempSync(join(tmpdir(), 'consentry-read-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  let opened: BetterSqlite3.Database | undefined;
  try {
    const copy = join(dir, 'copy.db');
    copyFileSync(file, copy);
    chmodSync(copy, 0o600); // the copy keeps a read-only file's mode
    const fd = openSync(copy, 'r+');
    writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
    closeSync(fd);
    opened = new Database(copy, { readonly: true });
    opened.prepare('select 1 from sqlite_master').get();
    try {
      remove();
    } catch {
      process.once('exit', remove);
    }
    return opened;
  } catch (e) {
    opened?.close();
    remove();
    throw e;
  }
}
