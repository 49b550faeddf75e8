import { allowFromPlaceholder, gateTexts, refocusAfter } from '@consentry/ui/gate';
import { computed, defineComponent, h, nextTick, ref } from 'vue';
import { readContext } from './readContext.js';

// The look of the script tag's placeholder, with the same `--consentry-*` custom properties and defaults
// (docs/ui.md). Inline, so it needs no stylesheet; the browser's own focus ring stays.
const BOX =
  'box-sizing:border-box;display:flex;flex-direction:column;gap:10px;align-items:flex-start;justify-content:center;min-height:120px;width:100%;height:100%;' +
  'padding:var(--consentry-spacing,16px);background:var(--consentry-surface,#f3f4f6);color:var(--consentry-fg,#1b1b1f);' +
  'border:1px dashed var(--consentry-border,#6e6e78);border-radius:var(--consentry-radius,10px);' +
  'font:400 var(--consentry-font-size,15px)/1.5 var(--consentry-font,system-ui,sans-serif)';
const BUTTON =
  'font:inherit;font-weight:600;min-height:44px;min-width:44px;padding:10px 14px;border-radius:6px;' +
  'border:2px solid var(--consentry-accent,#1d4ed8);background:var(--consentry-accent,#1d4ed8);color:var(--consentry-accent-fg,#fff);cursor:pointer';

/**
 * Consentry's embed placeholder as a Vue component: what is held, by whom, and a button that allows
 * the service (or the category). A group named by its text, so a screen reader says what the
 * button loads. `ConsentGate`'s default fallback.
 */
export const ConsentPlaceholder = /* @__PURE__ */ defineComponent({
  name: 'ConsentPlaceholder',
  props: { require: { type: String, required: true } },
  setup(props) {
    const { api, config } = readContext('<ConsentPlaceholder>');
    const texts = computed(() => gateTexts(config, props.require));
    const box = ref<HTMLElement>();
    const allow = () => {
      const refocus = refocusAfter(box.value!);
      // The gate renders the content after the decision applies; focus follows it.
      if (api) allowFromPlaceholder(api, props.require, texts.value).then(() => nextTick(refocus));
    };
    return () =>
      h('div', { ref: box, role: 'group', 'aria-label': texts.value.text, lang: texts.value.lang, class: 'consentry-placeholder', style: BOX }, [
        h('p', { style: 'margin:0' }, texts.value.text),
        h('button', { type: 'button', onClick: allow, style: BUTTON }, texts.value.allow),
      ]);
  },
});
