// pickLanguage(): config, then <html lang>, then navigator.languages, then English
// (design.md "Translations", "Bad input": an unknown language is reported for one warning).
import { describe, expect, it } from 'vitest';
import { isRtl, matchLanguage, pickLanguage, textDirection } from '../../src/i18n/pickLanguage';

describe('pickLanguage', () => {
  it('given a configured language, should pick it over <html lang> and the browser', () => {
    expect(pickLanguage({ configured: 'de', htmlLang: 'fr', navigatorLanguages: ['sv'] })).toEqual({ lang: 'de' });
  });

  it('given no configured language, should pick <html lang> over the browser', () => {
    expect(pickLanguage({ htmlLang: 'fr', navigatorLanguages: ['sv'] })).toEqual({ lang: 'fr' });
  });

  it('given "auto" or an empty setting, should treat it as not configured and report nothing', () => {
    expect(pickLanguage({ configured: 'auto', htmlLang: 'fr' })).toEqual({ lang: 'fr' });
    expect(pickLanguage({ configured: '', htmlLang: 'fr' })).toEqual({ lang: 'fr' });
  });

  it('given no config and no <html lang>, should take the first supported browser language in order', () => {
    expect(pickLanguage({ htmlLang: '', navigatorLanguages: ['xx', 'sv-SE', 'da'] })).toEqual({ lang: 'sv' });
  });

  it('given an unsupported <html lang>, should go on to the browser languages', () => {
    expect(pickLanguage({ htmlLang: 'is', navigatorLanguages: ['nb-NO'] })).toEqual({ lang: 'nb' });
  });

  it('given nothing supported anywhere, should pick English', () => {
    expect(pickLanguage({ htmlLang: 'is', navigatorLanguages: ['ja', 'ko'] })).toEqual({ lang: 'en' });
    expect(pickLanguage({})).toEqual({ lang: 'en' });
  });

  it.each(['no', 'nb', 'nb-NO', 'no-NO', 'NB-no', 'nb_NO', 'no-bok'])('given %s, should pick Bokmål (nb)', (tag) => {
    expect(pickLanguage({ htmlLang: tag })).toEqual({ lang: 'nb' });
  });

  it.each(['nn', 'nn-NO', 'no-nyn'])('given %s, should pick Nynorsk (nn), its own language', (tag) => {
    expect(pickLanguage({ htmlLang: tag })).toEqual({ lang: 'nn' });
  });

  it.each([
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['pt-BR', 'pt'],
    ['en-GB', 'en'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['ar-EG', 'ar'],
    ['sv-FI', 'sv'],
    ['zh-Hant-TW', 'en'],
  ])('given the region tag %s, should fall back to its base language (%s)', (tag, lang) => {
    expect(pickLanguage({ navigatorLanguages: [tag] })).toEqual({ lang });
  });

  it('given an unknown configured language, should fall back to <html lang> and report the setting', () => {
    expect(pickLanguage({ configured: 'klingon', htmlLang: 'da' })).toEqual({ lang: 'da', unknownConfigured: 'klingon' });
  });

  it('given an unknown configured language and nothing else, should pick English and report the setting', () => {
    expect(pickLanguage({ configured: 'xx' })).toEqual({ lang: 'en', unknownConfigured: 'xx' });
  });

  it('given a configured region tag of a supported language, should accept it without a report', () => {
    expect(pickLanguage({ configured: 'pt-BR' })).toEqual({ lang: 'pt' });
    expect(pickLanguage({ configured: 'no' })).toEqual({ lang: 'nb' });
  });

  it('given a site-supplied language in "available", should pick it', () => {
    const available = ['en', 'nb', 'is'];
    expect(pickLanguage({ configured: 'is', available })).toEqual({ lang: 'is' });
  });

  it('given a list without nn, a Nynorsk reader should get Bokmål rather than English', () => {
    expect(pickLanguage({ htmlLang: 'nn-NO', available: ['en', 'nb'] })).toEqual({ lang: 'nb' });
  });

  it('given garbage from the page, should not throw', () => {
    const junk = { configured: 42, htmlLang: {}, navigatorLanguages: 'nb' } as unknown as Parameters<typeof pickLanguage>[0];
    expect(pickLanguage(junk)).toEqual({ lang: 'en' });
    expect(pickLanguage({ navigatorLanguages: [null, 'fi'] as unknown as string[] })).toEqual({ lang: 'fi' });
  });
});

describe('matchLanguage', () => {
  it('given an exact tag in the list, should prefer it over the base language', () => {
    expect(matchLanguage('pt-BR', ['pt', 'pt-BR'])).toBe('pt-BR');
  });

  it('given nothing that matches, should return undefined', () => {
    expect(matchLanguage('ja')).toBeUndefined();
    expect(matchLanguage('  ')).toBeUndefined();
  });
});

describe('isRtl', () => {
  it('given Arabic, should be right-to-left, also with a region', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('ar-SA')).toBe(true);
    expect(textDirection('ar')).toBe('rtl');
  });

  it.each(['he', 'fa', 'ur'])('given %s (should it be added), should be right-to-left', (lang) => {
    expect(isRtl(lang)).toBe(true);
  });

  it.each(['en', 'nb', 'nn', 'fi', 'de', 'pl'])('given %s, should be left-to-right', (lang) => {
    expect(isRtl(lang)).toBe(false);
    expect(textDirection(lang)).toBe('ltr');
  });
});
