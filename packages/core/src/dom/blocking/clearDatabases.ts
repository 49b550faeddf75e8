import { matchesAny } from '../../model/cookieRules';
import type { NameMatcher } from '../../model/config/resolvedConfig';

/**
 * Deletes the IndexedDB databases whose names match `patterns()`, read once the browser has listed
 * them: a service the visitor allowed while the list was coming keeps its data. Resolves with those deleted and
 * those whose deletion waits for connections still open in this page (a tracker that keeps its
 * database open where the guard cannot close it, `blocked`) or failed: the browser deletes a
 * blocked one once those connections close, at the latest when the page does. No timer: a
 * deletion is only reported once the browser has said how it went, however long that takes.
 * Browsers without `indexedDB.databases()` cannot list databases: nothing is claimed there.
 */
export async function clearDatabases(patterns: () => NameMatcher[]): Promise<[removed: string[], pending: string[]]> {
  const removed: string[] = [];
  const pending: string[] = [];
  if (!patterns().length) return [removed, pending];
  let names: string[] = [];
  try {
    names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n && matchesAny(patterns(), n));
  } catch {
    // No databases() (older Firefox and Safari) or storage disabled.
  }
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((done) => {
          const req = indexedDB.deleteDatabase(name);
          // The first answer counts: a blocked deletion succeeds later, once the connections close.
          const settle = (into: string[]) => () => {
            req.onsuccess = req.onerror = req.onblocked = null;
            into.push(name);
            done();
          };
          req.onsuccess = settle(removed);
          req.onerror = req.onblocked = settle(pending);
        }),
    ),
  );
  return [removed, pending];
}
