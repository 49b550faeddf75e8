import type { EntryFilter, RecordStore } from '../store/recordStore.js';

/** One day of `/admin/stats`: decisions by method and how often each category was granted. */
export interface DayStats {
  day: string;
  decisions: number;
  methods: Record<string, number>;
  granted: Record<string, number>;
}

/** Per day (of `receivedAt`, UTC), in order. Reads the records a page at a time. */
export async function computeStats(store: RecordStore, filter: EntryFilter): Promise<{ days: DayStats[] }> {
  const days = new Map<string, DayStats>();
  for await (const e of store.entries({ ...filter, recordsOnly: true })) {
    const day = e.receivedAt.slice(0, 10);
    let d = days.get(day);
    if (!d) days.set(day, (d = { day, decisions: 0, methods: {}, granted: {} }));
    d.decisions++;
    const method = String(e.content!.method);
    d.methods[method] = (d.methods[method] ?? 0) + 1;
    for (const [category, on] of Object.entries(e.content!.categories as Record<string, boolean>))
      d.granted[category] = (d.granted[category] ?? 0) + (on ? 1 : 0);
  }
  return { days: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1)) };
}
