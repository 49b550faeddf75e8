import { compilePattern } from '../model/config/patterns';
import type { CoreService } from '../model/config/resolvedConfig';
import type { Engine } from './engine';

/**
 * Fetches the entries of the catalogue services the config names (`"ga": "google-analytics"`), one
 * small file each, and adds their patterns to those services: a page pays for the services it
 * uses, not for the catalogue. Held markup waits for consent, not for this; the guards and
 * clearing use the patterns once they are here.
 */
export const loadCatalogue = (engine: Engine) =>
  Promise.all(engine.config.categories.flatMap((c) => c.services).map((s) => s.catalogue && loadEntry(engine, s)));

/**
 * One service's entry. `quiet` for a name the markup registered, which may be no catalogue id at
 * all (as vanilla-cookieconsent allows any name): its missing file is no problem to report.
 */
export const loadEntry = ({ env, problem }: Engine, s: CoreService, quiet?: boolean) =>
  env.load(`service-${s.catalogue}` as `service-${string}`).then(
    (e) => {
      // Patterns in the order of the entry's list: cookies, storage keys, databases, then hosts (kept as written).
      [s.cookies, s.storage, s.indexedDB, s.hosts].forEach((into, i) =>
        (e.patterns[i] || '').split(' ').forEach((p) => p && into.push(i < 3 ? compilePattern(p)! : p)),
      );
      s.entry = e;
    },
    () => quiet || problem('catalogue', s.catalogue),
  );
