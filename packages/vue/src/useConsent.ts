import type { ConsentState } from '@consentry/core';
import type { Ref } from 'vue';
import { readConsent } from './readContext.js';

/**
 * The visitor's decision as a ref, kept up to date: `null` before any. On the server and while
 * hydrating (until the calling component is mounted) it is the plugin's `initialConsent`
 * (categories and services only).
 */
export function useConsent(): Readonly<Ref<ConsentState | null>> {
  return readConsent('useConsent()') as Readonly<Ref<ConsentState | null>>;
}
