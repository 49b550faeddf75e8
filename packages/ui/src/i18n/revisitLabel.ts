/**
 * The revisit button's accessible name (`revisit.label`) for English and Norwegian Bokmål, kept in
 * the main file because the button shows on every page view without the UI chunk. The other
 * built-in languages' labels come with their banner texts (`consentry-lang-<code>.js`), fetched only
 * for a visitor in that language (issue 15). A test keeps these equal to the dictionaries.
 */
const ENGLISH = 'Cookie settings';
const BOKMAL = 'Innstillinger for informasjonskapsler';
/** The built-in languages whose label is fetched. */
const FETCHED = /^(nn|sv|da|fi|de|fr|es|it|nl|pl|pt|ar)$/;

/**
 * For the first of `tags` Consentry has texts for (`no` means `nb`): the label and its language, or,
 * for a language whose label is fetched, the English label meanwhile and that language as the third
 * item. Else English. The last item is the language of the texts: the whole UI picks by this rule
 * (design.md "Translations"), so the revisit button, the prefetched texts and the banner agree.
 */
export function revisitLabel(tags: unknown[]): [label: string, lang: string, fetch?: string] {
  for (const tag of tags) {
    if (typeof tag != 'string') continue;
    const t = tag.toLowerCase();
    let lang = t.split(/[^a-z]/)[0]!;
    // `no` (Norwegian) names Bokmål, `no-nyn` Nynorsk.
    if (lang == 'no') lang = t.startsWith('no-nyn') ? 'nn' : 'nb';
    if (lang == 'en') return [ENGLISH, lang];
    if (lang == 'nb') return [BOKMAL, lang];
    if (FETCHED.test(lang)) return [ENGLISH, 'en', lang];
  }
  return [ENGLISH, 'en'];
}
