import { has, isName, isServiceName } from '../config/names';
import type { ConsentMethod } from '../../types';
import type { Decision } from './decision';

/**
 * The consent cookie's value (docs/cookie-format.md). Versioned: the first field is the format,
 * and every older format stays readable so an upgrade never asks visitors again.
 *
 * Format 2 (written): `2:<consentId>:<revision>:<decidedAt, ms in base 36>:<method>:<categories>:<services>`
 *   categories `analytics=1&marketing=0`, services `analytics/ga=1`.
 * Format 1 (read only): `1:<consentId>:<revision>:<decidedAt base 36>:<allowed categories joined by &>`.
 * Names follow the config's name rule, so they never need escaping (a space in a service name is
 * written `+`); any other name makes the value corrupt.
 */
export const COOKIE_FORMAT = 2;

const METHOD_CODES: Record<string, ConsentMethod> = { a: 'accept_all', r: 'reject_all', c: 'custom', w: 'withdraw' };

/** Cookie value of a decision in the current format. */
export function encodeDecision(d: Decision): string {
  const cats = Object.keys(d.categories).map((c) => `${c}=${+d.categories[c]}`);
  const svcs: string[] = [];
  // Own names only: a page may add enumerable names to Object.prototype (hostileInput.test.ts).
  for (const c of Object.keys(d.services)) for (const s of Object.keys(d.services[c])) svcs.push(`${c}/${s.replace(/ /g, '+')}=${+d.services[c][s]}`);
  const code = Object.keys(METHOD_CODES).find((k) => METHOD_CODES[k] == d.method) || 'c';
  return [COOKIE_FORMAT, d.consentId, d.revision, d.decidedAt.toString(36), code, cats.join('&'), svcs.join('&')].join(':');
}

/** How far ahead of the reader's clock a decision time may be: clocks of servers and devices differ by seconds. */
const CLOCK_SKEW = 6e4;

/**
 * Decision from a cookie value of any known format, read by the grammar of docs/cookie-format.md
 * and nothing looser; `null` when it is not one (corrupt, foreign, truncated, a name twice, or a
 * decision time more than a minute after `now`: consent that would never expire).
 */
export function decodeDecision(value: string, now = Date.now()): Decision | null {
  const f = value.split(':');
  const [format, consentId, rev, time, field] = f;
  const decidedAt = parseInt(time, 36);
  const v2 = format == '2' && f.length == 7 && has(METHOD_CODES, field);
  if (
    !(v2 || (format == '1' && f.length == 5)) ||
    !/^[\w-]{8,64}$/.test(consentId) ||
    !/^(0|[1-9]\d{0,14})$/.test(rev) ||
    !/^[1-9a-z][\da-z]{0,11}$/.test(time) ||
    decidedAt > now + CLOCK_SKEW
  )
    return null;
  const d: Decision = { consentId, revision: +rev, decidedAt, method: v2 ? METHOD_CODES[field] : 'custom', categories: {}, services: {} };
  try {
    if (v2) {
      for (const [k, v] of pairs(f[5])) add(d.categories, k, v);
      for (const [k, v] of pairs(f[6])) {
        const [c, s, extra] = k.split('/');
        // A space in a service name is written "+": a raw one is no part of the grammar.
        if (s === undefined || extra !== undefined || s.includes(' ')) throw 0;
        const cat = name(c);
        add(has(d.services, cat) ? d.services[cat] : (d.services[cat] = {}), s.replace(/\+/g, ' '), v, isServiceName);
      }
    } else if (field) for (const c of field.split('&')) add(d.categories, c, true);
    return d;
  } catch {
    // A bad name or pair, or a name twice: a corrupt value, handled as none.
    return null;
  }
}

/** A category or service name from the cookie; throws (corrupt value) unless it is a valid name. */
function name(n: string, valid = isName): string {
  if (!valid(n)) throw 0;
  return n;
}

/** Sets a name's flag once; a second time makes the value corrupt (which one would count?). */
function add(o: Record<string, boolean>, n: string, v: boolean, valid = isName) {
  if (has(o, name(n, valid))) throw 0;
  o[n] = v;
}

/** `a=1&b=0` → [["a", true], ["b", false]]; throws on anything else. */
function pairs(field: string): Array<[string, boolean]> {
  if (!field) return [];
  return field.split('&').map((p) => {
    const m = /^([^=]+)=([01])$/.exec(p);
    if (!m) throw 0;
    return [m[1], m[2] == '1'];
  });
}
