import { inject, shallowRef } from 'vue';
import { type ConsentryContext, consentryKey } from './consentryKey.js';

let warned = false;

/** The plugin's context; without the plugin a `[consentry]` warning (once) and "no decision", never a throw. */
export function readContext(what: string): ConsentryContext {
  const context = inject(consentryKey, null);
  if (!context && !warned) {
    warned = true;
    console.warn(`[consentry] ${what} is used in an app without app.use(createConsentry(config)); it sees no decision`);
  }
  return context || { api: null, config: undefined, consent: shallowRef(null) };
}
