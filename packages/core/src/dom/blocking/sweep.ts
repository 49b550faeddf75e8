import type { Engine } from '../../engine/engine';
import { clearBlocked } from './clearBlocked';
import { clearDatabases } from './clearDatabases';
import type { OffRules } from '../../model/cookieRules';

/** How long after clearing trackers get to set cookies again before the second sweep. */
const RECHECK_MS = 1500;

/**
 * Clears the cookies, storage keys and IndexedDB databases `rules()` refuses, now and, while `still()` holds, once more
 * shortly after (trackers re-set cookies). Each sweep ends with a `cleared` event; resolves after the first.
 */
export function sweep(engine: Engine, rules: () => OffRules, still: () => boolean) {
  const { config, env } = engine;
  /** Paths cookies are declared on (clearing also tries `/` and the current path's prefixes). */
  const paths = config.categories.flatMap((c) => [...c.paths, ...c.services.flatMap((s) => s.paths)]);
  const clear = () => {
    const off = rules();
    const detail = clearBlocked(off, env.readCookies, env.writeCookie, paths);
    // Databases are deleted asynchronously: the event waits for the browser's answer for each.
    return clearDatabases(() => rules().indexedDB).then(([removed, pending]) => {
      detail.byKind!.indexedDB = removed;
      detail.removed.push(...removed);
      detail.pending = pending;
      engine.emit('cleared', detail);
    });
  };
  setTimeout(() => still() && clear(), RECHECK_MS);
  return clear();
}
