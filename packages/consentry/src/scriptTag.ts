// Entry of consentry.min.js, the only file that starts itself. It must run first in <head>:
// nothing that ran before it can be held.
import { type Blocker, createBlocker, createBrowserEnv, createEngine, error, startSignals } from '@consentry/core/internal';
import { createChunkLoader } from './chunks/createChunkLoader';
import { publishInstance } from './publishInstance';
import { readScriptConfig } from './readScriptConfig';
import { startUi } from './ui/startUi';

const script = document.currentScript as HTMLScriptElement | null;
publishInstance('script tag', () => {
  const [config, bad] = readScriptConfig(script);
  // The nonce attribute reads empty under CSP; the property keeps it.
  const nonce = script?.nonce || (config as { nonce?: string } | undefined)?.nonce;
  const load = createChunkLoader(script?.src.replace(/[^/]*$/, '') || '', nonce);
  const engine = createEngine(config, createBrowserEnv({ load }));
  if (bad) engine.problem('json', ...bad);
  // Before blocking: the Consent Mode default must precede every tag blocking releases.
  startSignals(engine);
  let blocker: Blocker | undefined;
  try {
    blocker = createBlocker(engine, nonce);
  } catch (e) {
    // A hostile page (a frozen document.cookie, say) gets no exception from us; held content stays held.
    error('blocking could not start:', e);
  }
  const ui = startUi(engine, blocker, () =>
    load('ui').then((m) =>
      m.mountUI({
        engine,
        blocker,
        nonce,
        loadTexts: (lang: string, part: string) => load(`lang-${lang}${part == 'dialog' ? '-dialog' : ''}`),
        loadPreferences: () => load('prefs'),
        revisitButton: () => document.querySelector('consentry-revisit')?.shadowRoot?.querySelector('button') ?? null,
      }),
    ),
  );
  return { engine, ui };
});
