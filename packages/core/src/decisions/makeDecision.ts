import { NECESSARY } from '../model/config/defaults';
import { encodeDecision } from '../model/consent/cookieCodec';
import { createUuid } from '../model/consent/createUuid';
import { type DecisionAction, decide, effectiveChoices, methodOf, sameChoices } from '../model/consent/decide';
import type { Decision } from '../model/consent/decision';
import { expiresAt } from '../model/consent/validity';
import type { Engine } from '../engine/engine';
import { warn } from '../log';
import { createRecord } from '../records/createRecord';
import type { DecisionContext } from '../engine/engine';
import { readBackup, writeBackup } from '../records/outboxBackup';
import { transformRecord } from '../records/transformRecord';
import type { ConsentChoices } from '../types';
import { VERSION } from '../version';
import { storeDecision } from './storeDecision';

/**
 * Makes a decision: the new switches, the record's method, the cookie value, then hands it to
 * `storeDecision` to store and apply. A decision that changes nothing does nothing (no event, no
 * record). Loaded on the first decision, so page views without one never fetch it. `cookies`: how
 * many consent cookies the engine saw just before.
 */
export function makeDecision(engine: Engine, action: DecisionAction, choices: ConsentChoices | undefined, ctx: DecisionContext | undefined, cookies: number) {
  const { config, env } = engine;
  if (action == 'custom' && !checkChoices(engine, choices)) return;
  const stored = engine.stored();
  const before = stored && effectiveChoices(config, stored);
  const next = decide(config, action, stored, choices, env.gpc);
  const after = effectiveChoices(config, next);
  if (action != 'reset' && before && sameChoices(before, after)) return;
  const d: Decision = {
    consentId: engine.consentId() || createUuid(),
    revision: config.revision,
    decidedAt: env.now(),
    method: methodOf(action, before, after),
    ...next,
  };
  const expires = expiresAt(d, config.cookie.expiresAfterDays);
  // The page the decision was made on (a single-page app may move on before the record is made).
  const url = env.pageUrl;
  // Made by engine.keep once the decision is applied (see there).
  const record = () => {
    const made = createRecord({ ...d, ...after, expires, url, gpc: env.gpc, sdkVersion: VERSION }, ctx);
    // The site may change a record, but not what delivery and deduplication rely on.
    const r = { ...transformRecord(config.transformRecord, made), id: made.id, consentId: made.consentId };
    // Sent records must survive a page closed this very moment: back them up synchronously.
    if (config.endpoint) writeBackup(env.storage(), [...readBackup(env.storage()), r]);
    return r;
  };
  storeDecision(engine, action == 'reset' ? null : d, encodeDecision(d), record, cookies);
}

/**
 * Warns about each bad part of `setConsent()`'s argument; false when no part of it can apply. A
 * call naming only unknown categories or services decides nothing: before any decision it would
 * otherwise store everything off (a placeholder's "Allow" recorded as a refusal of all).
 */
function checkChoices({ config }: Engine, choices: unknown): boolean {
  if (!choices || typeof choices != 'object') {
    warn('setConsent: expected an object such as { analytics: true }');
    return false;
  }
  let applies = false;
  for (const [k, v] of Object.entries(choices)) {
    const cat = config.categories.find((c) => c.name == k);
    if (!cat) warn(`setConsent: unknown category "${k}"; ignored`);
    else if (cat.necessary) warn(`setConsent: "${NECESSARY}" is always on; ignored`);
    else if (typeof v != 'boolean' && (typeof v != 'object' || !v)) warn(`setConsent: ${k} expects true, false or { service: boolean }; ignored`);
    else if (typeof v == 'boolean') applies = true;
    else
      for (const [s, on] of Object.entries(v)) {
        if (!cat.services.some((x) => x.name == s)) warn(`setConsent: "${k}" has no service "${s}"; ignored`);
        else applies ||= typeof on == 'boolean';
      }
  }
  return applies;
}
