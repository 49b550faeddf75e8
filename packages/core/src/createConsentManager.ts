import { startBlocking } from './dom/blocking/startBlocking';
import { startSignals } from './dom/startSignals';
import { createBrowserEnv } from './env/createBrowserEnv';
import type { Env } from './env/env';
import { loadChunk } from './chunks/loadChunk';
import { createEngine } from './engine/createEngine';
import type { ConsentManager } from './engine/engine';
import type { ConsentryConfig } from './types';

/**
 * Headless Consentry for sites with their own UI: consent state, storage, events, the Consent Mode
 * signals (with `consentMode`) and blocking of held markup, no banner. Call it once, in the browser,
 * as early as possible. `env` replaces the browser's I/O (for tests; signals and blocking then stay off).
 * @example const consent = createConsentManager({ revision: 1 }); consent.on('change', render);
 */
export function createConsentManager(config?: ConsentryConfig, env?: Env): ConsentManager {
  const engine = createEngine(config, env || createBrowserEnv({ load: loadChunk }));
  if (!env) {
    // As the script tag does: the Consent Mode default before blocking, so it precedes every tag blocking releases.
    startSignals(engine);
    startBlocking(engine);
  }
  return engine.api;
}
