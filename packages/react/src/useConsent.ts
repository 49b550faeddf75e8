import type { ConsentState } from '@consentry/core';
import { readConsent } from './readContext.js';

/**
 * The visitor's decision, kept up to date: `null` before any. On the server and in the first
 * browser render it is the provider's `initialConsent` (categories and services only until the
 * page's instance has started), so both render the same.
 * @example const consent = useConsent(); return consent?.categories.analytics ? <Chart /> : null;
 */
export function useConsent(): ConsentState | null {
  return readConsent('useConsent()') as ConsentState | null;
}
