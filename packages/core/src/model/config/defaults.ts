/** The category that is always on and cannot be switched off. */
export const NECESSARY = 'necessary';

/** Categories a site gets when it configures none. */
export const DEFAULT_CATEGORIES = [NECESSARY, 'functional', 'analytics', 'marketing'];

/** The category Global Privacy Control applies to unless a site flags others. */
export const DEFAULT_GPC_CATEGORY = 'marketing';

export const DEFAULT_COOKIE_NAME = 'consentry';
export const DEFAULT_EXPIRES_AFTER_DAYS = 182;
/** Longest lifetime browsers honour for a cookie (Chromium caps at 400 days); 13 months as regulators advise. */
export const MAX_EXPIRES_AFTER_DAYS = 395;

/** Google Consent Mode v2 types per default category name. */
export const DEFAULT_CONSENT_MODE_MAP: Record<string, string[]> = {
  necessary: ['security_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** localStorage key of the records not yet in the IndexedDB outbox: the main file reads it to know whether to flush. */
export const OUTBOX_FLAG = 'consentry-outbox';

/** Name of Consentry's own IndexedDB database (one object store, `kv`). */
export const DB_NAME = 'consentry';
