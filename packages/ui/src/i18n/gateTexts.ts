import type { ConsentryConfig } from '@consentry/core';
import { SERVICE_DESCRIPTIONS } from '@consentry/core/catalogue';
import { plainConfig } from '@consentry/core/internal';
import { canonicalLanguage } from './languages';
import { createTranslator } from './translate';
import { placeholderTexts } from './layerTexts';

/**
 * What the framework bindings' default gate fallback says for `"marketing.youtube"` or
 * `"analytics"`: the embed placeholder's texts, worked out from the config alone (no DOM), so a
 * server and the browser render the same words. Only English is bundled here: the words are in
 * the config's `language` when its `translations` give the placeholder's two texts in it, else in
 * English, and `lang` says which (the record's `language` too). The service's label and provider
 * come from config or the catalogue.
 */
export function gateTexts(input: ConsentryConfig | undefined, name: string) {
  // Plain data only: a getter or Proxy in a site's config cannot throw into its render.
  const config = plainConfig(input) as Record<string, unknown> | undefined;
  const [cat, svc] = String(name).split('.');
  const overrides = obj(config?.translations) || {};
  const c = obj(obj(config?.categories)?.[cat]);
  const def = svc ? obj(c?.services)?.[svc] : undefined;
  const d = typeof def == 'string' ? SERVICE_DESCRIPTIONS[def] : undefined;
  const own = obj(def);
  const provider = str(own?.provider) || d?.provider;
  const english = createTranslator('en', {}, overrides);
  // As the script tag names it: `nb-NO`, `no` and `NB` are `nb` (the placeholder's `lang`, the record's `language`).
  const language = str(config?.language);
  const local = language ? createTranslator(canonicalLanguage(language), {}, overrides) : english;
  // The key placeholderTexts picks for this subject, and the button's.
  const keys = [!svc ? 'placeholder.textCategoryOnly' : provider ? 'placeholder.text' : 'placeholder.textNoProvider', 'placeholder.allow'];
  const tr = keys.every((k) => local.lookup(k) !== english.lookup(k)) ? local : english;
  const key = `category.${cat}.title`;
  const category = tr.override(key) || str(c?.label) || tr.lookup(key) || cat;
  const subject = svc ? { service: str(own?.label) || d?.label || svc, provider, category } : { category };
  return { lang: tr.lang, ...placeholderTexts(tr.t, subject) };
}

const obj = (v: unknown) => (v && typeof v == 'object' ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown) => (typeof v == 'string' ? v : undefined);
