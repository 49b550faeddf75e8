/** How long a write may wait, from its request's arrival, for another process's write lock (a purge, an operator's transaction). */
export const LOCK_PATIENCE_MS = 5000;

/**
 * How long one try waits for the lock inside the database: SQLite's busy timeout (it blocks the
 * event loop meanwhile, so it is short) and PostgreSQL's `lock_timeout` for the chain head.
 */
export const TRY_MS = { sqlite: 20, postgres: 200 };

/** A write gave up waiting for the database's write lock: the request gets 503 and comes again later. */
export class StoreBusyError extends Error {
  constructor() {
    super('the database is busy (another process is writing to it); retry later');
  }
}

/**
 * A lock wait that gave up: SQLite's SQLITE_BUSY (after its busy timeout) or PostgreSQL's
 * lock_not_available (after `lock_timeout`).
 */
const isLockWait = (e: unknown) => {
  const code = String((e as { code?: unknown } | undefined)?.code);
  return code == '55P03' || code.startsWith('SQLITE_BUSY');
};

/**
 * Runs a write transaction, and again while another process holds the write lock, pausing between
 * tries so the server goes on answering other requests, until LOCK_PATIENCE_MS have passed since
 * `since` (when its request arrived); then throws StoreBusyError. A write that waited its turn
 * behind another past that time still gets one try.
 */
export async function retryWhileBusy<T>(run: () => Promise<T>, since = Date.now()): Promise<T> {
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await run();
    } catch (e) {
      if (!isLockWait(e)) throw e;
      if (Date.now() - since >= LOCK_PATIENCE_MS) throw new StoreBusyError();
      await new Promise((wake) => setTimeout(wake, pause));
    }
  }
}
