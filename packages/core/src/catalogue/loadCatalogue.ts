import { compilePattern } from '../config/patterns';
import type { Engine } from '../engine/createEngine';

/**
 * Fetches the entries of the catalogue services the config names (`"ga": "google-analytics"`), one
 * small file each, and adds their patterns to those services: a page pays for the services it
 * uses, not for the catalogue. Held markup waits for consent, not for this; the guards and
 * clearing use the patterns once they are here.
 */
export const loadCatalogue = ({ config, env, problem }: Engine) =>
  Promise.all(
    config.categories
      .flatMap((c) => c.services)
      .map(
        (s) =>
          s.catalogue &&
          env.load(`service-${s.catalogue}`).then(
            (e) => {
              // Patterns in the order of the entry's list: cookies, storage keys, databases, then hosts (kept as written).
              [s.cookies, s.storage, s.indexedDB, s.hosts].forEach((into, i) =>
                (e.patterns[i] || '').split(' ').forEach((p) => p && into.push(i < 3 ? compilePattern(p)! : p)),
              );
              s.entry = e;
            },
            () => problem('catalogue', s.catalogue),
          ),
      ),
  );
