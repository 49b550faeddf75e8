import type { ConsentryApi } from 'consentry';
import { readContext } from './readContext.js';

/** The page's Consentry instance (`window.Consentry`); `null` on the server, where nothing can be decided. */
export function useConsentry(): ConsentryApi | null {
  return readContext('useConsentry()').api;
}
