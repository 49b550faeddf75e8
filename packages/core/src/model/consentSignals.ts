import { DEFAULT_CONSENT_MODE_MAP } from './config/defaults';
import type { CoreConfig } from './config/resolvedConfig';
import type { CategoryChoices } from '../types';

/** A Consent Mode v2 state: consent type → `granted` or `denied`. */
export type ConsentSignals = Record<string, 'granted' | 'denied'>;

/** The seven Consent Mode v2 consent types, `security_storage` first. */
export const CONSENT_TYPES = Object.values(DEFAULT_CONSENT_MODE_MAP).flat();

/**
 * The complete Consent Mode state for these categories (pure): each of the seven types is
 * granted when a category that is on maps to it (`consentMode.map`), else denied. `necessary` is
 * always on, so what it maps to (`security_storage` by default) is always granted. Without
 * `categories` (no decision) only `necessary` is on. A type a map names beyond the seven is
 * passed on only when granted.
 */
export function consentSignals(config: CoreConfig, categories?: CategoryChoices): ConsentSignals {
  const out: ConsentSignals = {};
  for (const t of CONSENT_TYPES) out[t] = 'denied';
  for (const c of config.categories) if (c.necessary || categories?.[c.name]) for (const t of config.consentMode!.map[c.name] || []) out[t] = 'granted';
  return out;
}
