import type { ConsentState } from '@consentry/core';
import type { Blocker, DecisionAction, Engine } from '@consentry/core/internal';
import { warn } from '@consentry/core/internal';
import { textHash } from '@consentry/core/texts';
import { Banner } from '../banner/Banner';
import { readUiOptions } from '../config/readUiOptions';
import { h } from '../dom/h';
import { enBanner, type Translations } from '../i18n/en';
import { nbBanner } from '../i18n/nb';
import { pickLanguage } from '../i18n/pickLanguage';
import type { Translator } from '../i18n/translate';
import { createTranslatorFrom } from '../i18n/translatorFrom';
import { bannerTexts, textList } from '../i18n/layerTexts';
import { attachStyles, createShadowHost } from './attachStyles';
import type { Placeholders, Preferences, PreferencesModule, UiContext } from '../uiContext';

export interface MountOptions {
  engine: Engine;
  blocker?: Blocker;
  nonce?: string;
  /**
   * Texts of a built-in language other than en and nb: the banner's part (banner, placeholders,
   * status) or the dialog's. Script tag: a chunk each; npm: the whole language, `import()`ed.
   */
  loadTexts(lang: string, part: 'banner' | 'dialog'): Promise<Partial<Translations>>;
  /** The preferences dialog and embed descriptions (a chunk, or `import()` for npm). */
  loadPreferences(): Promise<PreferencesModule>;
  /** The revisit button, where focus goes when a layer's opener is gone. */
  revisitButton(): HTMLElement | null;
}

/** The mounted UI, driven by the main file (API calls, declarative hooks, consent changes). */
export interface MountedUI {
  showBanner(): void;
  showPreferences(opener?: Element | null): Promise<void>;
  /** Closes the banner and, unless `bannerOnly`, the dialog. */
  hide(bannerOnly?: boolean): void;
  setLanguage(lang: string): Promise<void>;
  /** Puts placeholders on held embeds and removes those of released ones. */
  syncPlaceholders(): void;
}

/**
 * Renders the UI into an open shadow root of `<consentry-ui>`, placed first in `<body>` so the
 * banner comes first in the tab order while it floats over the page (no layout shift). Everything
 * it does goes through the engine: the UI never touches cookies, storage or the network.
 */
export async function mountUI(o: MountOptions): Promise<MountedUI> {
  const { engine } = o;
  const [options, configOk] = readUiOptions(engine.input);
  // The one URL check ran in the main file's config reader: only http(s) or relative links render.
  options.privacyPolicyUrl = engine.config.privacyPolicyUrl;
  // Visitor-facing options the main file does not read: have the diagnostics name what is wrong.
  if (!configOk) engine.env.load('diagnostics').then((m) => m.configProblems(engine.input).forEach((p) => warn(p)), () => {});
  const [host, root] = createShadowHost(o.nonce);
  host.setAttribute('data-theme', options.ui.theme);
  const frame = h('div', { class: 'root' });
  const status = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const dialogSlot = h('div');
  frame.append(dialogSlot, status);
  root.append(frame);
  // The banner's texts of the bundled languages; the dialog's arrive with it (ctx.addTexts).
  const dicts: Record<string, Partial<Translations>> = { en: { ...enBanner }, nb: { ...nbBanner } };
  const translator = (lang: string) => createTranslatorFrom(dicts.en!, lang, dicts, options.translations);
  let tr: Translator = translator('en');
  const loaded = new Set<string>();
  /** Loads one part of a language's texts once (en and nb dialog texts come with the preferences chunk). */
  async function need(lang: string, part: 'banner' | 'dialog') {
    const key = lang + ':' + part;
    if (lang == 'en' || lang == 'nb' || loaded.has(key)) return;
    loaded.add(key);
    const more = await o.loadTexts(lang, part).catch(() => (loaded.delete(key), {}));
    dicts[lang] = { ...dicts[lang], ...more };
    if (tr.lang == lang) tr = translator(lang);
  }
  let banner: HTMLElement | null = null;
  let prefs: Preferences | undefined;
  let prefsModule: Promise<PreferencesModule> | undefined;
  let placeholders: Placeholders | undefined;
  const hashes = new Map<string, Promise<string>>();
  /** The layer's hash is computed while it shows, so a click never waits for it. */
  const hashOf = (texts: string[]) => {
    const key = JSON.stringify(texts);
    // Plain http has no SubtleCrypto: the records code carries a small SHA-256.
    if (!hashes.has(key)) hashes.set(key, textHash(texts, () => engine.env.load('records').then((m) => m.sha256)));
    return hashes.get(key)!;
  };
  const html = document.documentElement.style;
  // Sites move chat bubbles and sticky footers out of the banner's way with it (design.md).
  const resize = new ResizeObserver(() => {
    const height = banner?.getBoundingClientRect().height;
    if (height) html.setProperty('--consentry-banner-height', `${Math.ceil(height)}px`);
  });

  const texts = () => bannerTexts(tr.t, { controllerName: options.controllerName, privacyPolicyUrl: options.privacyPolicyUrl, gpc: engine.env.gpc });

  /** Builds the banner anew (on show and on a language change), keeping focus on the same button. */
  function renderBanner() {
    const focused = (root.activeElement as HTMLElement | null)?.getAttribute('data-action');
    const t = texts();
    hashOf(textList(t));
    const next = Banner({
      texts: t,
      label: tr.t('banner.label'),
      options,
      onAcceptAll: () => fromBanner('accept_all'),
      onRejectAll: () => fromBanner('reject_all'),
      onCustomize: (e) => void ui.showPreferences(e.currentTarget as Element),
    });
    frame.querySelector('.notice')?.remove();
    if (banner) {
      resize.unobserve(banner);
      banner.replaceWith(next);
    } else frame.prepend(next);
    banner = next;
    resize.observe(next);
    if (next instanceof HTMLDialogElement) {
      next.showModal();
      // A close request that cannot be cancelled (Android back, a repeated Esc) is not a choice:
      // with blockPage the banner stays until the visitor makes one.
      next.addEventListener('close', () => banner == next && next.isConnected && next.showModal());
    }
    if (focused) next.querySelector<HTMLElement>(`[data-action=${focused}]`)?.focus();
  }

  function setBanner(on: boolean) {
    if (!!banner == on) return;
    if (on) renderBanner();
    else {
      resize.unobserve(banner!);
      banner!.remove();
      banner = null;
      html.removeProperty('--consentry-banner-height');
    }
    engine.emit(on ? 'show' : 'hide', { layer: 'banner' });
  }

  function fromBanner(action: DecisionAction) {
    const hadFocus = !!root.activeElement;
    const list = textList(texts());
    setBanner(false);
    ctx.decide(action, undefined, 'banner', list).then(() => {
      if (hadFocus) ctx.fallbackFocus();
      // It revoked code that already ran: a small notice offers Reload page (design.md).
      if (engine.api.needsReload()) loadPrefs().then(async (m) => (await ctx.needDialogTexts(), m.showReloadNotice(ctx, frame)), () => {});
    });
  }

  const ctx: UiContext = {
    engine,
    blocker: o.blocker,
    container: dialogSlot,
    tr: () => tr,
    addTexts(more) {
      for (const [lang, t] of Object.entries(more)) dicts[lang] = { ...dicts[lang], ...t };
      tr = translator(tr.lang);
    },
    addStyles: (css) => attachStyles(root, css, o.nonce),
    needDialogTexts: () => need(tr.lang, 'dialog'),
    shadowHost(css) {
      const [host, shadow] = createShadowHost(o.nonce);
      host.setAttribute('data-theme', options.ui.theme);
      attachStyles(shadow, css, o.nonce);
      return host;
    },
    async decide(action, choices, source, list, allowed) {
      const hash = await hashOf(list).catch(() => null);
      await engine.decide(action, choices, { source, textHash: hash, language: tr.lang });
      const after = engine.api.getConsent();
      if (!after && action != 'reset') {
        // Nothing was decided (the code to decide could not load): ask again.
        if (source == 'banner') setBanner(true);
        return;
      }
      // Emptied first, so the same message twice is announced twice.
      status.textContent = '';
      setTimeout(() => (status.textContent = statusText(tr, action, after, allowed)), 50);
    },
    fallbackFocus() {
      const revisit = o.revisitButton();
      if (revisit?.isConnected) return revisit.focus();
      // The start of the page (design.md): body cannot take focus without a tabindex.
      const body = document.body;
      if (!body.hasAttribute('tabindex')) body.setAttribute('tabindex', '-1');
      body.focus();
    },
  };

  const loadPrefs = () =>
    (prefsModule ||= o.loadPreferences().catch((e) => {
      prefsModule = undefined;
      throw e;
    }));

  const ui: MountedUI = {
    showBanner: () => setBanner(true),
    async showPreferences(opener) {
      const m = await loadPrefs();
      await need(tr.lang, 'dialog');
      prefs ||= m.createPreferences(ctx);
      if (!prefs.isOpen()) {
        // Opened from the page: the element that had focus (inside our shadow root, its own).
        prefs.open(opener ?? (document.activeElement == host ? root.activeElement : document.activeElement));
        engine.emit('show', { layer: 'preferences' });
      }
    },
    hide(bannerOnly) {
      // The banner first: closing the dialog returns focus to its opener, which may be in the banner.
      setBanner(false);
      if (!bannerOnly) prefs?.close();
    },
    async setLanguage(lang) {
      const picked = pickLanguage({ configured: lang, htmlLang: document.documentElement.lang, navigatorLanguages: navigator.languages });
      if (picked.unknownConfigured) warn(`language "${picked.unknownConfigured}" has no texts; using ${picked.lang}`);
      await need(picked.lang, 'banner');
      if (prefsModule) await need(picked.lang, 'dialog');
      tr = translator(picked.lang);
      frame.lang = tr.lang;
      frame.dir = tr.dir;
      if (banner) renderBanner();
      prefs?.refresh();
      placeholders?.refresh();
    },
    syncPlaceholders() {
      // Placeholders load with the preferences chunk: only when there is an embed to stand in for.
      if (placeholders || o.blocker?.heldEmbeds().length) loadPrefs().then((m) => (placeholders ||= m.createPlaceholders(ctx)).sync(), () => {});
    },
  };

  await ui.setLanguage(options.language || '');
  document.body.prepend(host);
  return ui;
}

/** The polite confirmation of a decision. */
function statusText(tr: Translator, action: DecisionAction, after: ConsentState | null, allowed?: string): string {
  if (action == 'reset') return tr.t('status.forgotten');
  if (allowed) return tr.t('status.allowed', { name: allowed });
  if (action == 'reject_all') return tr.t('status.rejectedAll');
  if (action == 'accept_all') return tr.t(Object.values(after?.categories || {}).every(Boolean) ? 'status.acceptedAll' : 'status.acceptedAllGpc');
  return tr.t('status.saved');
}
