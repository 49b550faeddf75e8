import { has } from '../config/names';
import { type ServiceDescription, SERVICE_DESCRIPTIONS } from './serviceDescriptions';
import { type ServicePatterns, SERVICE_PATTERNS } from './servicePatterns';

/**
 * One built-in catalogue service: what blocking needs (`patterns`) and what the UI shows
 * (`description`). The script-tag build writes each entry to its own `consentry-service-<id>.js`,
 * so a page fetches only the entries its config names and the catalogue can grow for free.
 */
export interface CatalogueEntry {
  /** Space-separated patterns: cookies, storage keys, IndexedDB names, hosts. */
  patterns: ServicePatterns;
  description: ServiceDescription;
}

/** The catalogue entry with id `id` (`"posthog"`), or `undefined` for an unknown id. Not in the main file. */
export const catalogueEntry = (id: string): CatalogueEntry | undefined =>
  has(SERVICE_PATTERNS, id) ? { patterns: SERVICE_PATTERNS[id], description: SERVICE_DESCRIPTIONS[id] } : undefined;

/** Every catalogue id, in catalogue order. */
export const catalogueIds = () => Object.keys(SERVICE_PATTERNS);
