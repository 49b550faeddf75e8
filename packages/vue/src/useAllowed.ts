import { type ComputedRef, computed, type MaybeRefOrGetter, toValue } from 'vue';
import { allowedBy } from '@consentry/ui/gate';
import { readConsent } from './readContext.js';

/** Is `"analytics"` (a category) or `"analytics.ga"` (a service) allowed? A computed ref, updated on every decision. */
export function useAllowed(name: MaybeRefOrGetter<string>): ComputedRef<boolean> {
  const consent = readConsent('useAllowed()');
  return computed(() => allowedBy(consent.value, toValue(name)));
}
