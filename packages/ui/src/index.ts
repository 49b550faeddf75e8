// Public surface of @consentry/ui.
export { useConsent } from './useConsent';
