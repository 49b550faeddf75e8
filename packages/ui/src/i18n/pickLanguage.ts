import { builtInLanguages, canonicalLanguage } from './languages';

export { builtInLanguages, firstClassLanguages, isRtl, textDirection, type BuiltInLanguage } from './languages';
export { loadLanguage } from './loadLanguage';

/** Where the UI language may come from, in order of precedence. */
export interface PickLanguageOptions {
  /** `config.language`; `"auto"` or empty means "not set". */
  configured?: string | null | undefined;
  /** `document.documentElement.lang`. */
  htmlLang?: string | null | undefined;
  /** `navigator.languages`, most preferred first. */
  navigatorLanguages?: readonly string[] | null | undefined;
  /** Languages that have texts. @default builtInLanguages */
  available?: readonly string[] | undefined;
}

/** The language picked, and a configured language that could not be honoured (log one `[consentry]` warning). */
export interface PickedLanguage {
  lang: string;
  unknownConfigured?: string;
}

/**
 * Picks the UI language (design.md "Translations"): config first, then `<html lang>`, then
 * `navigator.languages`, finally English. `no` and `nb-NO` mean Bokmål (`nb`); Nynorsk (`nn`) is
 * its own language; a region falls back to its base language (`de-AT` → `de`). Never throws.
 */
export function pickLanguage({ configured, htmlLang, navigatorLanguages, available = builtInLanguages }: PickLanguageOptions): PickedLanguage {
  const setting = typeof configured == 'string' ? configured.trim() : '';
  const wantsAuto = setting == '' || setting.toLowerCase() == 'auto';
  const fromConfig = wantsAuto ? undefined : matchLanguage(setting, available);
  if (fromConfig) return { lang: fromConfig };

  const candidates = [htmlLang, ...(Array.isArray(navigatorLanguages) ? navigatorLanguages : [])];
  let lang = 'en';
  for (const tag of candidates) {
    const match = typeof tag == 'string' ? matchLanguage(tag, available) : undefined;
    if (match) {
      lang = match;
      break;
    }
  }
  return wantsAuto ? { lang } : { lang, unknownConfigured: setting };
}

/**
 * The available language a BCP 47 tag means, if any: exact match, then the base language
 * (`no` and `no-*` mean `nb`, `no-nyn` means `nn`). Case-insensitive; `_` is accepted for `-`.
 */
export function matchLanguage(tag: string, available: readonly string[] = builtInLanguages): string | undefined {
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!wanted) return undefined;
  const find = (code: string) => available.find((a) => a.toLowerCase() == code);
  const base = canonicalLanguage(wanted);
  // A Nynorsk reader reads Bokmål more easily than English: only when `nn` itself has no texts.
  return find(wanted) ?? find(base) ?? (base == 'nn' ? find('nb') : undefined);
}
