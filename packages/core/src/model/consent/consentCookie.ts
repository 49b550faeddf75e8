import { DEFAULT_COOKIE_NAME, DEFAULT_EXPIRES_AFTER_DAYS, MAX_EXPIRES_AFTER_DAYS, NECESSARY } from '../config/defaults';
import type { CategoryChoices, ConsentMethod, ServiceChoices } from '../../types';
import { decodeDecision, encodeDecision } from './cookieCodec';
import { has, isName, isServiceName } from '../config/names';
import { warn } from '../../log';
import { createUuid } from './createUuid';
import { readConsentCookie } from './readConsentCookie';
import { isStale } from './validity';

/** What `parseConsentCookie()` returns: the stored decision, ready for server-side gating. */
export interface ParsedConsentCookie {
  /** Cookie format version it was read from. */
  format: number;
  consentId: string;
  revision: number;
  /** Decision time, ISO 8601. */
  timestamp: string;
  method: ConsentMethod;
  /** Decided categories; `necessary` is always `true`; a category with an allowed service is `true`. */
  categories: CategoryChoices;
  services: ServiceChoices;
  /** `"analytics"` or `"analytics.ga"` allowed by this decision? */
  isAllowed(name: string): boolean;
}

/** Options of `parseConsentCookie()`. */
export interface ParseConsentCookieOptions {
  /** Cookie name when a whole `Cookie` header is passed. @default "consentry" */
  name?: string;
  /** The site's current config revision; a decision made under another counts as none. @default not checked */
  revision?: number;
  /** Consent lifetime in days, as in config. @default 182 */
  expiresAfterDays?: number;
  /** Current time in ms, for tests. @default Date.now() */
  now?: number;
}

/** What `formatConsentCookie()` takes. Only `categories` is needed. */
export interface ConsentCookieInput {
  categories: CategoryChoices;
  services?: ServiceChoices;
  /** @default a new random UUID */
  consentId?: string;
  /** @default 0 */
  revision?: number;
  /** @default now */
  timestamp?: string | number | Date;
  /** @default "custom" */
  method?: Exclude<ConsentMethod, 'reset'>;
}

/**
 * Reads the consent cookie on a server, an edge function or in a test: pass the request's whole
 * `Cookie` header or the bare cookie value. Returns `null` when there is no cookie, when it is
 * corrupt or foreign, expired, or (with `revision`) made under another revision. Never throws.
 * @example const consent = parseConsentCookie(req.headers.cookie, { revision: 3 });
 *          if (consent?.isAllowed('analytics')) renderAnalyticsTags();
 */
export function parseConsentCookie(input: string | null | undefined, options: ParseConsentCookieOptions = {}): ParsedConsentCookie | null {
  if (typeof input != 'string') return null;
  const now = options.now ?? Date.now();
  // A bare value starts with its format number and ":"; a cookie name never contains ":". In a
  // header, the newest of two consent cookies counts, as in the page.
  const header = input.trim();
  const value = /^\d+:/.test(header)
    ? header
    : readConsentCookie({ readCookies: () => header, now: () => now }, { cookie: { name: options.name || DEFAULT_COOKIE_NAME } })[0];
  if (value === undefined) return null;
  const d = decodeDecision(value, now);
  const days = Math.min(options.expiresAfterDays ?? DEFAULT_EXPIRES_AFTER_DAYS, MAX_EXPIRES_AFTER_DAYS);
  if (!d || isStale(d, options.revision ?? d.revision, days, now)) return null;
  const categories: CategoryChoices = { ...d.categories, [NECESSARY]: true };
  for (const c of Object.keys(d.services)) if (Object.values(d.services[c]).includes(true)) categories[c] = true;
  const parsed = {
    format: +value.split(':')[0],
    consentId: d.consentId,
    revision: d.revision,
    timestamp: new Date(d.decidedAt).toISOString(),
    method: d.method,
    categories,
    services: d.services,
  } as ParsedConsentCookie;
  // Not enumerable: the rest is plain data that a server component can hand to a client one
  // (a function property cannot cross that boundary) and that JSON.stringify keeps whole.
  return Object.defineProperty(parsed, 'isAllowed', {
    value(name: string) {
      const [c, s] = typeof name == 'string' ? name.split('.') : [];
      // Own keys only: a name from a request must not find Object.prototype's members.
      const own = (o: any, k: string) => o && has(o, k) && o[k];
      return (s ? own(own(d.services, c), s) : own(categories, c)) === true;
    },
  });
}

/**
 * Builds a consent cookie value in the current format, for servers re-issuing it with
 * `Set-Cookie` and for site owners pre-seeding a decision in their own browser tests.
 * @example context.addCookies([{ name: 'consentry', value: formatConsentCookie({ categories: { analytics: true } }), url }])
 */
export function formatConsentCookie(input: ConsentCookieInput): string {
  const categories: CategoryChoices = {};
  const services: ServiceChoices = {};
  const bad: string[] = [];
  // Own names only, as everywhere a decision is read or written (a page may add to Object.prototype).
  for (const c of Object.keys(input.categories || {})) if (c != NECESSARY) isName(c) ? (categories[c] = !!input.categories[c]) : bad.push(c);
  for (const c of Object.keys(input.services || {}))
    for (const s of Object.keys(input.services![c] || {}))
      isName(c) && isServiceName(s) ? ((services[c] ||= {})[s] = !!input.services![c][s]) : bad.push(`${c}.${s}`);
  if (bad.length) warn(`formatConsentCookie: ${bad.join(', ')}: names start with a letter and use only letters, digits, "_" and "-"; left out`);
  let consentId = input.consentId;
  if (consentId !== undefined && !/^[\w-]{8,64}$/.test(consentId)) {
    warn(`formatConsentCookie: consentId must be 8–64 characters of A–Z, a–z, 0–9, "_" and "-"; using a new random id`);
    consentId = undefined;
  }
  return encodeDecision({
    consentId: consentId || createUuid(),
    revision: input.revision ?? 0,
    decidedAt: input.timestamp === undefined ? Date.now() : new Date(input.timestamp).getTime(),
    method: input.method || 'custom',
    categories,
    services,
  });
}
