// dialogModel(): what the preferences dialog says about each category and service, from the
// site's config, the built-in catalogue and the translations (design.md "Categories, services").
import { describe, expect, it } from 'vitest';
import { SERVICE_DESCRIPTIONS } from '../../../core/src/model/catalogue/serviceDescriptions';
import { catalogueEntry } from '../../../core/src/model/catalogue/catalogueEntry';
import { readConfig } from '../../../core/src/model/config/readConfig';
import nb from '../../src/i18n/nb';
import { createTranslator } from '../../src/i18n/translate';
import { categoryTitle, dialogModel } from '../../src/dialog/dialogModel';

// As the UI sees it once the catalogue entries arrived (catalogueWords gives them their words).
const config = (input: object) => readConfig(input, () => {}, catalogueEntry);
const category = (input: object, name: string, tr = createTranslator('en')) => dialogModel(config(input), tr).categories.find((c) => c.name == name)!;

describe('dialogModel', () => {
  it.each(['google-analytics', 'youtube', 'meta-pixel'])(
    'given the catalogue service %s, should show its label and provider and list its cookies from the catalogue',
    (name) => {
      const d = SERVICE_DESCRIPTIONS[name]!;
      const c = category({ categories: { marketing: { services: { s: name } } } }, 'marketing');
      expect(c.services).toEqual([
        {
          name: 's',
          label: d.label,
          provider: `Provided by ${d.provider}`,
          privacyPolicy: { text: `Privacy policy of ${d.provider}`, url: d.privacyPolicyUrl },
        },
      ]);
      expect(c.rows).toEqual(d.cookies.map((k) => [k.name, d.provider, k.purpose || d.purpose, k.duration]));
    },
  );

  it("given a catalogue service the site labels itself, should show the site's label", () => {
    const c = category({ categories: { analytics: { services: { ga: { label: 'Our stats' } } } } }, 'analytics');
    expect(c.services[0]!.label).toBe('Our stats');
  });

  it('given the default categories, should start with necessary, shown always on', () => {
    const m = dialogModel(config({}), createTranslator('en'));
    expect(m.categories.map((c) => [c.name, c.title, c.alwaysOn])).toEqual([
      ['necessary', 'Necessary', 'Always on'],
      ['functional', 'Functional', ''],
      ['analytics', 'Analytics', ''],
      ['marketing', 'Marketing', ''],
    ]);
  });

  it('given Norwegian, should use the Norwegian titles and button labels', () => {
    const m = dialogModel(config({}), createTranslator('nb', { nb }));
    expect([m.acceptAll, m.rejectAll, m.save]).toEqual(['Godta alle', 'Avvis alle', 'Lagre valg']);
    expect(m.categories[0]!.title).toBe(nb['category.necessary.title']);
  });
});

describe('categoryTitle', () => {
  const tr = (overrides = {}) => createTranslator('en', {}, overrides);
  const analytics = (label?: string) => config({ categories: { analytics: label ? { label } : {} } }).categories.find((c) => c.name == 'analytics')!;

  it('given a translation override in config, should prefer it to the label and the built-in title', () => {
    expect(categoryTitle(analytics('Statistics'), tr({ en: { 'category.analytics.title': 'Measurement' } }))).toBe('Measurement');
  });

  it('given a label and no override, should prefer the label to the built-in title', () => {
    expect(categoryTitle(analytics('Statistics'), tr())).toBe('Statistics');
  });

  it('given neither, should use the built-in title', () => {
    expect(categoryTitle(analytics(), tr())).toBe('Analytics');
  });

  it("given a site's own category with no label or text, should fall back to its key", () => {
    const c = config({ categories: { newsletter: {} } }).categories.find((c) => c.name == 'newsletter')!;
    expect(categoryTitle(c, tr())).toBe('newsletter');
  });

  it('given an override for another language only, should not use it', () => {
    expect(categoryTitle(analytics('Statistics'), tr({ de: { 'category.analytics.title': 'Messung' } }))).toBe('Statistics');
  });
});
