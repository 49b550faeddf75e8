import { allowedBy } from '@consentry/ui/gate';
import { readConsent } from './readContext.js';

/**
 * Is `"analytics"` (a category) or `"analytics.ga"` (a service) allowed? Re-renders on every
 * decision; on the server it answers from the provider's `initialConsent`.
 */
export function useAllowed(name: string): boolean {
  return allowedBy(readConsent('useAllowed()'), name);
}
