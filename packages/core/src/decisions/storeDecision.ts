import type { Decision } from '../consent/decision';
import { expiresAt } from '../consent/validity';
import type { Engine } from '../engine/createEngine';
import { readConsentCookie, removeConsentCookie, writeConsentCookie } from '../storage/consentCookieJar';
import type { ConsentRecord } from '../types';

/**
 * Stores a decision made by `makeDecision` (`null`: reset) and applies it: the cookie, the record
 * and receipt, other tabs, then the engine's state and events.
 */
export function storeDecision(engine: Engine, d: Decision | null, value: string, record: ConsentRecord) {
  const { env, config } = engine;
  const stored = d ? value : undefined;
  if (d) writeConsentCookie(env, config, value, expiresAt(d, config.cookie.expiresAfterDays));
  // Nothing to remove, nothing written: before a first decision Consentry writes nothing.
  else if (readConsentCookie(env, config) !== undefined) removeConsentCookie(env, config);
  engine.keep(record, stored);
  env.broadcast();
  engine.adopt(stored, d);
}
