import type { ConsentryConfig } from '@consentry/core';
import { loadChunk } from '@consentry/core/chunks';
import { createBlocker, createBrowserEnv, createEngine, createServerEnv, error, startSignals } from '@consentry/core/internal';
import type { ConsentryApi } from './consentryApi';
import { publishInstance } from './publishInstance';



/**
 * Starts Consentry for npm users. Call it once, as early as possible, in the browser; a second call
 * (or a script tag on the same page) returns the one existing instance. On a server it returns an
 * instance that knows no decision and decides nothing, so shared code can call it safely.
 */
export function init(config?: ConsentryConfig): ConsentryApi {
  if (typeof window == 'undefined') return createEngine(config, createServerEnv()).api;
  return publishInstance('init()', () => {
    const engine = createEngine(config, createBrowserEnv({ load: loadChunk }));
    // Before blocking: the Consent Mode default must precede every tag blocking releases.
    startSignals(engine);
    try {
      createBlocker(engine, (config as { nonce?: string } | undefined)?.nonce);
    } catch (e) {
      // A hostile page (a frozen document.cookie, say) gets no exception from us; held content stays held.
      error('blocking could not start:', e);
    }
    return engine;
  });
}
