import type { KeyValueStore } from '../env/env';
import { OUTBOX_FLAG } from '../model/config/defaults';
import type { ConsentRecord } from '../types';
import { readBackup, writeBackup } from './outboxBackup';
import { storedRecords } from './storedRecords';

const OUTBOX = 'outbox';

/** Runs `fn` on Consentry's IndexedDB store, one operation after another (createRecordKeeper). */
export type Run = <T>(fn: (s: KeyValueStore) => Promise<T>) => Promise<T | undefined>;

/**
 * Where undelivered records wait: the outbox list in IndexedDB, and the localStorage backup a
 * closing page writes synchronously. A corrupt stored value reads as empty (`corrupt` says where,
 * once) and the next write replaces it.
 */
export function createOutboxStore(run: Run, local: Storage | undefined, maxQueue: number, corrupt: (where: string) => void) {
  const outboxOf = (v: unknown) => storedRecords(v, 'IndexedDB outbox', corrupt);
  const read = async () => outboxOf(await run((s) => s.get(OUTBOX)));
  const backup = () => readBackup(local, corrupt);
  return {
    read,
    backup,
    /**
     * Puts records in the outbox (once each, never one in `settled`, oldest dropped past maxQueue)
     * and returns the dropped ones; once IndexedDB holds them, the localStorage backup lets go of
     * them. Both the check and the drop's entry in `settled` happen inside the write, so an add
     * queued behind it cannot bring a dropped record back.
     */
    async add(records: ConsentRecord[], settled: Set<string>): Promise<ConsentRecord[]> {
      let dropped: ConsentRecord[] = [];
      await run((s) =>
        s.update<ConsentRecord[]>(OUTBOX, (l) => {
          const list = outboxOf(l);
          for (const r of records) if (!settled.has(r.id) && !list.some((x) => x.id == r.id)) list.push(r);
          dropped = list.splice(0, Math.max(0, list.length - maxQueue));
          for (const d of dropped) settled.add(d.id);
          return list;
        }),
      );
      const kept = await read();
      writeBackup(
        local,
        backup().filter((b) => !kept.some((r) => r.id == b.id) && !dropped.some((d) => d.id == b.id)),
      );
      return dropped;
    },
    /** Removes a delivered (or dropped) record from both places. */
    async remove(id: string) {
      await run((s) => s.update<ConsentRecord[]>(OUTBOX, (l) => outboxOf(l).filter((r) => r.id != id)));
      if (backup().some((b) => b.id == id))
        writeBackup(
          local,
          backup().filter((b) => b.id != id),
        );
    },
    /** Nothing waits any more: the next page load need not load the records code to flush. */
    async clearFlagIfEmpty() {
      if ((await read()).length || backup().length) return;
      try {
        local?.removeItem(OUTBOX_FLAG);
      } catch {
        // Storage failing: the next page load loads the records code and finds nothing to send.
      }
    },
  };
}
