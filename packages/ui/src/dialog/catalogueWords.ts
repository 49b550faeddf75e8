import type { CoreConfig, ResolvedConfig } from '@consentry/core/internal';

/**
 * Gives each catalogue service of `full` the words of its entry, which the main file loaded with
 * its patterns (one file per service, so the UI carries no catalogue). Returns whether every entry
 * was there: one still loading (or that failed) leaves the service with its config's words.
 */
export function catalogueWords(full: ResolvedConfig, core: CoreConfig): boolean {
  let complete = true;
  for (const c of full.categories)
    for (const s of c.services) {
      if (!s.catalogue) continue;
      const entry = core.categories.find((x) => x.name == c.name)?.services.find((x) => x.name == s.name)?.entry;
      s.description = entry?.description;
      complete &&= !!entry;
    }
  return complete;
}
