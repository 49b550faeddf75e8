// The mounted UI's texts: a language's part loads once, and every caller that needs it (two
// placeholders rendering at once, the dialog and a placeholder) waits for the same load.
import { describe, expect, it, vi } from 'vitest';
import { createUiTexts } from '../../src/i18n/createUiTexts';

/** A load that answers (or fails) when the test says so, oldest request first. */
function deferredLoad() {
  const pending: { resolve(texts: Record<string, string>): void; reject(e: Error): void }[] = [];
  const load = vi.fn(() => new Promise<Record<string, string>>((resolve, reject) => pending.push({ resolve, reject })));
  return { load, answer: (texts: Record<string, string>) => pending.shift()!.resolve(texts), fail: () => pending.shift()!.reject(Error('blocked')) };
}

describe('createUiTexts', () => {
  it('given two callers needing the same part at once, should load it once and resolve both only once the texts are there', async () => {
    const { load, answer } = deferredLoad();
    const texts = createUiTexts(load, {});
    texts._use('de');
    const seen: string[] = [];
    const first = texts._need('de', 'dialog').then(() => seen.push(texts._tr().t('placeholder.allow')));
    const second = texts._need('de', 'dialog').then(() => seen.push(texts._tr().t('placeholder.allow')));
    await Promise.resolve();
    expect(seen).toEqual([]);

    answer({ 'placeholder.allow': 'Erlauben und laden' });
    await Promise.all([first, second]);
    expect(seen).toEqual(['Erlauben und laden', 'Erlauben und laden']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('given a failed load, should answer false (the mounted UI then takes English) and try again on the next need', async () => {
    const { load, answer, fail } = deferredLoad();
    const texts = createUiTexts(load, {});
    texts._use('de');
    const failed = texts._need('de', 'banner');
    fail();
    expect(await failed).toBe(false);

    const again = texts._need('de', 'banner');
    answer({ 'button.acceptAll': 'Alle akzeptieren' });
    expect(await again).toBe(true);
    expect(texts._tr().t('button.acceptAll')).toBe('Alle akzeptieren');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('given German, should load only German: English is fetched like any language, and only when needed', async () => {
    const load = vi.fn((lang: string) => Promise.resolve(lang == 'de' ? { 'button.acceptAll': 'Alle akzeptieren' } : { 'button.acceptAll': 'Accept all' }));
    const texts = createUiTexts(load, {});
    await texts._need('de', 'banner');
    texts._use('de');
    expect(texts._tr().t('button.acceptAll')).toBe('Alle akzeptieren');
    expect(load.mock.calls).toEqual([['de', 'banner']]);
  });

  it('given English loaded, should fall back to it key by key (a site text override in German only, say)', async () => {
    const load = vi.fn((lang: string) => Promise.resolve(lang == 'de' ? { 'button.rejectAll': 'Alle ablehnen' } : { 'button.acceptAll': 'Accept all' }));
    const texts = createUiTexts(load, {});
    await Promise.all([texts._need('de', 'banner'), texts._need('en', 'banner')]);
    texts._use('de');
    expect([texts._tr().t('button.rejectAll'), texts._tr().t('button.acceptAll')]).toEqual(['Alle ablehnen', 'Accept all']);
  });

  it('given a language whose part cannot load, _needOr should load English instead, and answer undefined when neither loads', async () => {
    const load = vi.fn((lang: string) => (lang == 'en' ? Promise.resolve({ 'button.acceptAll': 'Accept all' }) : Promise.reject(Error('404'))));
    const texts = createUiTexts(load, {});
    expect(await texts._needOr('de', 'banner')).toBe('en');
    expect(load.mock.calls).toEqual([
      ['de', 'banner'],
      ['en', 'banner'],
    ]);
    expect(await createUiTexts(() => Promise.reject(Error('offline')), {})._needOr('de', 'banner')).toBeUndefined();
  });
});
