import type { Translations } from './en';
import type { Translator } from './Translator';
import { createTranslatorFrom } from './translatorFrom';

/** Which half of a language's texts: the banner's (banner, its status messages, revisit) or the dialog's (with the placeholders'). */
export type TextsPart = 'banner' | 'dialog';

/**
 * The mounted UI's texts as they arrive, and the translator of its current language. Members
 * starting with `_` stay inside one bundle: the minifier shortens them (rollup.config.mjs).
 */
export interface UiTexts {
  _tr(): Translator;
  /** Switches the language (load its texts with `_need` first). */
  _use(lang: string): void;
  /** Loads one part of a language's texts, once; false when it could not load (tried again next time). */
  _need(lang: string, part: TextsPart): Promise<boolean>;
  /** `_need`, else English's part (the per-key fallback): the language now loaded, or undefined when neither could load. */
  _needOr(lang: string, part: TextsPart): Promise<string | undefined>;
}

/**
 * Every language's texts, English's too, come from `load`, part by part: a visitor reading German
 * never fetches English (every built-in language has every key; its type says so). English stays
 * the per-key fallback once it is here. `overrides` are the config's `translations`.
 */
export function createUiTexts(load: (lang: string, part: TextsPart) => Promise<Partial<Translations>>, overrides: Readonly<Record<string, unknown>>): UiTexts {
  const dicts: Record<string, Partial<Translations>> = {};
  const translator = (lang: string) => createTranslatorFrom(dicts.en || {}, lang, dicts, overrides);
  /** Each part's load, once: a second caller waits for the same texts (two placeholders rendering at once). */
  const loads: Record<string, Promise<boolean>> = {};
  let tr = translator('en');
  const need = (lang: string, part: TextsPart) => {
    const key = lang + ':' + part;
    return (loads[key] ||= load(lang, part).then(
      (more) => {
        dicts[lang] = { ...dicts[lang], ...more };
        tr = translator(tr.lang);
        return true;
      },
      () => {
        delete loads[key];
        return false;
      },
    ));
  };
  return {
    _tr: () => tr,
    _use(lang) {
      tr = translator(lang);
    },
    _need: need,
    _needOr: async (lang, part) => ((await need(lang, part)) ? lang : (await need('en', part)) ? 'en' : undefined),
  };
}
