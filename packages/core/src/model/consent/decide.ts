import type { CoreConfig } from '../config/resolvedConfig';
import type { CategoryChoices, ConsentChoices, ConsentMethod, ServiceChoices } from '../../types';

/** Category and service switches, before they are stored. */
export interface Choices {
  categories: CategoryChoices;
  services: ServiceChoices;
}

/** What the visitor (or code) asked for. */
export type DecisionAction = 'accept_all' | 'reject_all' | 'custom' | 'reset';

/**
 * The switches a decision leads to, for every configured category and service (pure).
 * - accept_all: everything on, except categories flagged `gpc` while Global Privacy Control is on:
 *   those keep what the visitor set (off before any decision): GPC never grants, and Accept all
 *   never revokes a switch the visitor turned on themselves;
 * - reject_all and reset: everything off;
 * - custom: `base` (the current switches, all off before any decision) with `choices` applied:
 *   a boolean sets a category and all its services, an object sets the named services.
 * `necessary` is never stored: it is always on.
 */
export function decide(config: CoreConfig, action: DecisionAction, base: Choices | null, choices: ConsentChoices = {}, gpc = false): Choices {
  const out: Choices = { categories: {}, services: {} };
  for (const cat of config.categories) {
    if (cat.necessary) continue;
    const svc: Record<string, boolean> = (out.services[cat.name] = {});
    const all = action == 'accept_all';
    const keep = action == 'custom' || (all && gpc && cat.gpc);
    const set = choices[cat.name];
    let on = keep ? base?.categories[cat.name] === true : all;
    if (keep && typeof set == 'boolean') on = set;
    out.categories[cat.name] = on;
    for (const s of cat.services) {
      let v = keep ? base?.services[cat.name]?.[s.name] === true : all;
      if (keep && typeof set == 'boolean') v = set;
      else if (keep && typeof set == 'object' && set && typeof set[s.name] == 'boolean') v = set[s.name];
      svc[s.name] = v;
    }
  }
  return out;
}

/**
 * The effective view of stored switches under the current config: every configured category
 * and service present; `necessary` on; a category is on when its switch or any service is.
 */
export function effectiveChoices(config: CoreConfig, stored: Choices | null): Choices {
  const out: Choices = { categories: {}, services: {} };
  for (const cat of config.categories) {
    const svc: Record<string, boolean> = (out.services[cat.name] = {});
    let any = cat.necessary || stored?.categories[cat.name] === true;
    for (const s of cat.services) {
      const v = cat.necessary || stored?.services[cat.name]?.[s.name] === true;
      svc[s.name] = v;
      any ||= v;
    }
    out.categories[cat.name] = any;
  }
  return out;
}

/** Was anything on in `before` that is off in `after`? */
export function turnsSomethingOff(before: Choices, after: Choices): boolean {
  for (const c of Object.keys(before.categories)) if (before.categories[c] && !after.categories[c]) return true;
  for (const c of Object.keys(before.services))
    for (const s of Object.keys(before.services[c])) if (before.services[c][s] && !after.services[c]?.[s]) return true;
  return false;
}

/** Same switches in both? */
export function sameChoices(a: Choices, b: Choices): boolean {
  return !turnsSomethingOff(a, b) && !turnsSomethingOff(b, a);
}

/**
 * The record's `method`: `withdraw` for a decision after an earlier one that turns off something
 * that was on, whichever control made it; `reset` for reset; otherwise the control's own name.
 */
export function methodOf(action: DecisionAction, previous: Choices | null, next: Choices): ConsentMethod {
  if (action == 'reset') return 'reset';
  return previous && turnsSomethingOff(previous, next) ? 'withdraw' : action;
}
