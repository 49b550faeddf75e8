import type { DecisionContext } from '../engine/engine';
import type { CategoryChoices, ConsentMethod, ConsentRecord, ServiceChoices } from '../types';
import { createUuid } from '../model/consent/createUuid';

/** What a record is made from. */
export interface RecordFacts {
  consentId: string;
  revision: number;
  decidedAt: number;
  expires: number;
  method: ConsentMethod;
  categories: CategoryChoices;
  services: ServiceChoices;
  url: string;
  gpc: boolean;
  sdkVersion: string;
}

/**
 * The consent record of one decision (docs/records.md): no IP, no user agent, no fingerprint;
 * the page URL without query string or fragment.
 */
export function createRecord(f: RecordFacts, ctx: DecisionContext = {}): ConsentRecord {
  const source = ctx.source || 'api';
  return {
    id: createUuid(),
    consentId: f.consentId,
    timestamp: new Date(f.decidedAt).toISOString(),
    revision: f.revision,
    method: f.method,
    source,
    categories: f.categories,
    services: f.services,
    textHash: source == 'api' || source == 'link' ? null : (ctx.textHash ?? null),
    expires: new Date(f.expires).toISOString(),
    language: ctx.language || 'en',
    url: f.url.split('#')[0].split('?')[0],
    gpc: f.gpc,
    sdkVersion: f.sdkVersion,
  };
}
