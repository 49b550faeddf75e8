import type { DecisionAction, Engine } from '@consentry/core/internal';
import type { UiOptions } from '../config/readUiOptions';
import { bannerTexts, textList } from '../i18n/layerTexts';
import type { Translator } from '../i18n/Translator';
import { Banner } from './Banner';

/** Members starting with `_` stay inside one bundle: the minifier shortens them (rollup.config.mjs). */
export interface BannerEvents {
  _tr(): Translator;
  /** Each time the banner renders, with its texts (for the record's `textHash`). */
  _onRender(texts: string[]): void;
  /** A choice, after the banner has gone: the texts it showed, and whether focus was in the UI. */
  _onChoice(action: DecisionAction, texts: string[], hadFocus: boolean): void;
  _onCustomize(opener: Element): void;
  /** The revisit button, if one shows. */
  _revisit(): HTMLElement | undefined;
}

/** The banner as the mounted UI drives it. */
export interface BannerLayer {
  /** Shows or removes the banner (and emits `show` or `hide`); nothing when it already is so. */
  _set(on: boolean): void;
  /** Renders the banner again if it shows (after a language change). */
  _refresh(): void;
}

/**
 * The banner's life: built anew on show and on a language change (focus kept on the same button),
 * its height published as `--consentry-banner-height` on `<html>` while it shows (sites move chat
 * bubbles and sticky footers out of its way with it, design.md) and as the page's scroll padding on
 * its edge (and room after the page's end), and a modal banner that a close request cannot
 * dismiss. It goes first into `frame`, in the UI's shadow `root`.
 */
export function createBannerLayer(engine: Engine, options: UiOptions, root: ShadowRoot, frame: HTMLElement, o: BannerEvents): BannerLayer {
  const html = document.documentElement.style;
  // The page scrolls what the visitor Tabs to clear of the banner (WCAG 2.4.11, compliance R49); at
  // the bottom, room after the page's end lets its last links clear it too (nothing above moves).
  const props = ('--consentry-banner-height scroll-padding-' + (options.ui.position[0] == 't' ? 'top' : 'bottom padding-bottom')).split(' ');
  let banner: HTMLElement | null = null;
  /** The texts the banner shows, as its last render listed them: a choice records what was seen. */
  let shown: string[] = [];
  const resize = new ResizeObserver(() => {
    const height = banner?.getBoundingClientRect().height;
    if (height) for (const p of props) html.setProperty(p, `${Math.ceil(height)}px`);
  });

  /** The banner's removal after a choice, at the latest in the next frame. */
  let leaving = 0;

  function choose(action: DecisionAction) {
    const hadFocus = !!root.activeElement;
    // The decision first: the scripts it releases start loading before the banner's removal (the
    // UI hides it once the decision is applied, or this frame does, before it paints). Issue 15:
    // with the receipt kept later, Accept all → analytics ran at 4× CPU went from 58 to 42 ms.
    leaving = requestAnimationFrame(() => set(false));
    o._onChoice(action, shown, hadFocus);
  }

  function render() {
    const focused = (root.activeElement as HTMLElement | null)?.getAttribute('data-action');
    const t = bannerTexts(o._tr().t, { controllerName: options.controllerName, privacyPolicyUrl: options.privacyPolicyUrl, gpc: engine.env.gpc });
    o._onRender((shown = textList(t)));
    const next = Banner({
      texts: t,
      label: o._tr().t('banner.label'),
      options,
      onAcceptAll: () => choose('accept_all'),
      onRejectAll: () => choose('reject_all'),
      onCustomize: (e) => o._onCustomize(e.currentTarget as Element),
    });
    // A reload notice stands where the banner shows: the next banner replaces it.
    frame.querySelector('.notice')?.remove();
    if (banner) {
      resize.unobserve(banner);
      banner.replaceWith(next);
    } else frame.prepend(next);
    banner = next;
    resize.observe(next);
    if (next instanceof HTMLDialogElement) {
      next.showModal();
      // showModal() focuses the first control, Accept all: no choice is pre-focused (compliance R10).
      next.focus();
      // A close request that cannot be cancelled (Android back, a repeated Esc) is not a choice:
      // with blockPage the banner stays until the visitor makes one.
      next.addEventListener('close', () => banner == next && next.isConnected && next.showModal());
    }
    if (focused) next.querySelector<HTMLElement>(`[data-action=${focused}]`)?.focus();
  }

  function set(on: boolean) {
    // Shown again (nothing could be decided) or removed already: no removal is left waiting.
    cancelAnimationFrame(leaving);
    if (!!banner == on) return;
    // Shown again after a decision: the revisit button, in the same corner, would cover its last button.
    const revisit = o._revisit()?.parentNode as ShadowRoot | undefined;
    if (revisit) (revisit.host as HTMLElement).hidden = on;
    if (on) render();
    else {
      resize.unobserve(banner!);
      banner!.remove();
      banner = null;
      for (const p of props) html.removeProperty(p);
    }
    engine.emit(on ? 'show' : 'hide', { layer: 'banner' });
  }

  return {
    _set: set,
    _refresh() {
      if (banner) render();
    },
  };
}
