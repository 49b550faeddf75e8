import type { Engine } from '../engine/createEngine';
import { clearBlocked } from './clearBlocked';
import type { OffRules } from './cookieRules';

/** How long after clearing trackers get to set cookies again before the second sweep. */
const RECHECK_MS = 1500;

/**
 * Clears the cookies and storage keys `rules()` refuses, now and, while `still()` holds, once more
 * shortly after (trackers re-set cookies). Each sweep ends with a `cleared` event.
 */
export function sweep(engine: Engine, rules: () => OffRules, still: () => boolean) {
  const { config, env } = engine;
  /** Paths cookies are declared on (clearing also tries `/` and the current path's prefixes). */
  const paths = config.categories.flatMap((c) => [...c.paths, ...c.services.flatMap((s) => s.paths)]);
  const clear = () => engine.emit('cleared', clearBlocked(rules(), env.readCookies, env.writeCookie, paths));
  clear();
  setTimeout(() => still() && clear(), RECHECK_MS);
}
