import { EmbedPlaceholder } from '../components/EmbedPlaceholder';
import { h } from '../dom/h';
import type { UiContext } from '../uiContext';
import { placeholderStyles } from './placeholderStyles';
import { placeholderTexts, textList } from '../i18n/layerTexts';
import { describeEmbed } from './describeEmbed';

/** The placeholders of held embeds, driven by the mounted UI. */
export interface Placeholders {
  /** Puts placeholders on held embeds and removes those of released ones. */
  sync(): void;
  /** Renders every placeholder again (after a language change). */
  refresh(): void;
}

/**
 * Placeholders (design.md, "Visitor-facing details"): each takes the held element's place and box,
 * names what is held and by whom, and has a button that allows and loads it. They load with the
 * preferences chunk, which names what they hold, so a first visit without embeds never pays for them.
 */
export function createPlaceholders(ctx: UiContext): Placeholders {
  const shown = new Map<Element, HTMLElement>();

  async function render(el: Element, host: HTMLElement) {
    // A placeholder names the category by its title: a dialog text.
    await ctx.needDialogTexts();
    const tr = ctx.tr();
    const subject = describeEmbed(ctx, el);
    const t = placeholderTexts(tr.t, subject);
    const allow = () => ctx.decide('custom', subject.choices, 'placeholder', textList(t), subject.name);
    const shadow = host.shadowRoot!;
    shadow.querySelector('.root')?.remove();
    shadow.append(h('div', { class: 'root', lang: tr.lang, dir: tr.dir }, EmbedPlaceholder(t, allow)));
  }

  return {
    sync() {
      const held = new Set(ctx.blocker?.heldEmbeds().filter((el) => el.getAttribute('data-category')![0] != '!'));
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
          // It takes the held element's place and size (CSSOM, not a style attribute: CSP-clean): its
          // rendered box, else its attributes; narrower, it keeps their aspect ratio. An inline iframe
          // stays inline, its bottom edge on the baseline (inline-block with overflow hidden), so
          // nothing around it moves; a block one may grow to fit its text on a small screen.
          const box = el.getBoundingClientRect();
          const size = (a: string, px: number) => (px ? `${px}px` : el.getAttribute(a)?.replace(/^(\d+)$/, '$1px') || '');
          const inline = box.width && getComputedStyle(el).display == 'inline';
          const [w, ht] = [size('width', box.width), size('height', box.height)];
          host.style.display = inline ? 'inline-block' : 'block';
          if (inline) host.style.overflow = 'hidden';
          host.style.maxWidth = '100%';
          host.style.width = w;
          if (/px$/.test(w) && /px$/.test(ht)) host.style.aspectRatio = `${parseFloat(w)}/${parseFloat(ht)}`;
          else host.style.height = ht;
          el.before(host);
          // An <object>/<embed> hidden while its data is set never loads in Chromium; held, it shows nothing anyway.
          if (!/^(OBJECT|EMBED)$/.test(el.tagName)) el.setAttribute('hidden', '');
          shown.set(el, host);
          render(el, host);
        }
    },
    refresh() {
      for (const [el, host] of shown) render(el, host);
    },
  };
}
