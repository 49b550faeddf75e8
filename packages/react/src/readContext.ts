import { useContext, useSyncExternalStore } from 'react';
import { type ConsentryContextValue, ConsentryContext, type RenderedConsent } from './ConsentryContext.js';

const none = () => null;
const NONE: ConsentryContextValue = { api: null, config: undefined, subscribe: () => () => {}, snapshot: none, initial: none };
let warned = false;

/** The provider's value; outside a provider a `[consentry]` warning (once) and "no decision", never a throw. */
export function readContext(hook: string): ConsentryContextValue {
  const value = useContext(ConsentryContext);
  if (!value && !warned) {
    warned = true;
    console.warn(`[consentry] ${hook} is used outside <ConsentryProvider>; it sees no decision`);
  }
  return value || NONE;
}

/** The decision to render with: `initialConsent` on the server and while this component hydrates, then the browser's. */
export function readConsent(hook: string): RenderedConsent {
  const { subscribe, snapshot, initial } = readContext(hook);
  return useSyncExternalStore(subscribe, snapshot, initial);
}
