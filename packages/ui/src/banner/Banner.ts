import { h } from '../dom/h';
import type { bannerTexts } from '../i18n/layerTexts';
import type { UiOptions } from '../config/readUiOptions';

export interface BannerProps {
  texts: ReturnType<typeof bannerTexts>;
  /** Names the banner region. */
  label: string;
  options: UiOptions;
  onAcceptAll(): void;
  onRejectAll(): void;
  onCustomize(e: Event): void;
}

/**
 * The first layer (compliance R6–R10): three choices of equal visual weight, no close button that
 * is not a choice, the controller and the privacy policy named. With `blockPage` it is a modal
 * dialog (the page inert behind it) that Esc does not close; otherwise a region that leaves the
 * page usable. It floats over the page, so it never shifts the layout.
 */
export function Banner({ texts, label, options, onAcceptAll, onRejectAll, onCustomize }: BannerProps): HTMLElement {
  const { layout, position, blockPage } = options.ui;
  const button = (action: string, text: string, fn: (e: Event) => void) => h('button', { type: 'button', 'data-action': action, onclick: fn }, text);
  return h(
    blockPage ? 'dialog' : 'section',
    {
      class: 'banner',
      'data-layout': layout,
      'data-position': position,
      'aria-label': label,
      'aria-modal': blockPage && 'true',
      // Focus goes to the modal banner itself, not to its first button (see createBannerLayer).
      tabindex: blockPage && '-1',
      // Esc is not a choice (design.md): the modal banner stays.
      oncancel: blockPage ? (e: Event) => e.preventDefault() : null,
      // Chromium makes `cancel` uncancelable on a repeated Esc without user activation: stop the key itself.
      onkeydown: blockPage ? (e: Event) => (e as KeyboardEvent).key == 'Escape' && e.preventDefault() : null,
    },
    h(
      'div',
      { class: 'inner' },
      h('h2', null, texts.title),
      h('p', null, texts.text),
      texts.gpc && h('p', { class: 'gpc' }, texts.gpc),
      texts.privacyPolicy && h('p', null, h('a', { href: options.privacyPolicyUrl }, texts.privacyPolicy)),
      h(
        'div',
        { class: 'actions' },
        button('accept-all', texts.acceptAll, onAcceptAll),
        button('reject-all', texts.rejectAll, onRejectAll),
        button('customize', texts.customize, onCustomize),
      ),
    ),
  );
}
