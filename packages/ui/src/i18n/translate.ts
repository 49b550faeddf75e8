import en, { type TranslationKey } from './en';
import { createTranslatorFrom } from './translatorFrom';

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
  /** The site's own text for a key (config `translations`, this language or English), else `undefined`. */
  override(key: string, params?: TranslationParams): string | undefined;
}

/**
 * Creates the translator for one language, with all of English as the last fallback.
 *
 * @param lang the picked language (see `pickLanguage`)
 * @param dictionaries loaded texts by language
 * @param overrides config `translations`: `{ nb: { "banner.title": "…" } }`; a language key such as
 *   `no` or `nb-NO` applies to `nb`. Empty or non-string values are ignored, so no control loses its name.
 */
export const createTranslator = (lang: string, dictionaries: Dictionaries = {}, overrides: Readonly<Record<string, unknown>> = {}): Translator =>
  createTranslatorFrom(en, lang, dictionaries, overrides);

export { interpolate } from './translatorFrom';
