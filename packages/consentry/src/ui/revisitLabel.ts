/**
 * The revisit button's accessible name in each built-in language (`revisit.label`), kept in the
 * main file because the button shows on every page view without the UI chunk. A test keeps it
 * equal to the dictionaries.
 */
const LABELS =
  'en:Cookie settings|nb:Innstillinger for informasjonskapsler|nn:Innstillingar for informasjonskapslar|sv:Kakinställningar|da:Cookieindstillinger|fi:Evästeasetukset|de:Cookie-Einstellungen|fr:Paramètres des cookies|es:Configuración de cookies|it:Impostazioni cookie|nl:Cookie-instellingen|pl:Ustawienia plików cookie|pt:Definições de cookies|ar:إعدادات ملفات تعريف الارتباط';

/** The label for the first of `tags` Consentry has texts for (`no` means `nb`), else English; and its language. */
export function revisitLabel(tags: unknown[]): [label: string, lang: string] {
  for (const tag of tags) {
    if (typeof tag != 'string') continue;
    const t = tag.toLowerCase();
    const lang = /^no(-nyn|$|-(?!nyn))/.test(t) ? (t.startsWith('no-nyn') ? 'nn' : 'nb') : t.split(/[^a-z]/)[0];
    const m = LABELS.match(new RegExp(`(?:^|\\|)${lang}:([^|]+)`));
    if (m) return [m[1]!, lang];
  }
  return ['Cookie settings', 'en'];
}
