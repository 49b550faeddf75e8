// Entry of consentry.min.js, the only file that starts itself. It must run first in <head>:
// nothing that ran before it can be held.
import { createBrowserEnv, plainConfig } from '@consentry/core/internal';
import { createChunkLoader } from './chunks/createChunkLoader';
import { publishInstance } from './publishInstance';
import { readScriptConfig } from './readScriptConfig';
import { startConsentry } from './startConsentry';

const script = document.currentScript as HTMLScriptElement | null;
publishInstance('script tag', () => {
  const [input, bad] = readScriptConfig(script);
  // A copy that cannot throw (getters, Proxies); the engine reads it too.
  const config = plainConfig(input) as { nonce?: unknown } | undefined;
  // The nonce attribute reads empty under CSP; the property keeps it.
  const nonce = script?.nonce || (typeof config?.nonce == 'string' ? config.nonce : undefined);
  const load = createChunkLoader(script?.src.replace(/[^/]*$/, '') || '', nonce);
  const started = startConsentry(config, createBrowserEnv({ load }), nonce, {
    loadUi: () => load('ui'),
    loadTexts: (lang, part) => load(`lang-${lang}${part == 'dialog' ? '-dialog' : ''}`),
    loadPreferences: () => load('prefs'),
  });
  if (bad) started.engine.problem('json', ...bad);
  return started;
});
