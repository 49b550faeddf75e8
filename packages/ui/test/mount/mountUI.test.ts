import { createEngine, createServerEnv } from '@consentry/core/internal';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../../src/i18n/loadLanguage';
import { mountUI } from '../../src/mount/mountUI';
import { revisitLabel } from '../../src/i18n/revisitLabel';

/**
 * A UI mounted for its own engine, its preferences chunk imported as npm users get it. The engine
 * decides nothing (a server's env): opening the dialog needs no decision.
 */
async function mount(config: unknown) {
  const engine = createEngine(config, createServerEnv());
  const ui = await mountUI({
    engine,
    loadTexts: (lang) => loadLanguage[lang as 'en'](),
    loadPreferences: () => import('../../src/prefs'),
    revisitButton: () => undefined,
    pickLanguage: revisitLabel,
  });
  const host = [...document.querySelectorAll('consentry-ui')].find((el) => !mounted.includes(el))!;
  mounted.push(host);
  return { ui, host };
}
const mounted: Element[] = [];
/** The switches' names in a UI's open dialog. */
const switchNames = (host: Element) =>
  [...host.shadowRoot!.querySelectorAll<HTMLInputElement>('dialog.prefs input[type=checkbox]')].map(
    (el) => el.getAttribute('aria-label') || el.labels?.[0]?.textContent,
  );

afterEach(() => {
  for (const host of mounted.splice(0)) host.remove();
});

describe('mountUI', () => {
  it('given two UIs with different configs, when each opens its preferences, each dialog should show its own categories', async () => {
    const first = await mount({ categories: { necessary: {}, newsletter: { label: 'Newsletter' } } });
    const second = await mount({ categories: { necessary: {}, maps: { label: 'Maps' } } });
    await first.ui.showPreferences();
    await second.ui.showPreferences();
    expect(switchNames(first.host)).toContain('Newsletter');
    expect(switchNames(first.host)).not.toContain('Maps');
    expect(switchNames(second.host)).toContain('Maps');
    expect(switchNames(second.host)).not.toContain('Newsletter');
  });
});

describe('mountUI, its language', () => {
  /** A UI whose texts load as `load` answers; `pickLanguage` is the main file's rule. */
  async function mountWith(load: (lang: string) => Promise<Record<string, string>>, config: object = {}) {
    const engine = createEngine(config, createServerEnv());
    const asked: string[] = [];
    const ui = await mountUI({
      engine,
      loadTexts: (lang, part) => (asked.push(`${lang}:${part}`), load(lang)),
      loadPreferences: () => import('../../src/prefs'),
      revisitButton: () => undefined,
      pickLanguage: revisitLabel,
    });
    const host = [...document.querySelectorAll('consentry-ui')].find((el) => !mounted.includes(el))!;
    mounted.push(host);
    ui.showBanner();
    const root = host.shadowRoot!.querySelector<HTMLElement>('.root')!;
    const accept = () => host.shadowRoot!.querySelector('[data-action=accept-all]')?.textContent;
    return { ui, asked, root, accept };
  }
  const real = (lang: string) => loadLanguage[lang as 'en']() as Promise<Record<string, string>>;
  const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

  afterEach(() => vi.restoreAllMocks());

  it('given German configured, should load the German banner texts only, never English', async () => {
    const { asked, root, accept } = await mountWith(real, { language: 'de' });
    expect([root.lang, accept()]).toEqual(['de', 'Alle akzeptieren']);
    expect(asked).toEqual(['de:banner']);
  });

  it('given German texts that cannot load, should show the banner in English instead', async () => {
    const { asked, root, accept } = await mountWith((lang) => (lang == 'de' ? Promise.reject(Error('404')) : real(lang)), { language: 'de' });
    expect([root.lang, accept()]).toEqual(['en', 'Accept all']);
    expect(asked).toEqual(['de:banner', 'en:banner']);
  });

  it('given no texts that can load at all, should not mount (nothing to show but key names)', async () => {
    await expect(mountWith(() => Promise.reject(Error('offline')), { language: 'de' })).rejects.toThrow();
  });

  it('given setLanguage() with a language Consentry has no texts for, should warn once and go on to the config language', async () => {
    const warn = warnings();
    const { ui, root, accept } = await mountWith(real, { language: 'sv' });
    await ui.setLanguage('klingon');
    expect([root.lang, accept()]).toEqual(['sv', 'Godkänn alla']);
    expect(warn.mock.calls).toEqual([['[consentry]', 'language "klingon" has no texts; using sv']]);
  });

  it.each(['de-AT', 'DE_at', 'auto', 'en-GB'])('given setLanguage(%j), should not warn', async (tag) => {
    const warn = warnings();
    const { ui } = await mountWith(real);
    await ui.setLanguage(tag);
    expect(warn).not.toHaveBeenCalled();
  });

  it('given "no-NYN" on the page, should pick Nynorsk as the revisit button does', async () => {
    document.documentElement.lang = 'no-NYN';
    try {
      const { root } = await mountWith(real);
      expect(root.lang).toBe('nn');
      expect(revisitLabel(['no-NYN'])[2]).toBe('nn');
    } finally {
      document.documentElement.lang = '';
    }
  });
});
