// Translations of the UI: texts per language, picking the language, and the translator.
export { en, type TranslationKey, type Translations } from './en';
export {
  createTranslator,
  interpolate,
  type Dictionaries,
  type TranslationParams,
  type Translator,
} from './translate';
export {
  builtInLanguages,
  firstClassLanguages,
  isRtl,
  loadLanguage,
  matchLanguage,
  pickLanguage,
  textDirection,
  type BuiltInLanguage,
  type PickLanguageOptions,
  type PickedLanguage,
} from './pickLanguage';
