// Public surface of @consentry/core. Importing it touches no browser global.
export type * from './types';
export { createConsentManager } from './createConsentManager';
export type { ConsentManager } from './engine/engine';
export type { Env, KeyValueStore } from './env/env';
export { normalizeConfig } from './model/config/normalizeConfig';
export {
  parseConsentCookie,
  formatConsentCookie,
  type ParsedConsentCookie,
  type ParseConsentCookieOptions,
  type ConsentCookieInput,
} from './model/consent/consentCookie';
export { VERSION } from './version';
