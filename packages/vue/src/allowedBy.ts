import type { ConsentState } from '@consentry/core';

/**
 * `isAllowed` of the engine, on a decision snapshot: `"analytics"` is the category (allowed as a
 * whole or through one of its services), `"analytics.ga"` the service; with no decision only
 * `necessary` is allowed.
 */
export function allowedBy(consent: Pick<ConsentState, 'categories' | 'services'> | null, name: string): boolean {
  const [c, s] = String(name).split('.');
  if (!consent) return c == 'necessary';
  return s ? consent.services[c]?.[s] === true : consent.categories[c] === true;
}
