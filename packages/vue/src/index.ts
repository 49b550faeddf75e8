// Public surface of @consentry/vue. Importing it touches no browser global.
export { createConsentry, type CreateConsentryOptions, type InitialConsent } from './createConsentry';
export { useConsent } from './useConsent';
export { useAllowed } from './useAllowed';
export { useConsentry } from './useConsentry';
export { ConsentGate } from './ConsentGate';
export { ConsentPlaceholder } from './ConsentPlaceholder';
