import type { ConsentState } from '@consentry/core';

/** An own, truthy-checked key: what a page added to Object.prototype is not a decision. */
const own = (o: unknown, k: string): unknown => (o && typeof o == 'object' && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);

/**
 * The engine's `isAllowed` on a decision snapshot, for the framework bindings: `"analytics"` is the
 * category (allowed as a whole or through one of its services), `"analytics.ga"` the service; with
 * no decision only `necessary` is allowed. Like `isAllowed`, a name that is not a string, or a
 * snapshot missing parts (a hand-made `initialConsent`), answers false and never throws.
 */
export function allowedBy(consent: Pick<ConsentState, 'categories' | 'services'> | null | undefined, name: unknown): boolean {
  if (typeof name != 'string') return false;
  const [c, s] = name.split('.');
  if (!consent) return c == 'necessary';
  return (s ? own(own(own(consent, 'services'), c), s) : own(own(consent, 'categories'), c)) === true;
}
