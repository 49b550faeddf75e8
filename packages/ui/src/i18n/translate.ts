import en from './en';
import type { Dictionaries, Translator } from './Translator';
import { createTranslatorFrom } from './translatorFrom';

export type { TranslationKey, Translations } from './en';
export type { Dictionaries, TranslationParams, Translator } from './Translator';

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
