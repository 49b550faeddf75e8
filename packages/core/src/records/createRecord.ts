import type { CategoryChoices, ConsentMethod, ConsentRecord, ConsentSource, ServiceChoices } from '../types';
import { createUuid } from '../consent/createUuid';

/** Where a decision was made and what was shown, as the UI knows it. */
export interface DecisionContext {
  /** Which control. @default "api" */
  source?: ConsentSource;
  /** `sha256-…` over the texts of the layer the decision was made in; `null` when nothing was shown. */
  textHash?: string | null;
  /** Language the texts were shown in. */
  language?: string;
}

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
    textHash: source == 'api' || source == 'link' ? null : ctx.textHash ?? null,
    expires: new Date(f.expires).toISOString(),
    language: ctx.language || 'en',
    url: f.url.replace(/[?#].*/, ''),
    gpc: f.gpc,
    sdkVersion: f.sdkVersion,
  };
}
