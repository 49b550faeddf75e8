import { afterPaint } from '../dom/afterPaint';
import { type Blocker, type Engine, warn } from '@consentry/core/internal';
import { createBannerLayer } from '../banner/createBannerLayer';
import { readUiOptions, type UiOptions } from '../config/readUiOptions';
import { h } from '../dom/h';
import { createUiTexts, type TextsPart } from '../i18n/createUiTexts';
import { canonicalLanguage } from '../i18n/languages';
import type { Translations } from '../i18n/en';
import { announce, createStatus } from '../status/createStatus';
import { statusText } from '../status/statusText';
import type { PreferencesModule, PrefsLayers, UiContext } from '../uiContext';
import { attachStyles, createShadowHost } from './attachStyles';
import { createTextHashes } from './createTextHashes';
import { prepareDecision } from './prepareDecision';

export interface MountOptions {
  engine: Engine;
  blocker?: Blocker;
  nonce?: string;
  /**
   * Texts of a built-in language: the banner's part (banner, its status messages) or the dialog's
   * (with the placeholders'). Script tag: a chunk each; npm: the whole language.
   */
  loadTexts(lang: string, part: TextsPart): Promise<Partial<Translations>>;
  /** The preferences dialog and embed descriptions (a chunk, or `import()` for npm). */
  loadPreferences(): Promise<PreferencesModule>;
  /** The revisit button, where focus goes when a layer's opener is gone. */
  revisitButton(): HTMLElement | undefined;
  /**
   * Picks from language tags, in order, the first Consentry has texts for (else English), as
   * `revisitLabel` answers. The main file's own rule (it names the revisit button and prefetches
   * the banner's texts by it), so the UI always agrees with it.
   */
  pickLanguage(tags: unknown[]): [label: string, lang: string, fetch?: string];
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
 * banner comes first in the tab order while it floats over the page (no layout shift). It composes
 * the layers: the banner and status here, the dialog, placeholders and reload notice from the
 * preferences chunk. Everything it does goes through the engine: the UI never touches cookies,
 * storage or the network.
 * One function: it wires layers that call back into each other (the banner decides through the
 * context, the context shows the banner again when nothing could be decided), so they meet here.
 */
export async function mountUI(o: MountOptions): Promise<MountedUI> {
  const { engine } = o;
  const options = readOptions(engine);
  const [host, root] = createShadowHost(o.nonce, options.ui.theme);
  const status = createStatus();
  const dialogSlot = h('div');
  const frame = h('div', { class: 'root' }, dialogSlot, status);
  root.append(frame);
  const texts = createUiTexts(o.loadTexts, options.translations);
  const hashOf = createTextHashes(engine);
  const banner = createBannerLayer(engine, options, root, frame, {
    _tr: texts._tr,
    // Hashed once the page is idle (the code to hash comes then, with the code to decide).
    _onRender: (list) => engine.env.whenIdle(() => hashOf(list).catch(() => {})),
    async _onChoice(action, list, hadFocus) {
      await ctx.decide(action, undefined, 'banner', list);
      if (hadFocus) ctx.fallbackFocus();
      // It revoked code that already ran: a small notice offers Reload page (design.md).
      if (engine.api.needsReload()) withLayers((l) => l.showReloadNotice(frame));
    },
    _onCustomize: (opener) => ui.showPreferences(opener),
    _revisit: o.revisitButton,
  });

  const ctx: UiContext = {
    engine,
    blocker: o.blocker,
    container: dialogSlot,
    tr: texts._tr,
    addStyles: (css) => attachStyles(root, css, o.nonce),
    needDialogTexts: () => texts._needOr(texts._tr().lang, 'dialog').then(Boolean),
    shadowHost: (css) => createShadowHost(o.nonce, options.ui.theme, css)[0],
    async decide(action, choices, source, list, allowed) {
      const hash = await hashOf(list).catch(() => null);
      await engine.decide(action, choices, { source, textHash: hash, language: texts._tr().lang });
      const after = engine.api.getConsent();
      if (after || action == 'reset') announce(status, () => statusText(texts._tr(), action, after, allowed));
      // Nothing was decided (the code to decide could not load): ask again.
      else if (source == 'banner') banner._set(true);
    },
    // After the paint, like the revisit button it may go to (startUi places it then).
    fallbackFocus: () => afterPaint(engine.env.whenIdle, () => focusFallback(o.revisitButton())),
  };

  const prefs = prefsLayers(o.loadPreferences, ctx);
  const withLayers = (fn: (l: PrefsLayers) => unknown) => prefs._load().then(fn, () => {});

  const ui: MountedUI = {
    showBanner() {
      banner._set(true);
      prepareDecision(engine);
    },
    async showPreferences(opener) {
      // The dialog's code and its texts in the UI's language load side by side.
      const [{ preferences }, ok] = await Promise.all([prefs._load(), ctx.needDialogTexts()]);
      if (!ok) return;
      if (!preferences.isOpen()) {
        // Opened from the page: the element that had focus (inside our shadow root, its own).
        preferences.open(opener ?? (document.activeElement == host ? root.activeElement : document.activeElement));
        engine.emit('show', { layer: 'preferences' });
      }
    },
    hide(bannerOnly) {
      // The banner first: closing the dialog returns focus to its opener, which may be in the banner.
      banner._set(false);
      if (!bannerOnly) prefs._current()?.preferences.close();
    },
    async setLanguage(chosen) {
      // The last item names the language of the texts.
      let picked = o.pickLanguage([chosen, options.language, document.documentElement.lang, ...navigator.languages]).at(-1)!;
      // The chosen tag comes first: the picker took another only when it has no texts for it.
      if (chosen && !/^auto$/i.test(chosen) && canonicalLanguage(chosen) != picked) warn(`language "${chosen}" has no texts; using ${picked}`);
      // Texts that cannot load (the loader has said so): English, else nothing can show.
      const loaded = await texts._needOr(picked, 'banner');
      if (!loaded) throw Error('texts');
      picked = loaded;
      if (prefs._requested()) await texts._needOr(picked, 'dialog');
      texts._use(picked);
      frame.lang = picked;
      frame.dir = texts._tr().dir;
      banner._refresh();
      prefs._refresh();
    },
    syncPlaceholders() {
      // Placeholders load with the preferences chunk: only when there is an embed to stand in for.
      if (prefs._current() || o.blocker?.heldEmbeds().length) withLayers((l) => l.placeholders.sync());
    },
  };

  await ui.setLanguage(options.language || '');
  document.body.prepend(host);
  return ui;
}

/** The visitor-facing options; the diagnostics name what is wrong with them (the main file does not read them). */
function readOptions(engine: Engine): UiOptions {
  const [options, ok] = readUiOptions(engine.input);
  // The one URL check ran in the main file's config reader: only http(s) or relative links render.
  options.privacyPolicyUrl = engine.config.privacyPolicyUrl;
  if (!ok)
    engine.env.load('diagnostics').then(
      (m) => m.warnConfig(engine.input),
      () => {},
    );
  return options;
}

/**
 * The preferences chunk's layers for one UI: loaded and created once; a failed load is tried again
 * next time. Members starting with `_` stay inside one bundle: the minifier shortens them.
 */
function prefsLayers(load: () => Promise<PreferencesModule>, ctx: UiContext) {
  let layers: PrefsLayers | undefined;
  let loading: Promise<PrefsLayers> | undefined;
  return {
    _current: () => layers,
    /** Renders the loaded layers again (after a language change). */
    _refresh() {
      layers?.preferences.refresh();
      layers?.placeholders.refresh();
    },
    /** Whether the chunk was asked for (its texts then follow a language change). */
    _requested: () => !!loading,
    _load: () =>
      (loading ||= load().then(
        (m) => (layers = m.createPrefsLayers(ctx)),
        (e) => {
          loading = undefined;
          throw e;
        },
      )),
  };
}

/** Where focus goes when a layer's opener is gone: the revisit button, else the start of the page (design.md). */
function focusFallback(revisit: HTMLElement | undefined) {
  if (revisit?.isConnected) return revisit.focus();
  // body cannot take focus without a tabindex.
  const body = document.body;
  if (!body.hasAttribute('tabindex')) body.setAttribute('tabindex', '-1');
  body.focus();
}
