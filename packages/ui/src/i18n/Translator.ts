import type { TranslationKey } from './en';

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
