import { enBanner, type Translations } from './en';
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
  /** Adds texts by language (the dialog's, which the banner's bundle does not carry). */
  _add(more: Record<string, Readonly<Partial<Record<string, string>>>>): void;
  /** Loads one part of a language's texts, once; a failed load is tried again next time. */
  _need(lang: string, part: TextsPart): Promise<void>;
}

/**
 * The banner's English texts (the per-key fallback) are here from the start; any other language's
 * parts come from `load`, and the dialog's English texts with the preferences chunk.
 * `overrides` are the config's `translations`.
 */
export function createUiTexts(load: (lang: string, part: TextsPart) => Promise<Partial<Translations>>, overrides: Readonly<Record<string, unknown>>): UiTexts {
  const dicts: Record<string, Partial<Translations>> = { en: { ...enBanner } };
  const translator = (lang: string) => createTranslatorFrom(dicts.en!, lang, dicts, overrides);
  /** Each part's load, once: a second caller waits for the same texts (two placeholders rendering at once). */
  const loads: Record<string, Promise<void>> = {};
  let tr = translator('en');
  return {
    _tr: () => tr,
    _use(lang) {
      tr = translator(lang);
    },
    _add(more) {
      for (const [lang, texts] of Object.entries(more)) dicts[lang] = { ...dicts[lang], ...texts };
      tr = translator(tr.lang);
    },
    _need(lang, part) {
      const key = lang + ':' + part;
      if (lang == 'en') return Promise.resolve();
      return (loads[key] ||= load(lang, part).then(
        (more) => {
          dicts[lang] = { ...dicts[lang], ...more };
          if (tr.lang == lang) tr = translator(lang);
        },
        () => {
          delete loads[key];
        },
      ));
    },
  };
}
