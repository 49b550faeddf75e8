import type { ConsentryConfig } from '@consentry/core';
import { SERVICE_DESCRIPTIONS } from '@consentry/core/catalogue';
import { createTranslator } from './translate';
import { placeholderTexts } from './layerTexts';

/**
 * What the framework bindings' default gate fallback says for `"marketing.youtube"` or
 * `"analytics"`: the embed placeholder's texts, worked out from the config alone (no DOM), so a
 * server and the browser render the same words. English with the config's `translations` for its
 * `language` on top; the service's label and provider come from config or the catalogue.
 */
export function gateTexts(config: ConsentryConfig | undefined, name: string) {
  const [cat, svc] = String(name).split('.');
  // Only English is bundled here: the config's language when the site gave it texts, else English.
  const lang = config?.language && config.translations?.[config.language] ? config.language : 'en';
  const tr = createTranslator(lang, {}, config?.translations || {});
  const c = config?.categories?.[cat];
  const key = `category.${cat}.title`;
  const category = tr.override(key) || c?.label || tr.lookup(key) || cat;
  const def = svc ? c?.services?.[svc] : undefined;
  const d = typeof def == 'string' ? SERVICE_DESCRIPTIONS[def] : undefined;
  const own = typeof def == 'object' ? def : undefined;
  const subject = svc ? { service: own?.label || d?.label || svc, provider: own?.provider || d?.provider, category } : { category };
  return { lang: tr.lang, ...placeholderTexts(tr.t, subject) };
}
