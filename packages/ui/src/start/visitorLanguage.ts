import type { Engine } from '@consentry/core/internal';
import { revisitLabel } from '../i18n/revisitLabel';

/**
 * The visitor's language: `chosen` (setLanguage()'s), then the config's, `<html lang>`, the
 * browser's. Answers as `revisitLabel` does: the revisit label, its language, and the language whose
 * texts to fetch. The mounted UI picks by the same rule (its `pickLanguage` option is `revisitLabel`).
 */
export const visitorLanguage = (engine: Engine, chosen?: string) =>
  revisitLabel([chosen, (engine.input as { language?: unknown } | undefined)?.language, document.documentElement.lang, ...navigator.languages]);
