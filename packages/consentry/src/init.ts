import type { ConsentryConfig } from '@consentry/core';
import type { Chunks } from '@consentry/core/internal';
import { createBlocker, createBrowserEnv, createEngine, createServerEnv } from '@consentry/core/internal';
import type { ConsentryApi } from './consentryApi';
import { publishInstance } from './publishInstance';

/** The npm build's chunks: the user's bundler splits these dynamic imports. */
const CHUNKS: { [K in keyof Chunks]: () => Promise<Chunks[K]> } = {
  records: () => import('@consentry/core/records'),
  diagnostics: () => import('@consentry/core/diagnostics'),
  withdraw: () => import('@consentry/core/withdraw'),
  decide: () => import('@consentry/core/decide'),
};
const loadChunk = <K extends keyof Chunks>(name: K) => CHUNKS[name]() as Promise<Chunks[K]>;


/**
 * Starts Consentry for npm users. Call it once, as early as possible, in the browser; a second call
 * (or a script tag on the same page) returns the one existing instance. On a server it returns an
 * instance that knows no decision and decides nothing, so shared code can call it safely.
 */
export function init(config?: ConsentryConfig): ConsentryApi {
  if (typeof window == 'undefined') return createEngine(config, createServerEnv()).api;
  return publishInstance('init()', () => {
    const engine = createEngine(config, createBrowserEnv({ load: loadChunk }));
    createBlocker(engine, (config as { nonce?: string } | undefined)?.nonce);
    return engine;
  });
}
