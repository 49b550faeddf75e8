// The npm entry: no side effects on import; nothing runs until init().
export { init } from './init';
export type { ConsentryApi } from './consentryApi';
export type * from '@consentry/core';
export { parseConsentCookie, formatConsentCookie, VERSION } from '@consentry/core';
