import type { Chunks } from '../engine/engine';
import type { LazyChunk } from './manifest';

/** The npm build's chunks: the bundler splits each `import()` into a file of its own. */
const CHUNKS: { [K in LazyChunk]: () => Promise<Chunks[K]> } = {
  records: () => import('./records'),
  diagnostics: () => import('./diagnostics'),
  withdraw: () => import('./withdraw'),
  decide: () => import('./decide'),
  guards: () => import('./guards'),
};

/**
 * Loads code that not every page view needs, through the bundler's code splitting (npm builds).
 * Catalogue entries come from the whole catalogue, one chunk, fetched only when a config names one.
 */
export function loadChunk<K extends keyof Chunks & string>(name: K): Promise<Chunks[K]> {
  if (!name.startsWith('service-')) return CHUNKS[name as LazyChunk]() as Promise<Chunks[K]>;
  // The entries' module, not `./catalogue`: tools' tables there (SERVICE_CATEGORIES) stay out of a visitor's chunk.
  const entry = import('../model/catalogue/catalogueEntry').then((m) => m.catalogueEntry(name.slice(8)) || Promise.reject(Error(name)));
  return entry as Promise<Chunks[K]>;
}
