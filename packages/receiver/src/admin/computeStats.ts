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
  // Counted in Maps: a category may be named anything, "constructor" and "__proto__" included,
  // which a plain object would read from (or write to) Object.prototype.
  const days = new Map<string, { decisions: number; methods: Map<string, number>; granted: Map<string, number> }>();
  for await (const e of store.entries({ ...filter, recordsOnly: true })) {
    const day = e.receivedAt.slice(0, 10);
    let d = days.get(day);
    if (!d) days.set(day, (d = { decisions: 0, methods: new Map(), granted: new Map() }));
    d.decisions++;
    const method = String(e.content!.method);
    d.methods.set(method, (d.methods.get(method) ?? 0) + 1);
    for (const [category, on] of Object.entries(e.content!.categories as Record<string, boolean>))
      d.granted.set(category, (d.granted.get(category) ?? 0) + (on ? 1 : 0));
  }
  // Object.fromEntries defines own properties, so every name is an ordinary key of the JSON.
  return {
    days: [...days]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, d]) => ({ day, decisions: d.decisions, methods: Object.fromEntries(d.methods), granted: Object.fromEntries(d.granted) })),
  };
}
