import type { ConsentryConfig } from '@consentry/core';
import { loadChunk } from '@consentry/core/chunks';
import { type Blocker, createBlocker, createBrowserEnv, createEngine, createServerEnv, error, startSignals } from '@consentry/core/internal';
import type { Translations } from '@consentry/ui';
import type { ConsentryApi } from './consentryApi';
import { publishInstance } from './publishInstance';
import { startUi } from './ui/startUi';

/**
 * Starts Consentry for npm users. Call it once, as early as possible, in the browser; a second call
 * (or a script tag on the same page) returns the one existing instance. On a server it returns an
 * instance that knows no decision and decides nothing, so shared code can call it safely.
 */
export function init(config?: ConsentryConfig): ConsentryApi {
  if (typeof window == 'undefined') {
    const { api } = createEngine(config, createServerEnv());
    const none = () => Promise.resolve();
    return { ...api, show: none, showPreferences: none, hide() {}, setLanguage: none };
  }
  return publishInstance('init()', () => {
    const engine = createEngine(config, createBrowserEnv({ load: loadChunk }));
    // Before blocking: the Consent Mode default must precede every tag blocking releases.
    startSignals(engine);
    const nonce = (config as { nonce?: string } | undefined)?.nonce;
    let blocker: Blocker | undefined;
    try {
      blocker = createBlocker(engine, nonce);
    } catch (e) {
      // A hostile page (a frozen document.cookie, say) gets no exception from us; held content stays held.
      error('blocking could not start:', e);
    }
    // The UI is code-split: bundlers make chunks of these imports, fetched when something must show.
    const ui = startUi(engine, blocker, () =>
      import('@consentry/ui').then((m) =>
        m.mountUI({
          engine,
          blocker,
          nonce,
          loadTexts: (lang) => (m.loadLanguage as Record<string, () => Promise<Translations>>)[lang]!(),
          loadPreferences: () => import('@consentry/ui/prefs'),
          revisitButton: () => document.querySelector('consentry-revisit')?.shadowRoot?.querySelector('button') ?? null,
        }),
      ),
    );
    return { engine, ui };
  });
}
