// createTranslator(): per-key fallback to English, {name} interpolation, config overrides per
// language (design.md "Translations"; config `translations`).
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import nb from '../../src/i18n/nb';
import { createTranslator, interpolate } from '../../src/i18n/translate';

describe('interpolate', () => {
  it('given values for the placeholders, should fill each one in', () => {
    expect(interpolate('{service} by {provider}', { service: 'YouTube', provider: 'Google' })).toBe('YouTube by Google');
  });

  it('given a number, should write it as text', () => {
    expect(interpolate('{days} days', { days: 182 })).toBe('182 days');
  });

  it('given a placeholder without a value, should leave it as it is', () => {
    expect(interpolate('{service} by {provider}', { service: 'YouTube' })).toBe('YouTube by {provider}');
    expect(interpolate('{service}')).toBe('{service}');
  });

  it('given a value that looks like a placeholder or markup, should insert it once, as plain text', () => {
    expect(interpolate('{a} {b}', { a: '{b}', b: '<b>x</b>' })).toBe('{b} <b>x</b>');
  });

  it('given a placeholder named like an Object property, should not read the prototype', () => {
    expect(interpolate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});

describe('createTranslator', () => {
  it('given English, should return the English text', () => {
    const { t, lang, dir } = createTranslator('en');
    expect(t('button.acceptAll')).toBe('Accept all');
    expect(lang).toBe('en');
    expect(dir).toBe('ltr');
  });

  it('given Norwegian with its dictionary, should return the Norwegian text', () => {
    expect(createTranslator('nb', { nb }).t('button.rejectAll')).toBe('Avvis alle');
  });

  it('given params, should interpolate them into the chosen text', () => {
    const { t } = createTranslator('nb', { nb });
    expect(t('banner.text', { controller: 'Eksempel AS' })).toMatch(/^Eksempel AS bruker nødvendige/);
    expect(t('placeholder.text', { service: 'YouTube', provider: 'Google', category: 'Markedsføring' })).toBe(
      'YouTube fra Google holdes tilbake til du tillater Markedsføring.',
    );
  });

  it('given a language missing a key, should fall back to English for that key only', () => {
    const { t } = createTranslator('xx', { xx: { 'button.acceptAll': 'Accept-XX' } });
    expect(t('button.acceptAll')).toBe('Accept-XX');
    expect(t('button.rejectAll')).toBe('Reject all');
  });

  it('given a language whose dictionary is not loaded, should show English', () => {
    expect(createTranslator('de').t('button.customize')).toBe('Customize');
  });

  it('given an empty text in a dictionary, should fall back rather than show nothing', () => {
    expect(createTranslator('xx', { xx: { 'button.close': '  ' } }).t('button.close')).toBe('Close');
  });

  it('given an override for the language, should win over the built-in text', () => {
    const { t } = createTranslator('nb', { nb }, { nb: { 'banner.title': 'Vi bruker kaker' } });
    expect(t('banner.title')).toBe('Vi bruker kaker');
    expect(t('button.acceptAll')).toBe('Godta alle');
  });

  it('given an override with placeholders, should interpolate it too', () => {
    const { t } = createTranslator('en', {}, { en: { 'banner.title': 'Cookies at {controller}' } });
    expect(t('banner.title', { controller: 'Example AS' })).toBe('Cookies at Example AS');
  });

  it('given an override for another language only, should not apply it', () => {
    const { t } = createTranslator('nb', { nb }, { sv: { 'banner.title': 'Vi använder kakor' } });
    expect(t('banner.title')).toBe(nb['banner.title']);
  });

  it('given an override under "no" or "nb-NO", should apply it to nb; "nn" stays Nynorsk', () => {
    const { t } = createTranslator(
      'nb',
      { nb },
      {
        no: { 'banner.title': 'no-title' },
        'nb-NO': { 'dialog.title': 'nb-NO-title' },
        nn: { 'button.close': 'nn-close' },
      },
    );
    expect(t('banner.title')).toBe('no-title');
    expect(t('dialog.title')).toBe('nb-NO-title');
    expect(t('button.close')).toBe('Lukk');
  });

  it('given overrides under both "nb" and "nb-NO", the exact language should win', () => {
    const { t } = createTranslator('nb', { nb }, { nb: { 'banner.title': 'exact' }, 'nb-NO': { 'banner.title': 'region' } });
    expect(t('banner.title')).toBe('exact');
  });

  it('given an English override and a language without that key, should fall back to the English override', () => {
    const { t } = createTranslator('xx', {}, { en: { 'banner.title': 'Our cookies' } });
    expect(t('banner.title')).toBe('Our cookies');
  });

  it('given an English override and Norwegian texts, the Norwegian text should still win', () => {
    const { t } = createTranslator('nb', { nb }, { en: { 'banner.title': 'Our cookies' } });
    expect(t('banner.title')).toBe(nb['banner.title']);
  });

  it('given empty or non-string override values, should ignore them', () => {
    const { t } = createTranslator(
      'en',
      {},
      {
        en: { 'banner.title': '', 'button.close': 42 as unknown as string },
        nb: null as unknown as Record<string, string>,
      },
    );
    expect(t('banner.title')).toBe(en['banner.title']);
    expect(t('button.close')).toBe('Close');
  });

  it('given a site category key, lookup should find its override and say undefined when none exists', () => {
    const { lookup } = createTranslator('nb', { nb }, { nb: { 'category.support.title': 'Kundestøtte' } });
    expect(lookup('category.support.title')).toBe('Kundestøtte');
    expect(lookup('category.support.description')).toBeUndefined();
    expect(lookup('category.marketing.title')).toBe('Markedsføring');
  });

  it('given a key unknown everywhere (untyped caller), t should return the key itself', () => {
    const { t } = createTranslator('en');
    expect(t('no.such.key' as never)).toBe('no.such.key');
  });

  it('given Arabic, should report right-to-left', () => {
    expect(createTranslator('ar').dir).toBe('rtl');
  });

  it('given a missing param, should leave the placeholder visible', () => {
    expect(createTranslator('en').t('status.allowed')).toBe('{name} is now allowed.');
  });
});
