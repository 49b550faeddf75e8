import { type Engine, warn } from '@consentry/core/internal';
import type { ConsentryApi, DebugApi } from './consentryApi';
import type { UiApi } from '@consentry/ui/start';

declare global {
  interface Window {
    /** The page's Consentry instance (script tag or `init()`). */
    Consentry?: ConsentryApi;
  }
}

/**
 * One instance per page: the first script tag or `init()` creates it and sets `window.Consentry`;
 * any later attempt gets a warning naming it and the existing instance.
 */
export function publishInstance(who: string, create: () => { engine: Engine; ui: UiApi & DebugApi }): ConsentryApi {
  const existing = window.Consentry;
  if (existing) {
    warn(`${who}: Consentry already runs here; using that instance`);
    return existing;
  }
  const { engine, ui } = create();
  return (window.Consentry = Object.assign(engine.api, ui));
}
