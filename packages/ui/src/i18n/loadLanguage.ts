import en, { type Translations } from './en';
import type { BuiltInLanguage } from './languages';

/**
 * Texts of each built-in language, for npm builds: English is in this module (the per-key
 * fallback, and the language of most sites); every other language is its own chunk, fetched only
 * when it is picked. The script-tag build makes two files of every language, English's too
 * (rollup.config.mjs).
 */
export const loadLanguage: { readonly [L in BuiltInLanguage]: () => Promise<Translations> } = {
  en: () => Promise.resolve(en),
  nb: () => import('./nb').then((m) => m.default),
  nn: () => import('./nn').then((m) => m.default),
  sv: () => import('./sv').then((m) => m.default),
  da: () => import('./da').then((m) => m.default),
  fi: () => import('./fi').then((m) => m.default),
  de: () => import('./de').then((m) => m.default),
  fr: () => import('./fr').then((m) => m.default),
  es: () => import('./es').then((m) => m.default),
  it: () => import('./it').then((m) => m.default),
  nl: () => import('./nl').then((m) => m.default),
  pl: () => import('./pl').then((m) => m.default),
  pt: () => import('./pt').then((m) => m.default),
  ar: () => import('./ar').then((m) => m.default),
};
