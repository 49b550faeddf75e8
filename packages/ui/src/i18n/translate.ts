import en, { type TranslationKey } from './en';
import { canonicalLanguage, textDirection } from './languages';

export type { TranslationKey, Translations } from './en';

/** Values for `{name}` placeholders. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** Texts by language; a language may lack keys (they fall back to English). */
export type Dictionaries = Readonly<Record<string, Readonly<Partial<Record<string, string>>> | undefined>>;

/** The UI's texts in one language. */
export interface Translator {
  /** The language the texts are in (for `lang` on the UI root and `language` in records). */
  readonly lang: string;
  /** `dir` for the UI root. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The text for a key, with `{name}` placeholders filled in: the site's override for this language,
   * else the built-in text, else the English override, else English. Plain text: escaping is the renderer's job.
   */
  t(key: TranslationKey, params?: TranslationParams): string;
  /**
   * Like `t`, for keys built at run time (`category.<name>.title` for a site's own category):
   * `undefined` when no language has a text for it.
   */
  lookup(key: string, params?: TranslationParams): string | undefined;
}

/**
 * Creates the translator for one language.
 *
 * @param lang the picked language (see `pickLanguage`)
 * @param dictionaries loaded texts by language; English is always built in
 * @param overrides config `translations`: `{ nb: { "banner.title": "…" } }`; a language key such as
 *   `no` or `nb-NO` applies to `nb`. Empty or non-string values are ignored, so no control loses its name.
 */
export function createTranslator(
  lang: string,
  dictionaries: Dictionaries = {},
  overrides: Readonly<Record<string, unknown>> = {},
): Translator {
  const layers = [
    overridesFor(lang, overrides),
    dictionaries[lang],
    lang == 'en' ? undefined : overridesFor('en', overrides),
    en as Partial<Record<string, string>>,
  ];

  const lookup = (key: string, params?: TranslationParams): string | undefined => {
    for (const layer of layers) {
      const text = layer && Object.prototype.hasOwnProperty.call(layer, key) ? layer[key] : undefined;
      if (typeof text == 'string' && text.trim()) return interpolate(text, params);
    }
    return undefined;
  };

  return {
    lang,
    dir: textDirection(lang),
    // A key that is not a TranslationKey can only come from untyped code: showing it beats showing nothing.
    t: (key, params) => lookup(key, params) ?? key,
    lookup,
  };
}

/**
 * Fills `{name}` placeholders from `params`; a placeholder without a value is left as it is.
 * One pass: a value that itself contains `{…}` is not expanded again.
 */
export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
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
