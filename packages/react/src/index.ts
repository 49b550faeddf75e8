// Public surface of @consentry/react. Importing it touches no browser global.
export { ConsentryProvider, type ConsentryProviderProps, type InitialConsent } from './ConsentryProvider.js';
export { useConsent } from './useConsent.js';
export { useAllowed } from './useAllowed.js';
export { useConsentry } from './useConsentry.js';
export { ConsentGate, type ConsentGateProps } from './ConsentGate.js';
export { ConsentPlaceholder, type ConsentPlaceholderProps } from './ConsentPlaceholder.js';
export { ConsentScript, type ConsentScriptProps } from './ConsentScript.js';
