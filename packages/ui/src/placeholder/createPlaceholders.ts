import { h } from '../dom/h';
import { placeholderTexts, textList } from '../i18n/layerTexts';
import type { EmbedSubject, Placeholders, UiContext } from '../uiContext';
import { placeholderStyles } from './placeholderStyles';

/**
 * Placeholders (design.md, "Visitor-facing details"): each takes the held element's place and box,
 * names what is held and by whom (`describe`), and has a button that allows and loads it. They load
 * with the preferences chunk, which names what they hold, so a first visit without embeds never
 * pays for them.
 */
export function createPlaceholders(ctx: UiContext, describe: (el: Element) => EmbedSubject): Placeholders {
  const shown = new Map<Element, HTMLElement>();

  async function render(el: Element, host: HTMLElement) {
    // A placeholder names the category by its title: a dialog text (none loaded: it stays blank).
    if (!(await ctx.needDialogTexts())) return;
    const tr = ctx.tr();
    const subject = describe(el);
    const texts = placeholderTexts(tr.t, subject);
    const allow = () => ctx.decide('custom', subject.choices, 'placeholder', textList(texts), subject.name);
    const shadow = host.shadowRoot!;
    shadow.querySelector('.root')?.remove();
    shadow.append(
      h(
        'div',
        { class: 'root', lang: tr.lang, dir: tr.dir },
        h('div', { class: 'placeholder' }, h('p', null, texts.text), h('button', { type: 'button', onclick: allow }, texts.allow)),
      ),
    );
  }

  return {
    sync() {
      const held = new Set(ctx.blocker?.heldEmbeds().filter((el) => el.getAttribute('data-category')?.[0] != '!'));
      for (const [el, host] of shown)
        if (!held.has(el) || !el.isConnected) {
          host.remove();
          el.removeAttribute('hidden');
          shown.delete(el);
        }
      for (const el of held)
        if (!shown.has(el)) {
          const host = ctx.shadowHost(placeholderStyles);
          host.setAttribute('data-placeholder', '');
          standIn(host, el);
          shown.set(el, host);
          render(el, host);
        }
    },
    refresh() {
      for (const [el, host] of shown) render(el, host);
    },
  };
}

/**
 * Puts `host` in the held element's place, with its size (CSSOM, not a style attribute: CSP-clean):
 * its rendered box, else its attributes; narrower, it keeps their aspect ratio. An inline iframe
 * stays inline, its bottom edge on the baseline (inline-block with overflow hidden), so nothing
 * around it moves; a block one may grow to fit its text on a small screen.
 */
function standIn(host: HTMLElement, el: Element) {
  const box = el.getBoundingClientRect();
  const size = (attribute: string, px: number) => (px ? `${px}px` : el.getAttribute(attribute)?.replace(/^(\d+)$/, '$1px') || '');
  const inline = box.width && getComputedStyle(el).display == 'inline';
  const width = size('width', box.width);
  const height = size('height', box.height);
  host.style.display = inline ? 'inline-block' : 'block';
  if (inline) host.style.overflow = 'hidden';
  host.style.maxWidth = '100%';
  host.style.width = width;
  if (/px$/.test(width) && /px$/.test(height)) host.style.aspectRatio = `${parseFloat(width)}/${parseFloat(height)}`;
  else host.style.height = height;
  el.before(host);
  // An <object>/<embed> hidden while its data is set never loads in Chromium; held, it shows nothing anyway.
  if (!/^(OBJECT|EMBED)$/.test(el.tagName)) el.setAttribute('hidden', '');
}
