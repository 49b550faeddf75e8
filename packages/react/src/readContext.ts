import { useContext } from 'react';
import { type ConsentryContextValue, ConsentryContext } from './ConsentryContext.js';

const NONE: ConsentryContextValue = { api: null, config: undefined, consent: null };
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
