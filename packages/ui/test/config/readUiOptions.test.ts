// readUiOptions(): the visitor-facing options the banner reads, with readConfig()'s defaults; a bad
// value falls back and is flagged so the diagnostics can name it (design.md "Bad input").
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../core/src/model/config/readConfig';
import { readUiOptions } from '../../src/config/readUiOptions';

describe('readUiOptions', () => {
  it.each([undefined, null, {}, 'nonsense', []])('given %j, should use every default', (input) => {
    const [options] = readUiOptions(input);
    expect(options).toEqual({
      privacyPolicyUrl: '',
      language: undefined,
      controllerName: '',
      ui: { layout: 'box', position: 'bottom-right', theme: 'auto', revisitButton: true, blockPage: false },
      translations: {},
    });
  });

  it('given good values, should keep them and be ok', () => {
    const input = {
      privacyPolicyUrl: '/privacy',
      language: 'nb',
      controller: { name: 'Example AS' },
      ui: { layout: 'box', position: 'top-left', theme: 'dark', revisitButton: false, blockPage: true },
      translations: { nb: { 'banner.title': 'Hei' } },
    };
    expect(readUiOptions(input)).toEqual([
      { privacyPolicyUrl: '/privacy', language: 'nb', controllerName: 'Example AS', ui: input.ui, translations: input.translations },
      true,
    ]);
  });

  it.each([
    ['privacyPolicyUrl', { privacyPolicyUrl: 42 }],
    ['language', { language: ['nb'] }],
    ['controller', { controller: 'Example AS' }],
    ['controller.name', { controller: { name: 1 } }],
    ['ui', { ui: 'bar' }],
    ['ui.layout', { ui: { layout: 'popup' } }],
    ['ui.position', { ui: { position: 'middle' } }],
    ['ui.theme', { ui: { theme: 'blue' } }],
    ['ui.revisitButton', { ui: { revisitButton: 'yes' } }],
    ['ui.blockPage', { ui: { blockPage: 1 } }],
    ['translations', { translations: [] }],
  ])('given a bad %s, should fall back to the default and not be ok', (_, input) => {
    const [options, ok] = readUiOptions(input);
    const [defaults] = readUiOptions({});
    expect(ok).toBe(false);
    expect(options).toEqual(defaults);
  });

  it('given one bad value among good ones, should keep the good ones', () => {
    const [options, ok] = readUiOptions({ privacyPolicyUrl: '/p', ui: { layout: 'bar', theme: 7 } });
    expect(ok).toBe(false);
    expect(options.privacyPolicyUrl).toBe('/p');
    expect(options.ui).toMatchObject({ layout: 'bar', position: 'bottom', theme: 'auto' });
  });

  it.each([
    ['bar', 'bottom-right', 'bottom'],
    ['bar', 'bottom-left', 'bottom'],
    ['bar', 'top-right', 'top'],
    ['bar', 'top-left', 'top'],
    ['bar', 'top', 'top'],
    ['bar', 'bottom', 'bottom'],
    ['bar', undefined, 'bottom'],
    ['box', 'top', 'top-right'],
    ['box', 'bottom', 'bottom-right'],
    ['box', 'top-left', 'top-left'],
    ['box', undefined, 'bottom-right'],
  ])('given a %s at %s, should place it at %s (a bar spans an edge, a box needs a corner)', (layout, position, expected) => {
    const [options, ok] = readUiOptions({ ui: { layout, position } });
    expect(ok).toBe(true);
    expect(options.ui.position).toBe(expected);
  });

  it.each([
    {},
    { privacyPolicyUrl: '/p', language: 'de', controller: { name: 'Example AS' }, ui: { layout: 'bar', position: 'top-left', theme: 'light' } },
    { ui: { layout: 'box', position: 'top', blockPage: true, revisitButton: false } },
    { privacyPolicyUrl: 3, ui: { layout: 'sideways', position: 'left', theme: 'pink', blockPage: 'yes' }, controller: [] },
  ])('given %j, should read what readConfig() reads, and flag a problem exactly when readConfig() reports one here', (input) => {
    const problems: string[] = [];
    const full = readConfig(input, (path) => void problems.push(path));
    const [options, ok] = readUiOptions(input);
    expect(options).toEqual({
      privacyPolicyUrl: full.privacyPolicyUrl,
      language: full.language,
      controllerName: full.controller.name,
      ui: full.ui,
      translations: full.translations,
    });
    expect(ok).toBe(!problems.some((p) => /^(privacyPolicyUrl|language|controller|ui|translations)/.test(p)));
  });
});
