// Entry of consentry.min.js, the only file that starts itself. It must run first in <head>:
// nothing that ran before it can be held.
import { createBrowserEnv } from '@consentry/core/internal';
import { createChunkLoader } from './chunks/createChunkLoader';
import { publishInstance } from './publishInstance';
import { ownScript } from './ownScript';
import { readScriptConfig } from './readScriptConfig';
import { startConsentry } from './startConsentry';

const script = ownScript();
publishInstance('script tag', () => {
  const [config, bad] = readScriptConfig(script);
  // The nonce attribute reads empty under CSP; the property keeps it. Else the config's, as the
  // engine read it: a config is read only there (a getter may throw, a nonce may be no string).
  let nonce = script?.nonce;
  const load = createChunkLoader(script?.src.replace(/[^/]*$/, '') || '', () => nonce);
  const started = startConsentry(config, createBrowserEnv({ load }), nonce, {
    loadUi: () => load('ui'),
    loadTexts: (lang, part) => load(`lang-${lang}${part == 'dialog' ? '-dialog' : ''}`),
    loadPreferences: () => load('prefs'),
  });
  nonce ||= started.engine.config.nonce;
  if (bad) started.engine.problem('json', ...bad);
  // It ran once the page was parsed: what ran before it was not held.
  if (script?.type == 'module') started.engine.problem('module');
  return started;
});
