// Every language's texts (design.md "Translations"; issue 4 item 6): same keys as English, same
// placeholders, nothing empty; the labels design.md fixes are exact in English and Norwegian.
import { describe, expect, it } from 'vitest';
import en, { type TranslationKey, type Translations } from '../../src/i18n/en';
import { builtInLanguages, firstClassLanguages, loadLanguage } from '../../src/i18n/pickLanguage';

const dictionaries = Object.fromEntries(await Promise.all(builtInLanguages.map(async (lang) => [lang, await loadLanguage[lang]()] as const))) as Record<
  (typeof builtInLanguages)[number],
  Translations
>;
const englishKeys = Object.keys(en).sort();
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
const each = Object.entries(dictionaries);

describe('the built-in languages', () => {
  it('given the issue, should be the fourteen it names, with en and nb first-class', () => {
    expect([...builtInLanguages].sort()).toEqual(['en', 'nb', 'nn', 'sv', 'da', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ar'].sort());
    expect([...firstClassLanguages]).toEqual(['en', 'nb']);
  });

  it.each(each)('given %s, when comparing its keys with English, should have every key and no other', (_, texts) => {
    expect(Object.keys(texts).sort()).toEqual(englishKeys);
  });

  it.each(each)('given %s, should keep exactly the placeholders of the English text for each key', (_, texts) => {
    for (const key of englishKeys as TranslationKey[]) {
      expect({ key, placeholders: placeholders(texts[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it.each(each)('given %s, should have no empty text and no stray white space', (_, texts) => {
    for (const [key, text] of Object.entries(texts)) {
      expect({ key, empty: typeof text != 'string' || text.trim() == '' }).toEqual({ key, empty: false });
      // Ordinary spaces only once, no line breaks, no padding (a no-break space is French typography).
      expect({ key, stray: / {2}|[\t\n\r]|^\s|\s$/.test(text) }).toEqual({ key, stray: false });
    }
  });

  it.each(each)('given %s, should have no unbalanced braces (a broken placeholder)', (_, texts) => {
    for (const [key, text] of Object.entries(texts)) {
      expect({ key, rest: text.replace(/\{\w+\}/g, '').match(/[{}]/g) }).toEqual({ key, rest: null });
    }
  });

  it.each(each)('given %s, the banner text should name the Customize and Cookie settings buttons as they are labelled', (_, texts) => {
    expect(texts['banner.text']).toContain(texts['button.customize']);
    expect(texts['banner.text']).toContain(texts['revisit.label']);
  });

  it.each(each)('given %s, Accept all and Reject all should differ from each other and from Customize', (_, texts) => {
    const labels = [texts['button.acceptAll'], texts['button.rejectAll'], texts['button.customize']];
    expect(new Set(labels).size).toBe(3);
  });

  it.each(each)('given %s, the default category titles should all differ', (_, texts) => {
    const titles = ['necessary', 'functional', 'analytics', 'marketing'].map((c) => texts[`category.${c}.title` as TranslationKey]);
    expect(new Set(titles).size).toBe(4);
  });

  it('given a non-English language, should be translated (not English copied), names and loanwords aside', () => {
    // Texts that are legitimately the same word in some languages.
    const sameAllowed = new Set<TranslationKey>(['cookieTable.name', 'category.marketing.title']);
    for (const [lang, texts] of each) {
      if (lang == 'en') continue;
      const copied = (englishKeys as TranslationKey[]).filter((k) => !sameAllowed.has(k) && texts[k] == en[k]);
      expect({ lang, copied }).toEqual({ lang, copied: [] });
    }
  });

  it('given Arabic, its texts should be written in Arabic script', () => {
    for (const [key, text] of Object.entries(dictionaries.ar)) {
      expect({ key, arabic: /[\u0600-\u06FF]/.test(text) }).toEqual({ key, arabic: true });
    }
  });
});

describe('the labels design.md fixes', () => {
  it('given English, should use the exact default labels', () => {
    expect(en).toMatchObject({
      'button.acceptAll': 'Accept all',
      'button.rejectAll': 'Reject all',
      'button.customize': 'Customize',
      'button.saveChoices': 'Save choices',
      'revisit.label': 'Cookie settings',
      'placeholder.allow': 'Allow and load',
      'button.reloadPage': 'Reload page',
      'button.downloadHistory': 'Download my consent history',
      'button.forgetMe': 'Forget me',
      'button.close': 'Close',
      'category.necessary.title': 'Necessary',
      'category.functional.title': 'Functional',
      'category.analytics.title': 'Analytics',
      'category.marketing.title': 'Marketing',
      'receipt.consentId': 'Your consent ID',
      'receipt.decidedOn': 'Decided on',
      'cookieTable.name': 'Name',
      'cookieTable.provider': 'Provider',
      'cookieTable.purpose': 'Purpose',
      'cookieTable.duration': 'Duration',
    });
  });

  it('given Norwegian Bokmål, should use the exact Norwegian labels', () => {
    expect(dictionaries.nb).toMatchObject({
      'button.acceptAll': 'Godta alle',
      'button.rejectAll': 'Avvis alle',
      'button.customize': 'Tilpass',
      'button.saveChoices': 'Lagre valg',
      'revisit.label': 'Innstillinger for informasjonskapsler',
      'dialog.title': 'Innstillinger for informasjonskapsler',
      'category.necessary.title': 'Nødvendige',
      'category.functional.title': 'Funksjonelle',
      'category.analytics.title': 'Analyse',
      'category.marketing.title': 'Markedsføring',
    });
  });

  it('given English, the banner should say consent can be withdrawn at any time and name the controller', () => {
    expect(en['banner.text']).toContain('{controller}');
    expect(en['banner.text']).toMatch(/withdraw your consent at any time/);
    expect(en['banner.text']).toContain('Cookie settings');
  });

  it('given the GPC notice, should say the signal is honoured and marketing stays off unless switched on', () => {
    expect(en['banner.gpc']).toMatch(/Global Privacy Control/);
    expect(en['banner.gpc']).toMatch(/honour/);
    expect(en['banner.gpc']).toMatch(/marketing stays off unless you switch it on/);
  });

  it('given the placeholder text, should name the service, provider and category it waits for', () => {
    expect(en['placeholder.text']).toBe('{service} by {provider} is held until you allow {category}.');
  });

  it('given the banner, should say the site can be used either way (R6: no cookie wall)', () => {
    expect(en['banner.text']).toMatch(/use the site either way/);
  });
});
