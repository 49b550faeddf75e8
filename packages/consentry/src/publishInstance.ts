import { type Engine, warn } from '@consentry/core/internal';
import type { UiApi } from '@consentry/ui/start';
import type { ConsentryApi, DebugApi } from './consentryApi';

declare global {
  interface Window {
    /** The page's Consentry instance (script tag or `init()`). */
    Consentry?: ConsentryApi;
  }
}

/** The parts an instance is made of. */
export interface InstanceParts {
  engine: Engine;
  ui: UiApi;
  debug: DebugApi['debug'];
}

/**
 * One instance per page: the first script tag or `init()` creates it and sets `window.Consentry`;
 * any later attempt gets a warning naming it and the existing instance. The public object is made
 * of its parts: the engine's API, the UI's and the overlay's door (docs/api.md).
 */
export function publishInstance(who: string, create: () => InstanceParts): ConsentryApi {
  const existing = window.Consentry;
  if (existing) {
    warn(`${who}: Consentry already runs here; using that instance`);
    return existing;
  }
  const { engine, ui, debug } = create();
  const api: ConsentryApi = { ...engine.api, ...ui, debug };
  window.Consentry = api;
  return api;
}
