// The banner (design.md "Visitor-facing behaviour"; compliance R6–R10): what a first-time visitor
// sees, the three equal choices, and that what it shows is what the record's textHash covers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Banner, type BannerProps } from '../../src/banner/Banner';
import { readUiOptions } from '../../src/config/readUiOptions';
import en from '../../src/i18n/en';
import nb from '../../src/i18n/nb';
import { createTranslator } from '../../src/i18n/translate';
import { bannerTexts, textList, type BannerTextOptions } from '../../src/i18n/layerTexts';
import { visibleTexts } from '../support/visibleTexts';

const SITE: BannerTextOptions = { controllerName: 'Example AS', privacyPolicyUrl: '/privacy', gpc: false };

function renderBanner(o: { lang?: string; text?: Partial<BannerTextOptions>; config?: object } = {}) {
  const tr = createTranslator(o.lang || 'en', { nb });
  const texts = bannerTexts(tr.t, { ...SITE, ...o.text });
  const [options] = readUiOptions({ privacyPolicyUrl: SITE.privacyPolicyUrl, ...o.config });
  const handlers = { onAcceptAll: vi.fn(), onRejectAll: vi.fn(), onCustomize: vi.fn() };
  const props: BannerProps = { texts, label: tr.t('banner.label'), options, ...handlers };
  const el = Banner(props);
  document.body.append(el);
  const button = (name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent == name);
  return { el, texts, handlers, button, buttons: [...el.querySelectorAll('button')].map((b) => b.textContent) };
}

afterEach(() => document.body.replaceChildren());

describe('Banner', () => {
  it('given a site with a controller and a privacy policy, should show the title, the text naming the controller, and a link to the policy', () => {
    const { el } = renderBanner();
    expect(el.querySelector('h2')!.textContent).toBe(en['banner.title']);
    expect(el.textContent).toContain('Example AS uses necessary cookies');
    const link = el.querySelector('a')!;
    expect(link.textContent).toBe('Privacy policy');
    expect(link.getAttribute('href')).toBe('/privacy');
  });

  it('given no controller name, should name "This site" instead', () => {
    const { el } = renderBanner({ text: { controllerName: '' } });
    expect(el.textContent).toContain('This site uses necessary cookies');
  });

  it('given no privacy policy URL, should show no link', () => {
    const { el } = renderBanner({ text: { privacyPolicyUrl: '' }, config: { privacyPolicyUrl: undefined } });
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).not.toContain('Privacy policy');
  });

  it('given no Global Privacy Control, should not mention it; given GPC, should say it is honoured', () => {
    expect(renderBanner().el.textContent).not.toContain('Global Privacy Control');
    const { el } = renderBanner({ text: { gpc: true } });
    expect(el.querySelector('.gpc')!.textContent).toBe(en['banner.gpc']);
  });

  it('given English, should offer exactly Accept all, Reject all and Customize, and no other button', () => {
    expect(renderBanner().buttons).toEqual(['Accept all', 'Reject all', 'Customize']);
  });

  it('given Norwegian Bokmål, should offer exactly Godta alle, Avvis alle and Tilpass', () => {
    const { buttons, el } = renderBanner({ lang: 'nb' });
    expect(buttons).toEqual(['Godta alle', 'Avvis alle', 'Tilpass']);
    expect(el.querySelector('h2')!.textContent).toBe('Vi bruker informasjonskapsler');
  });

  it.each([
    ['Accept all', 'onAcceptAll'],
    ['Reject all', 'onRejectAll'],
    ['Customize', 'onCustomize'],
  ] as const)('when clicking %s, should call its handler and no other', (name, handler) => {
    const { button, handlers } = renderBanner();
    button(name)!.click();
    for (const [key, fn] of Object.entries(handlers)) expect(fn).toHaveBeenCalledTimes(key == handler ? 1 : 0);
  });

  it('given the default options, should be a labelled region that leaves the page usable, at the bottom right', () => {
    const { el } = renderBanner();
    expect(el.tagName).toBe('SECTION');
    expect(el.getAttribute('aria-label')).toBe('Cookie consent');
    expect(el.hasAttribute('aria-modal')).toBe(false);
    expect(el.dataset).toMatchObject({ layout: 'box', position: 'bottom-right' });
  });

  it('given a bar at the top, should say so to the styles', () => {
    const { el } = renderBanner({ config: { ui: { layout: 'bar', position: 'top-left' } } });
    expect(el.dataset).toMatchObject({ layout: 'bar', position: 'top' });
  });

  it('given blockPage, should be a modal <dialog> that Esc (the cancel event) does not close', () => {
    const { el } = renderBanner({ config: { ui: { blockPage: true } } });
    expect(el.tagName).toBe('DIALOG');
    expect(el.getAttribute('aria-modal')).toBe('true');
    const esc = new Event('cancel', { cancelable: true });
    el.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(true);
  });

  it('given blockPage, when pressing Esc (Chromium closes on a repeated Esc unless the key is stopped), should keep the key from closing it', () => {
    const { el } = renderBanner({ config: { ui: { blockPage: true } } });
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    el.querySelector('button')!.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(true);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    el.querySelector('button')!.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
  });

  it('given no blockPage, a cancel event should not be prevented (nothing listens)', () => {
    const { el } = renderBanner();
    const esc = new Event('cancel', { cancelable: true });
    el.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(false);
  });

  it.each([
    ['en', {}],
    ['en, GPC, no policy, no controller', { gpc: true, privacyPolicyUrl: '', controllerName: '' }],
    ['nb', {}],
    ['nb with GPC', { gpc: true }],
  ] as const)('given %s, its text nodes in DOM order should be exactly textList(bannerTexts()), what the textHash covers', (name, text) => {
    const { el, texts } = renderBanner({ lang: name.slice(0, 2), text });
    expect(visibleTexts(el)).toEqual(textList(texts).map((t) => t.replace(/\s+/g, ' ').trim()));
  });

  it('given text with markup in a translation override, should show it as text, not markup', () => {
    const tr = createTranslator('en', {}, { en: { 'banner.title': '<img src=x onerror=alert(1)>' } });
    const [options] = readUiOptions({});
    const el = Banner({ texts: bannerTexts(tr.t, SITE), label: 'x', options, onAcceptAll() {}, onRejectAll() {}, onCustomize() {} });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
