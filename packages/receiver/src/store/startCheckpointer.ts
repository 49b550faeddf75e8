import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background connection copies the write-ahead log into the database file. */
const EVERY_MS = 250;

// The worker's code (CommonJS, run from this string so the same module works from src/ and dist/):
// a second connection that runs PASSIVE checkpoints, which never block the writer.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Moves SQLite's WAL checkpoints off the writing thread. A checkpoint syncs the database file to
 * disk; run inside a commit (SQLite's default, every 1000 pages) it stalls that commit and every
 * request waiting on it for as long as the disk takes. Here a worker thread checkpoints every
 * 250 ms while the writer goes on. The writer keeps a large automatic checkpoint as a backstop
 * (set by the caller) in case this worker stops. Returns the function that stops it.
 */
export function startCheckpointer(file: string): () => Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file, everyMs: EVERY_MS } });
  worker.unref();
  worker.on('error', (e) => process.stderr.write(`[consentry-receiver] the checkpoint thread stopped: ${e.message}\n`));
  let exited = false;
  const exit = new Promise<void>((done) =>
    worker.once('exit', () => {
      exited = true;
      done();
    }),
  );
  return async () => {
    if (exited) return;
    worker.ref(); // the process waits for the thread to close its connection
    worker.postMessage('stop');
    await exit;
  };
}
