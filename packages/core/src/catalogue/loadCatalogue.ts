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
              const [cookies, storage, indexedDB, hosts] = [0, 1, 2, 3].map((i) => (e.patterns[i] || '').split(' ').filter(Boolean));
              const compile = (list: string[]) => list.map((p) => compilePattern(p)!);
              s.cookies.push(...compile(cookies));
              s.storage.push(...compile(storage));
              s.indexedDB.push(...compile(indexedDB));
              s.hosts.push(...hosts);
              s.entry = e;
            },
            () => problem('catalogue', s.catalogue),
          ),
      ),
  );
