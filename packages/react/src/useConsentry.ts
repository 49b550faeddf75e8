import type { ConsentryApi } from 'consentry';
import { readContext } from './readContext.js';

/**
 * The page's Consentry instance (`window.Consentry`): `acceptAll()`, `showPreferences()`… It is
 * `null` on the server, where nothing can be decided.
 * @example const consentry = useConsentry(); <button onClick={() => consentry?.showPreferences()}>Cookie settings</button>
 */
export function useConsentry(): ConsentryApi | null {
  return readContext('useConsentry()').api;
}
