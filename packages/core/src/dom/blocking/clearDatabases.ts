import { matchesAny } from '../../model/cookieRules';
import type { NameMatcher } from '../../model/config/resolvedConfig';

/** How long a deletion may take before it is reported as pending. */
const WAIT_MS = 1000;

/**
 * Deletes the IndexedDB databases whose names match `patterns`. Resolves with those deleted and
 * those whose deletion waits for connections still open in this page (a tracker that keeps its
 * database open): the browser deletes them once those close, at the latest when the page does.
 * Browsers without `indexedDB.databases()` cannot list databases: nothing is claimed there.
 */
export async function clearDatabases(patterns: NameMatcher[]): Promise<[removed: string[], pending: string[]]> {
  const removed: string[] = [];
  const pending: string[] = [];
  if (!patterns.length) return [removed, pending];
  let names: string[] = [];
  try {
    names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n && matchesAny(patterns, n));
  } catch {
    // No databases() (older Firefox and Safari) or storage disabled.
  }
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((done) => {
          const req = indexedDB.deleteDatabase(name);
          const settle = (into: string[]) => {
            clearTimeout(timer);
            into.push(name);
            done();
          };
          const timer = setTimeout(() => settle(pending), WAIT_MS);
          req.onsuccess = () => settle(removed);
          req.onerror = () => settle(pending);
        }),
    ),
  );
  return [removed, pending];
}
