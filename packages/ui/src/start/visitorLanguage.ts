import type { Engine } from '@consentry/core/internal';
import { revisitLabel } from '../i18n/revisitLabel';

/**
 * The visitor's language as the main file reads it, cheaply (the UI chunk's `pickLanguage` decides
 * for the UI): `chosen` (setLanguage()'s), then the config's, `<html lang>`, the browser's. Answers
 * as `revisitLabel` does: the revisit label, its language, and the language whose texts to fetch.
 */
export const visitorLanguage = (engine: Engine, chosen?: string) =>
  revisitLabel([chosen, (engine.input as { language?: unknown } | undefined)?.language, document.documentElement.lang, ...navigator.languages]);
