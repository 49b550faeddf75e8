// Public surface of @consentry/react. Importing it touches no browser global.
export { ConsentryProvider, type ConsentryProviderProps, type InitialConsent } from './ConsentryProvider';
export { useConsent } from './useConsent';
export { useAllowed } from './useAllowed';
export { useConsentry } from './useConsentry';
export { ConsentGate, type ConsentGateProps } from './ConsentGate';
export { ConsentPlaceholder, type ConsentPlaceholderProps } from './ConsentPlaceholder';
export { ConsentScript, type ConsentScriptProps } from './ConsentScript';
