// The revisit button's accessible name: English and Bokmål live in the main file (it shows without
// the UI chunk) and must say what the UI's dictionaries say; the other languages are named as the
// language to fetch the label for (with English meanwhile), in the language the UI would pick.
import { describe, expect, it } from 'vitest';
import { revisitLabel } from '../../src/i18n/revisitLabel';
import { builtInLanguages } from '../../src/i18n/languages';

const dictionaries = Object.fromEntries(
  await Promise.all(builtInLanguages.map(async (lang) => [lang, (await import(`../../../ui/src/i18n/${lang}.ts`)).default] as const)),
) as Record<string, Record<string, string>>;

describe('revisitLabel', () => {
  const expected = (lang: string) => (lang == 'en' || lang == 'nb' ? [dictionaries[lang]!['revisit.label'], lang] : ['Cookie settings', 'en', lang]);

  it.each(['en', 'nb'])("given %s, should be that dictionary's revisit.label", (lang) => {
    expect(revisitLabel([lang])).toEqual([dictionaries[lang]!['revisit.label'], lang]);
  });

  it.each(builtInLanguages.filter((l) => l != 'en' && l != 'nb'))('given %s, should be English meanwhile and name %s as the label to fetch', (lang) => {
    expect(revisitLabel([lang])).toEqual(['Cookie settings', 'en', lang]);
  });

  it.each([
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['no-NO', 'nb'],
    ['NO', 'nb'],
    ['no-NYN', 'nn'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['de-AT', 'de'],
    ['pt_BR', 'pt'],
  ])('given %s, should use %s', (tag, lang) => {
    expect(revisitLabel([tag])).toEqual(expected(lang));
  });

  it.each([[['xx']], [['']], [[]], [[undefined, 42, null]], [['zh-CN', 'ja']]])('given %j (nothing Consentry has texts for), should be English', (tags) => {
    expect(revisitLabel(tags)).toEqual(['Cookie settings', 'en']);
  });

  it('given an unknown configured language, should go on to the next tag (<html lang>, then the browser)', () => {
    expect(revisitLabel(['xx', undefined, 'sv-SE', 'de'])).toEqual(expected('sv'));
  });

  it.each(['(', '[', 'e.', '..', '*'])(
    'given a malformed tag such as %j (from <html lang> or config), should not throw, and not match a language by accident',
    (tag) => {
      expect(revisitLabel([tag, 'nb'])).toEqual([dictionaries.nb!['revisit.label'], 'nb']);
    },
  );
});
