import { createBrowserEnv } from './env/createBrowserEnv';
import type { Env } from './env/env';
import { type ConsentManager, createEngine } from './engine/createEngine';
import type { ConsentryConfig } from './types';

/**
 * Headless Consentry for sites with their own UI: consent state, storage and events, no banner.
 * Call it once, in the browser. `env` replaces the browser's I/O (for tests).
 * @example const consent = createConsentManager({ revision: 1 }); consent.on('change', render);
 */
export function createConsentManager(config?: ConsentryConfig, env?: Env): ConsentManager {
  return createEngine(config, env || createBrowserEnv({ loadRecords: () => import('./records') }), () => import('./diagnostics')).api;
}
