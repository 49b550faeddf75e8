import type { ConsentChoices, ConsentState } from '@consentry/core';
import type { ResolvedConfig } from '@consentry/core/internal';
import type { Draft } from './PreferencesDialog';

/** The switches start from the visitor's decision; before one, nothing is on (compliance R9). */
export function draftFrom(config: ResolvedConfig, consent: ConsentState | null): Draft {
  const draft: Draft = { categories: {}, services: {} };
  for (const cat of config.categories) {
    const services = consent?.services[cat.name] || {};
    draft.services[cat.name] = { ...services };
    const names = cat.services.map((s) => s.name);
    draft.categories[cat.name] = cat.necessary || (!!consent?.categories[cat.name] && names.every((s) => services[s]));
  }
  return draft;
}

/** What Save sends: a whole category as a boolean, a partly allowed one service by service. */
export function draftChoices(config: ResolvedConfig, draft: Draft): ConsentChoices {
  const out: ConsentChoices = {};
  for (const cat of config.categories) {
    if (cat.necessary) continue;
    const allowed = draft.services[cat.name] || {};
    const on = cat.services.filter((s) => allowed[s.name]).length;
    if (!cat.services.length) out[cat.name] = !!draft.categories[cat.name];
    else if (on == cat.services.length) out[cat.name] = true;
    else if (on == 0) out[cat.name] = false;
    else out[cat.name] = { ...allowed };
  }
  return out;
}

/** A category's switch: the category and each of its services follow it. */
export function toggleCategory(config: ResolvedConfig, draft: Draft, cat: string, on: boolean): void {
  draft.categories[cat] = on;
  const services = (draft.services[cat] ||= {});
  for (const s of config.categories.find((c) => c.name == cat)?.services || []) services[s.name] = on;
}

/** A service's switch: its category is on when every one of its services is. */
export function toggleService(config: ResolvedConfig, draft: Draft, cat: string, service: string, on: boolean): void {
  const services = (draft.services[cat] ||= {});
  services[service] = on;
  const all = config.categories.find((c) => c.name == cat)?.services || [];
  draft.categories[cat] = all.every((s) => services[s.name]);
}
