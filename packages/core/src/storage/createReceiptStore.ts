import type { Env, KeyValueStore } from '../env/env';
import { warn } from '../log';
import type { ConsentRecord } from '../types';

/** How many receipts the local history keeps (oldest dropped first). */
export const MAX_RECEIPTS = 100;
const DECISION = 'decision';
const RECEIPTS = 'receipts';

export interface ReceiptStore {
  /** Keeps the decision (for the Safari restore) and its receipt. */
  append(cookieValue: string, record: ConsentRecord): void;
  /** Deletes the kept decision and the receipt history. */
  forget(): void;
  /** The decision kept in an existing database; never creates it. */
  readDecision(): Promise<string | undefined>;
  /** Receipts, oldest first; `[]` when there are none or storage fails. */
  read(): Promise<ConsentRecord[]>;
}

/**
 * The receipt history in Consentry's IndexedDB database. Operations run one after another, so a
 * `reset()` right after a decision cannot be overtaken by that decision's write. Failures are
 * logged and never reach the page: storage that is missing counts as empty.
 */
export function createReceiptStore(env: Env): ReceiptStore {
  let queue: Promise<unknown> = Promise.resolve();
  let opened = false;
  const run = <T>(fn: (s: KeyValueStore) => Promise<T>, ifExists?: boolean): Promise<T | undefined> => {
    const next = queue
      .then(async () => {
        if (ifExists && !opened && !(await env.storeExists())) return;
        opened = true;
        return fn(await env.openStore());
      })
      .catch((e) => void warn('IndexedDB failed; the local consent history is incomplete:', e));
    queue = next;
    return next;
  };
  return {
    append(value, record) {
      run((s) => Promise.all([s.set(DECISION, value), s.update<ConsentRecord[]>(RECEIPTS, (l) => [...(Array.isArray(l) ? l : []), record].slice(-MAX_RECEIPTS))]));
    },
    forget() {
      run((s) => Promise.all([s.del(DECISION), s.del(RECEIPTS)]), true);
    },
    readDecision: () => run((s) => s.get(DECISION), true).then((v) => (typeof v == 'string' ? v : undefined)),
    read: () => run((s) => s.get(RECEIPTS), true).then((v) => (Array.isArray(v) ? (v as ConsentRecord[]) : [])),
  };
}
