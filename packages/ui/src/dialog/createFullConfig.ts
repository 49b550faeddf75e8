import type { ResolvedConfig } from '@consentry/core/internal';
import { readConfig } from '@consentry/core/readConfig';
import type { UiContext } from '../uiContext';
import { catalogueWords } from './catalogueWords';

/**
 * The full config of one mounted UI (labels, descriptions, providers) with the services the markup
 * registered, read once every catalogue entry is here. Its other problems are reported by the main
 * file and the banner; a retired translation key only matters here, where the dialog's texts are,
 * so this is where its notice is given (once per UI).
 */
export function createFullConfig(ctx: UiContext): () => ResolvedConfig {
  let full: ResolvedConfig | undefined;
  let noticed = false;
  const { engine } = ctx;
  return () => {
    if (full) return full;
    const config = readConfig(engine.input, (...problem) => {
      if (problem[1] == 'K' && !noticed)
        engine.env.load('diagnostics').then(
          (m) => console.warn('[consentry]', m.describeProblem(problem)),
          () => {},
        );
    });
    noticed = true;
    // A service only the markup names (design.md): a catalogue id gets its entry's words; any other name is its own label.
    for (const core of engine.config.categories) {
      const cat = config.categories.find((c) => c.name == core.name);
      for (const { name, cookies, storage, indexedDB, hosts, catalogue } of core.services)
        if (cat && !cat.services.some((s) => s.name == name))
          cat.services.push({ name, label: name, catalogue, cookies: cookies.map((match) => ({ match })), storage, indexedDB, hosts });
    }
    if (catalogueWords(config, engine.config)) full = config;
    return config;
  };
}
