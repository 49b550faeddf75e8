import { defineComponent, h, type SlotsType, type VNode } from 'vue';
import { ConsentPlaceholder } from './ConsentPlaceholder.js';
import { useAllowed } from './useAllowed.js';

/**
 * Renders its default slot only while `require` (`"analytics"`, `"marketing.youtube"`) is allowed,
 * else the `fallback` slot, else Consentry's placeholder with **Allow and load**. On the server it
 * decides from the plugin's `initialConsent`.
 */
export const ConsentGate = /* @__PURE__ */ defineComponent({
  name: 'ConsentGate',
  props: { require: { type: String, required: true } },
  slots: Object as SlotsType<{ default?: () => VNode[]; fallback?: () => VNode[] }>,
  setup(props, { slots }) {
    const allowed = useAllowed(() => props.require);
    return () => (allowed.value ? slots.default?.() : slots.fallback ? slots.fallback() : h(ConsentPlaceholder, { require: props.require }));
  },
});
