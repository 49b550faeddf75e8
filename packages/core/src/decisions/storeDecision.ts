import type { Decision } from '../model/consent/decision';
import { expiresAt } from '../model/consent/validity';
import type { Engine } from '../engine/engine';
import { clearBlocked } from '../dom/blocking/clearBlocked';
import { writeConsentCookie } from '../engine/consentCookieJar';
import type { ConsentRecord } from '../types';

/**
 * Stores a decision made by `makeDecision` (`null`: reset) and applies it: the cookie, the record
 * (`record` makes it) and receipt, the engine's state and events, then other tabs (after this one
 * has released what the visitor allowed, which is what they wait for). `cookies`: how many consent
 * cookies there are.
 */
export function storeDecision(engine: Engine, d: Decision | null, value: string, record: () => ConsentRecord, cookies: number) {
  const { env, config } = engine;
  const stored = d ? value : undefined;
  // Reset, or two cookies (a site added cookie.domain, or a path): remove every one the page can
  // reach (each path, host-only and each Domain=), then write one. Nothing there, nothing written:
  // before a first decision Consentry writes nothing.
  if (!d || cookies > 1)
    clearBlocked({ cookies: [config.cookie.name], storage: [], indexedDB: [], hosts: [] }, env.readCookies, env.writeCookie, [config.cookie.path]);
  if (d) writeConsentCookie(env, config, value, expiresAt(d, config.cookie.expiresAfterDays));
  // Kept first: reloadOnWithdraw reloads once it is settled, from an applier.
  engine.keep(record, stored);
  engine.adopt(stored, d);
  env.broadcast();
}
