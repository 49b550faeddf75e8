import { warn } from '../log';
import type { ConsentRecord } from '../types';

/** The site's `transformRecord`, if any; a throwing or empty one leaves the record as it was. */
export function transformRecord(fn: ((r: ConsentRecord) => ConsentRecord) | undefined, r: ConsentRecord): ConsentRecord {
  if (!fn) return r;
  try {
    const out = fn(r);
    if (out && typeof out == 'object') return out;
    warn('transformRecord returned no record; using the original');
  } catch (e) {
    warn('transformRecord threw; using the original record:', e);
  }
  return r;
}
