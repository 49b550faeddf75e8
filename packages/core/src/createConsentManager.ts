import { createBlocker } from './blocking/createBlocker';
import { createBrowserEnv } from './env/createBrowserEnv';
import type { Chunks, Env } from './env/env';

const CHUNKS: { [K in keyof Chunks]: () => Promise<Chunks[K]> } = {
  records: () => import('./records'),
  diagnostics: () => import('./diagnostics'),
  withdraw: () => import('./withdraw'),
  decide: () => import('./decide'),
};
const loadChunk = <K extends keyof Chunks>(name: K) => CHUNKS[name]() as Promise<Chunks[K]>;
import { type ConsentManager, createEngine } from './engine/createEngine';
import type { ConsentryConfig } from './types';

/**
 * Headless Consentry for sites with their own UI: consent state, storage, events and blocking of
 * held markup, no banner. Call it once, in the browser, as early as possible. `env` replaces the
 * browser's I/O (for tests; blocking then stays off).
 * @example const consent = createConsentManager({ revision: 1 }); consent.on('change', render);
 */
export function createConsentManager(config?: ConsentryConfig, env?: Env): ConsentManager {
  const engine = createEngine(config, env || createBrowserEnv({ load: loadChunk }));
  if (!env) createBlocker(engine);
  return engine.api;
}
