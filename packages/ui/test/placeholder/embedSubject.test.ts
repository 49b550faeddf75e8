// The framework bindings' placeholder (gateTexts, from the raw config, no DOM) and the script tag's
// (embedSubject, from the resolved config) must say the same words: the text archive lists one set
// (`npx consentry texts`), and a record's textHash is over what was shown.
import { describe, expect, it } from 'vitest';
import { catalogueEntry } from '../../../core/src/model/catalogue/catalogueEntry';
import { readConfig } from '../../../core/src/model/config/readConfig';
import { gateTexts } from '../../src/i18n/gateTexts';
import { placeholderTexts } from '../../src/i18n/layerTexts';
import { createTranslator } from '../../src/i18n/translate';
import { embedSubject } from '../../src/placeholder/describeEmbed';

const CONFIGS: Array<[string, object]> = [
  ['catalogue services', { categories: { analytics: { services: { ga: 'google-analytics' } }, marketing: { services: { youtube: 'youtube' } } } }],
  ['a category label', { categories: { marketing: { label: 'Ads', services: { youtube: 'youtube' } } } }],
  ['own services', { categories: { marketing: { services: { own: { label: 'Our video', provider: 'Us' }, bare: { label: 'Bare' } } } } }],
  ['a catalogue service the site labels', { categories: { marketing: { services: { yt: { label: 'Tube' } } } } }],
  [
    'translations in the config language',
    {
      language: 'de',
      categories: { marketing: { services: { youtube: 'youtube' } } },
      translations: {
        de: { 'placeholder.allow': 'Laden', 'placeholder.text': '{service} ({provider}) braucht {category}.', 'category.marketing.title': 'Werbung' },
      },
    },
  ],
];

describe('a placeholder names its embed alike in the bindings and the script tag', () => {
  it.each(CONFIGS)('given %s, gateTexts should equal embedSubject + placeholderTexts for every category and service', (_, input) => {
    const resolved = readConfig(input, () => {}, catalogueEntry);
    const names = resolved.categories.filter((c) => !c.necessary).flatMap((c) => [c.name, ...c.services.map((s) => `${c.name}.${s.name}`)]);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const gate = gateTexts(input as never, name);
      const tr = createTranslator(gate.lang, {}, (input as { translations?: object }).translations as never);
      const [cat, svc] = name.split('.');
      expect({ lang: gate.lang, ...placeholderTexts(tr.t, embedSubject(resolved, tr, cat!, svc)) }, name).toEqual(gate);
    }
  });
});

describe("gateTexts: the words' language", () => {
  const config = (translations: object) => ({ language: 'nb', categories: { marketing: { services: { youtube: 'youtube' } } }, translations });

  it('given the config language with other texts translated but not the placeholder, should say English words in English (lang en)', () => {
    const t = gateTexts(config({ nb: { 'banner.title': 'Hei' } }) as never, 'marketing.youtube');
    expect(t).toEqual({ lang: 'en', text: 'YouTube by Google Ireland Limited is held until you allow Marketing.', allow: 'Allow and load' });
  });

  it.each(['nb', 'nb-NO', 'no'])('given the placeholder texts under %s, should say them in Norwegian (lang nb)', (code) => {
    const t = gateTexts(
      config({ [code]: { 'placeholder.text': '{service} fra {provider} venter på {category}.', 'placeholder.allow': 'Tillat' } }) as never,
      'marketing.youtube',
    );
    expect(t).toEqual({ lang: 'nb', text: 'YouTube fra Google Ireland Limited venter på Marketing.', allow: 'Tillat' });
  });

  it.each(['nb-NO', 'no', 'NB'])('given the config language %s, should name it as the script tag does: lang nb', (language) => {
    const t = gateTexts(
      { ...config({ nb: { 'placeholder.text': '{service} fra {provider} venter på {category}.', 'placeholder.allow': 'Tillat' } }), language } as never,
      'marketing.youtube',
    );
    expect(t).toEqual({ lang: 'nb', text: 'YouTube fra Google Ireland Limited venter på Marketing.', allow: 'Tillat' });
  });

  it('given only the button translated, should not mix languages: English', () => {
    expect(gateTexts(config({ nb: { 'placeholder.allow': 'Tillat' } }) as never, 'marketing.youtube').lang).toBe('en');
  });
});

describe('gateTexts: a config that cannot be read', () => {
  const throws = (): never => {
    throw new Error('getter threw');
  };
  it.each<[string, object]>([
    [
      'a throwing translations getter',
      {
        categories: { analytics: {} },
        get translations() {
          return throws();
        },
      },
    ],
    [
      'a throwing categories getter',
      {
        get categories() {
          return throws();
        },
      },
    ],
    [
      'a label and provider that throw',
      {
        categories: {
          marketing: {
            get label() {
              return throws();
            },
            services: {
              own: {
                get label() {
                  return throws();
                },
                get provider() {
                  return throws();
                },
              },
            },
          },
        },
      },
    ],
    ['a Proxy whose every trap throws', new Proxy({}, { get: throws, ownKeys: throws })],
    ['wrong types', { language: 5, translations: 'x', categories: { marketing: { label: { a: 1 }, services: { own: { label: 7 } } } } }],
  ])('given %s, should not throw and fall back to the English words', (_, config) => {
    expect(gateTexts(config as never, 'marketing.own')).toEqual({ lang: 'en', text: 'own is held until you allow Marketing.', allow: 'Allow and load' });
    expect(gateTexts(config as never, 'analytics').lang).toBe('en');
  });
});
