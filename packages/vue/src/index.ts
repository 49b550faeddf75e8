// Public surface of @consentry/vue. Importing it touches no browser global.
export { createConsentry, type CreateConsentryOptions, type InitialConsent } from './createConsentry.js';
export { useConsent } from './useConsent.js';
export { useAllowed } from './useAllowed.js';
export { useConsentry } from './useConsentry.js';
export { ConsentGate } from './ConsentGate.js';
export { ConsentPlaceholder } from './ConsentPlaceholder.js';
