import type { DecisionContext } from '../engine/engine';
import type { CategoryChoices, ConsentMethod, ConsentRecord, ConsentSource, ServiceChoices } from '../types';
import { has } from '../model/config/names';
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
export function createRecord(f: RecordFacts, ctx?: DecisionContext): ConsentRecord {
  // setConsent()'s internal second argument (the bindings' placeholders) is open to any caller: a
  // value the schema refuses would make a receiver refuse the record, so each part must be valid.
  const { source, textHash, language } = readContext(ctx);
  return {
    id: createUuid(),
    consentId: f.consentId,
    timestamp: new Date(f.decidedAt).toISOString(),
    revision: f.revision,
    method: f.method,
    source,
    categories: f.categories,
    services: f.services,
    textHash: source == 'api' || source == 'link' ? null : textHash,
    expires: new Date(f.expires).toISOString(),
    language,
    url: recordUrl(f.url.split('#')[0].split('?')[0]),
    gpc: f.gpc,
    sdkVersion: f.sdkVersion,
  };
}

const SOURCES: readonly ConsentSource[] = ['banner', 'preferences', 'placeholder', 'link', 'api'];

/**
 * A decision's context as the record schema allows it: an unknown source is `api`, a malformed hash
 * `null`, a malformed language `en`. Own properties only: what a page added to Object.prototype
 * must not make an API call look like a click.
 */
function readContext(ctx: DecisionContext | undefined) {
  const own = (k: string) => (ctx && typeof ctx == 'object' && has(ctx, k) ? (ctx as Record<string, unknown>)[k] : undefined);
  const [source, textHash, language] = [own('source'), own('textHash'), own('language')];
  return {
    source: SOURCES.includes(source as ConsentSource) ? (source as ConsentSource) : 'api',
    textHash: typeof textHash == 'string' && /^sha256-[A-Za-z0-9+/]{43}=$/.test(textHash) ? textHash : null,
    language: typeof language == 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language) && language.length <= 35 ? language : 'en',
  };
}

/**
 * The page URL as the record schema wants it (`format: "uri"`, strict RFC 3986, at most 2048
 * characters): browsers leave `[ ] | ^`, stray `%` and such unescaped in `location.pathname`, and a
 * receiver refusing the record (400) would lose the proof of consent. So every character a path may
 * not hold is percent-encoded (valid `%XX` escapes stay; the origin is valid as browsers give it),
 * then the URL is cut to 2048 characters without leaving half an escape. A valid URL stays as it is.
 */
function recordUrl(url: string): string {
  const path = url.indexOf('/', url.indexOf('//') + 2);
  if (path < 0) return url;
  const encode = (c: string) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate: U+FFFD, as browsers encode it
    }
  };
  url = url.slice(0, path) + url.slice(path).replace(/%(?![\dA-Fa-f]{2})|[^\w\-.~!$&'()*+,;=:@/%]/gu, encode);
  return url.length > 2048 ? url.slice(0, 2048).replace(/%[\dA-Fa-f]?$/, '') : url;
}
