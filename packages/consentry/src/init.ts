import type { ConsentryConfig } from '@consentry/core';
import { loadChunk } from '@consentry/core/chunks';
import { createBrowserEnv, createEngine, createServerEnv } from '@consentry/core/internal';
import type { Translations } from '@consentry/ui';
import type { ConsentryApi } from './consentryApi';
import { publishInstance } from './publishInstance';
import { startConsentry } from './startConsentry';

/**
 * Starts Consentry for npm users. Call it once, as early as possible, in the browser; a second call
 * (or a script tag on the same page) returns the one existing instance. On a server it returns an
 * instance that knows no decision and decides nothing, so shared code can call it safely.
 */
export function init(config?: ConsentryConfig): ConsentryApi {
  if (typeof window == 'undefined') {
    const { api } = createEngine(config, createServerEnv());
    const none = () => Promise.resolve();
    return { ...api, show: none, showPreferences: none, hide() {}, setLanguage: none, debug: none };
  }
  // The UI is code-split: bundlers make chunks of these imports, fetched when something must show.
  // The engine reads the config (and its nonce) safely: nothing here reads it raw.
  // The debug overlay is this package's chunk, not core's: the env's loader is told of it here.
  const load = ((name: string) =>
    name == 'debug' ? import('./debug/openDebug').then((m) => ({ debug: m.openDebug })) : loadChunk(name as 'records')) as typeof loadChunk;
  return publishInstance('init()', () =>
    startConsentry(config, createBrowserEnv({ load }), undefined, {
      loadUi: () => import('@consentry/ui'),
      loadTexts: (lang) => import('@consentry/ui').then((m) => (m.loadLanguage as Record<string, () => Promise<Translations>>)[lang]!()),
      loadPreferences: () => import('@consentry/ui/prefs'),
    }),
  );
}
