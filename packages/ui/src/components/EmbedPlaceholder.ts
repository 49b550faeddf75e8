import { h } from '../dom/h';
import type { placeholderTexts } from '../i18n/layerTexts';

/** Stands in for a held iframe or media: what is held, by whom, and a button that allows and loads it. */
export const EmbedPlaceholder = (texts: ReturnType<typeof placeholderTexts>, onAllow: () => void): HTMLElement =>
  h('div', { class: 'placeholder' }, h('p', null, texts.text), h('button', { type: 'button', onclick: onAllow }, texts.allow));
