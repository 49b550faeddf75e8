import { computed, getCurrentInstance, inject, onMounted, type Ref, shallowRef } from 'vue';
import { type ConsentryContext, consentryKey, type RenderedConsent } from './consentryKey.js';

let warned = false;

/** The plugin's context; without the plugin a `[consentry]` warning (once) and "no decision", never a throw. */
export function readContext(what: string): ConsentryContext {
  const context = inject(consentryKey, null);
  if (!context && !warned) {
    warned = true;
    console.warn(`[consentry] ${what} is used in an app without app.use(createConsentry(config)); it sees no decision`);
  }
  return context || { api: null, config: undefined, consent: shallowRef(null), initial: null };
}

/**
 * The decision a component renders with: the plugin's `initialConsent` until the component is
 * mounted (on the server, and while it hydrates, whenever that is: an async component under
 * `<Suspense>` hydrates after the app has mounted), then the browser's, kept up to date. Outside
 * a component's setup, the browser's at once.
 */
export function readConsent(what: string): Readonly<Ref<RenderedConsent>> {
  const { consent, initial } = readContext(what);
  if (!getCurrentInstance()) return consent;
  const mounted = shallowRef(false);
  onMounted(() => (mounted.value = true));
  return computed(() => (mounted.value ? consent.value : initial));
}
