import type { ConsentRecord } from '../types';
import { OUTBOX_FLAG } from './outboxFlag';

/**
 * Records not yet in the IndexedDB outbox, kept synchronously in localStorage under the outbox
 * flag: a page closed the moment after a decision cannot wait for IndexedDB (nor for the records
 * file to load), and the next page load sends what it finds here. Never throws.
 */
export function readBackup(): ConsentRecord[] {
  try {
    const v = JSON.parse(localStorage[OUTBOX_FLAG] || '[]');
    return Array.isArray(v) ? v.filter((r) => r && typeof r.id == 'string') : [];
  } catch {
    return [];
  }
}

export function writeBackup(records: ConsentRecord[]) {
  try {
    localStorage[OUTBOX_FLAG] = JSON.stringify(records);
  } catch {
    // Storage disabled or full: the record still goes to the outbox when this page lives long enough.
  }
}
