import { has } from '@consentry/core/internal';
import { canonicalLanguage, textDirection } from './languages';
import type { Dictionaries, Translator, TranslationParams } from './Translator';

/**
 * Creates the translator for one language over `english`, the last fallback (all of English, or
 * only the texts a layer needs: the banner's bundle carries no dialog texts).
 *
 * @param lang the picked language (see `pickLanguage`)
 * @param dictionaries loaded texts by language; English is always built in
 * @param overrides config `translations`: `{ nb: { "banner.title": "…" } }`; a language key such as
 *   `no` or `nb-NO` applies to `nb`. Empty or non-string values are ignored, so no control loses its name.
 */
export function createTranslatorFrom(
  english: Partial<Record<string, string>>,
  lang: string,
  dictionaries: Dictionaries = {},
  overrides: Readonly<Record<string, unknown>> = {},
): Translator {
  const layers = [overridesFor(lang, overrides), dictionaries[lang], lang == 'en' ? undefined : overridesFor('en', overrides), english];

  const find = (from: typeof layers, key: string, params?: TranslationParams): string | undefined => {
    for (const layer of from) {
      const text = layer && has(layer, key) ? layer[key] : undefined;
      if (typeof text == 'string' && text.trim()) return interpolate(text, params);
    }
    return undefined;
  };
  const lookup = (key: string, params?: TranslationParams) => find(layers, key, params);

  return {
    lang,
    dir: textDirection(lang),
    // A key that is not a TranslationKey can only come from untyped code: showing it beats showing nothing.
    t: (key, params) => lookup(key, params) ?? key,
    lookup,
    override: (key, params) => find([layers[0], layers[2]], key, params),
  };
}

/**
 * Fills `{name}` placeholders from `params`; a placeholder without a value is left as it is.
 * One pass: a value that itself contains `{…}` is not expanded again.
 */
export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (has(params, name) ? String(params[name]) : whole));
}

/** The config overrides that apply to `lang`, merged (`nb-NO` and `no` before the exact `nb`, which wins). */
function overridesFor(lang: string, overrides: Readonly<Record<string, unknown>>): Partial<Record<string, string>> | undefined {
  let merged: Record<string, string> | undefined;
  const keys = Object.keys(overrides).sort((a, b) => Number(a == lang) - Number(b == lang));
  for (const code of keys) {
    const texts = overrides[code];
    if (!texts || typeof texts != 'object' || canonicalLanguage(code) != canonicalLanguage(lang)) continue;
    merged = { ...merged };
    for (const [key, text] of Object.entries(texts)) if (typeof text == 'string') merged[key] = text;
  }
  return merged;
}
