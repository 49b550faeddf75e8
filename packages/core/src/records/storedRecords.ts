import type { ConsentRecord } from '../types';

/** Where a corrupt value was found, once per page view: the next write replaces it. */
const reported = new Set<string>();

/**
 * The one reading of a stored list of records (IndexedDB `outbox` and `receipts`, the localStorage
 * backup): an array of objects with a string `id`. Anything else (another tool's value, a
 * truncated write, `{}`) is corrupt: it is ignored, `report(where)` names it once, and nothing
 * throws. Items without an id are left out the same way. Never grants or sends anything a
 * decision did not make: a record is only ever data to pass on.
 */
export function storedRecords(value: unknown, where: string, report?: (where: string) => void): ConsentRecord[] {
  const list = Array.isArray(value) ? value.filter((r) => r && typeof r == 'object' && typeof r.id == 'string') : [];
  if (value != null && list.length != (value as unknown[]).length && !reported.has(where)) {
    reported.add(where);
    report?.(where);
  }
  return list;
}
