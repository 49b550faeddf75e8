// Public surface of @consentry/core. Importing it touches no browser global.
export type * from './types';
export { createConsentManager } from './createConsentManager';
export type { ConsentManager } from './engine/createEngine';
export type { Env, KeyValueStore } from './env/env';
export { normalizeConfig } from './config/normalizeConfig';
export {
  parseConsentCookie,
  formatConsentCookie,
  type ParsedConsentCookie,
  type ParseConsentCookieOptions,
  type ConsentCookieInput,
} from './consent/consentCookie';
export { VERSION } from './version';
