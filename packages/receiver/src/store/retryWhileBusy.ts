/** How long a write waits for another process's write lock (a purge, an operator's transaction) before giving up. */
export const LOCK_PATIENCE_MS = 5000;

/** A write gave up waiting for the database's write lock: the request gets 503 and comes again later. */
export class StoreBusyError extends Error {
  constructor() {
    super('the database is busy (another process is writing to it); retry later');
  }
}

/**
 * A lock wait that gave up: SQLite's SQLITE_BUSY (after its short busy timeout) or PostgreSQL's
 * lock_not_available (after `lock_timeout`).
 */
const isLockWait = (e: unknown) => {
  const code = String((e as { code?: unknown } | undefined)?.code);
  return code == '55P03' || code.startsWith('SQLITE_BUSY');
};

/**
 * Runs a write transaction, and again while another process holds the write lock, until
 * LOCK_PATIENCE_MS have passed; then throws StoreBusyError. SQLite waits for a lock inside the
 * call, blocking the event loop, so its busy timeout is kept short and the waiting happens here,
 * between tries, while the server goes on answering other requests. PostgreSQL waits without
 * blocking; its `lock_timeout` is the patience, so its first lock wait that gives up is the last.
 */
export async function retryWhileBusy<T>(run: () => Promise<T>): Promise<T> {
  const start = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await run();
    } catch (e) {
      if (!isLockWait(e)) throw e;
      if (Date.now() - start >= LOCK_PATIENCE_MS) throw new StoreBusyError();
      await new Promise((wake) => setTimeout(wake, pause));
    }
  }
}
