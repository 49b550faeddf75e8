// Entry of consentry.min.js, the only file that starts itself. It must run first in <head>:
// nothing that ran before it can be held.
import { createBlocker, createBrowserEnv, createEngine, error, startSignals } from '@consentry/core/internal';
import { createChunkLoader } from './chunks/createChunkLoader';
import { publishInstance } from './publishInstance';
import { readScriptConfig } from './readScriptConfig';

const script = document.currentScript as HTMLScriptElement | null;
publishInstance('script tag', () => {
  const config = readScriptConfig(script);
  // The nonce attribute reads empty under CSP; the property keeps it.
  const nonce = script?.nonce || (config as { nonce?: string } | undefined)?.nonce;
  const loadChunk = createChunkLoader(script?.src.replace(/[^/]*$/, '') || '', nonce);
  const engine = createEngine(config, createBrowserEnv({ load: loadChunk }));
  // Before blocking: the Consent Mode default must precede every tag blocking releases.
  startSignals(engine);
  try {
    createBlocker(engine, nonce);
  } catch (e) {
    // A hostile page (a frozen document.cookie, say) gets no exception from us; held content stays held.
    error('blocking could not start:', e);
  }
  return engine;
});
