import type { EntryFilter } from '../store/recordStore.js';

/** `YYYY-MM-DD`, or that with a time (`THH:MM:SS`, optional fraction) and an optional offset. */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/;

/** What a `from` or `to` may be, for messages. */
export const DATE_FORMS = 'YYYY-MM-DD or an ISO 8601 time such as 2026-12-07T10:00:00Z';

/**
 * `from`/`to` (the admin routes' query, the CLI's export flags, read through `get`) as ISO times
 * (`toISOString`, the form of `receivedAt`, which they are compared with as text): a date alone
 * means the whole day (UTC), a time without an offset is UTC. Only these forms with a 4-digit year
 * are read (not whatever Date.parse takes: `+010000-01-01`, `1`, …), and only real calendar dates.
 * `{ bad }` names the first one that is anything else.
 */
export function readRange(get: (key: 'from' | 'to') => string | null | undefined): EntryFilter | { bad: 'from' | 'to' } {
  const filter: EntryFilter = {};
  for (const key of ['from', 'to'] as const) {
    const v = get(key);
    if (!v) continue;
    const m = ISO_TIME.exec(v);
    if (!m) return { bad: key };
    const [, year, month, day, hours] = m;
    const date = new Date(Date.UTC(2000, Number(month) - 1, Number(day)));
    date.setUTCFullYear(Number(year)); // Date.UTC reads years 0–99 as 1900–1999
    if (date.getUTCMonth() != Number(month) - 1 || date.getUTCDate() != Number(day)) return { bad: key }; // 2026-02-30
    const time = Date.parse(hours === undefined ? `${v}T${key == 'from' ? '00:00:00.000' : '23:59:59.999'}Z` : m[8] ? v : `${v}Z`);
    const iso = Number.isNaN(time) ? '' : new Date(time).toISOString();
    // An offset can move a time out of the 4-digit years (0000-01-01T00:00:00+01:00), where text no longer sorts as time.
    if (!/^\d{4}-/.test(iso)) return { bad: key };
    filter[key] = iso;
  }
  return filter;
}
