import type { ConsentRecord } from '../types';
import { OUTBOX_FLAG } from '../model/config/defaults';
import { storedRecords } from './storedRecords';

/**
 * Records not yet in the IndexedDB outbox, kept synchronously in localStorage under the outbox
 * flag: a page closed the moment after a decision cannot wait for IndexedDB (nor for the records
 * file to load), and the next page load sends what it finds here. Never throws.
 */
export function readBackup(storage: Storage | undefined, report?: (where: string) => void): ConsentRecord[] {
  let v: unknown;
  try {
    v = JSON.parse(storage?.getItem(OUTBOX_FLAG) || '[]');
  } catch (e) {
    // Storage disabled reads as empty; a value that is not JSON is corrupt.
    v = e instanceof SyntaxError ? {} : [];
  }
  return storedRecords(v, `localStorage "${OUTBOX_FLAG}"`, report);
}

export function writeBackup(storage: Storage | undefined, records: ConsentRecord[]) {
  try {
    storage?.setItem(OUTBOX_FLAG, JSON.stringify(records));
  } catch {
    // Storage disabled or full: the record still goes to the outbox when this page lives long enough.
  }
}
