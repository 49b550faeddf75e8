import type { NameMatcher, CoreConfig } from './config/resolvedConfig';
import { matchesName } from './config/patterns';
import type { ConsentState } from '../types';

/** Cookie names, storage keys, IndexedDB names and hosts of what is not allowed now. */
export interface OffRules {
  cookies: NameMatcher[];
  storage: NameMatcher[];
  indexedDB: NameMatcher[];
  hosts: string[];
}

/**
 * Patterns of everything not allowed under `state` (everything non-necessary before a decision):
 * a category that is off takes its own patterns and all its services'; a category that is on
 * (as a whole or through one service) gives only the patterns of its services that are off.
 */
export function offRules(config: CoreConfig, state: ConsentState | null, all?: boolean): OffRules {
  const off: OffRules = { cookies: [], storage: [], indexedDB: [], hosts: [] };
  const add = (r: OffRules) => {
    // Own keys only: a page may have added enumerable names to Object.prototype.
    for (const kind of Object.keys(off) as (keyof OffRules)[]) (off[kind] as unknown[]).push(...r[kind]);
  };
  for (const cat of config.categories) {
    if (cat.necessary && !all) continue;
    const catOff = all || !state?.categories[cat.name];
    if (catOff) add(cat);
    for (const s of cat.services) if (catOff || !state!.services[cat.name]?.[s.name]) add(s);
  }
  return off;
}

export const matchesAny = (list: NameMatcher[], name: string) => list.some((m) => matchesName(m, name));
