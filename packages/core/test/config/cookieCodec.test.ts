// The consent cookie's value: formatConsentCookie() / parseConsentCookie() (docs/cookie-format.md).
// design.md "Storage": versioned, every older format stays readable, corrupt counts as none, never throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeConfig } from '../../src/model/config/normalizeConfig';
import { readCoreConfig } from '../../src/model/config/readCoreConfig';
import { formatConsentCookie, parseConsentCookie } from '../../src/model/consent/consentCookie';
import { encodeDecision } from '../../src/model/consent/cookieCodec';
import type { Decision } from '../../src/model/consent/decision';
import type { Env } from '../../src/env/env';
import { removeConsentCookie, writeConsentCookie } from '../../src/engine/consentCookieJar';

const DAY = 864e5;
const T = Date.parse('2026-01-31T12:00:00.000Z');
const ID = '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
/** A cookie-value per RFC 6265 (no space, quote, comma, semicolon or backslash). */
const COOKIE_OCTETS = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

const full = {
  consentId: ID,
  revision: 3,
  timestamp: '2026-01-31T12:00:00.000Z',
  method: 'custom' as const,
  categories: { functional: true, analytics: false, marketing: false },
  services: { analytics: { ga: true, hotjar: false }, marketing: { youtube: false } },
};

describe('formatConsentCookie → parseConsentCookie', () => {
  it('given a full decision, when formatted and parsed, it should give back every field', () => {
    const value = formatConsentCookie(full);
    const p = parseConsentCookie(value, { now: T + DAY })!;
    expect(p).not.toBeNull();
    expect(p.format).toBe(2);
    expect(p.consentId).toBe(ID);
    expect(p.revision).toBe(3);
    expect(p.timestamp).toBe('2026-01-31T12:00:00.000Z');
    expect(p.method).toBe('custom');
    // analytics has an allowed service (ga), so the category counts as allowed
    expect(p.categories).toEqual({ necessary: true, functional: true, analytics: true, marketing: false });
    expect(p.services).toEqual(full.services);
  });

  it('given a service name with a space ("Google Ads"), when formatted, it should write it with "+" (no space in the cookie) and read it back', () => {
    const value = formatConsentCookie({ ...full, services: { marketing: { 'Google Ads': true } } });
    expect(value).toContain(':marketing/Google+Ads=1');
    expect(value).not.toContain(' ');
    const p = parseConsentCookie(value, { now: T + DAY })!;
    expect(p.services).toEqual({ marketing: { 'Google Ads': true } });
    expect(p.isAllowed('marketing.Google Ads')).toBe(true);
  });

  it('given the value, when inspected, it should be format 2 field by field', () => {
    expect(formatConsentCookie(full)).toBe(
      `2:${ID}:3:${T.toString(36)}:c:functional=1&analytics=0&marketing=0:analytics/ga=1&analytics/hotjar=0&marketing/youtube=0`,
    );
  });

  it.each([
    ['accept_all', 'a'],
    ['reject_all', 'r'],
    ['custom', 'c'],
    ['withdraw', 'w'],
  ] as const)('given method %s, when formatted and parsed, it should keep it (code %s)', (method, code) => {
    const value = formatConsentCookie({ ...full, method });
    expect(value.split(':')[4]).toBe(code);
    expect(parseConsentCookie(value, { now: T })!.method).toBe(method);
  });

  it('given only categories, when formatted, it should use a new UUID, revision 0, now and "custom"', () => {
    const before = Date.now();
    const p = parseConsentCookie(formatConsentCookie({ categories: { analytics: true } }))!;
    expect(p.consentId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(p.revision).toBe(0);
    expect(p.method).toBe('custom');
    expect(Date.parse(p.timestamp)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(p.timestamp)).toBeLessThanOrEqual(Date.now());
    expect(p.services).toEqual({});
    expect(formatConsentCookie({ categories: {} })).not.toBe(formatConsentCookie({ categories: {} }));
  });

  it('given a timestamp as a string, a number or a Date, when formatted, it should give the same value', () => {
    const base = { categories: { analytics: true }, consentId: ID };
    const a = formatConsentCookie({ ...base, timestamp: '2026-01-31T12:00:00.000Z' });
    expect(formatConsentCookie({ ...base, timestamp: T })).toBe(a);
    expect(formatConsentCookie({ ...base, timestamp: new Date(T) })).toBe(a);
  });

  it('given necessary among the categories (even false), when formatted and parsed, it should leave it out of the value and read it as true', () => {
    const value = formatConsentCookie({ ...full, categories: { necessary: false, analytics: true } });
    expect(value).not.toContain('necessary');
    expect(parseConsentCookie(value, { now: T })!.categories.necessary).toBe(true);
  });

  it('given a hand-written value that says necessary=0, when parsed, it should still read necessary as true', () => {
    const p = parseConsentCookie(`2:${ID}:0:${T.toString(36)}:c:necessary=0&analytics=1:`, { now: T })!;
    expect(p.categories.necessary).toBe(true);
    expect(p.isAllowed('necessary')).toBe(true);
  });

  it('given names outside the name rule, when formatted, it should leave them out with one warning, and a value holding them should read as corrupt', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const value = formatConsentCookie({
      categories: { 'a b': true, analytics: true, 'x:y': false },
      services: { 'x:y': { s: true }, marketing: { ü: true, yt: true } },
      consentId: ID,
      timestamp: T,
    });
    expect(value).toMatch(COOKIE_OCTETS);
    const p = parseConsentCookie(value, { now: T })!;
    expect(p.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(p.services).toEqual({ marketing: { yt: true } });
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0][1])).toMatch(/a b, x:y, x:y\.s, marketing\.ü/);
    for (const bad of ['a%20b=1', '__proto__=1', 'constructor/x%2Fy=1'])
      expect(parseConsentCookie(`2:${ID}:0:${T.toString(36)}:c:${bad}:`, { now: T })).toBeNull();
    warn.mockRestore();
  });

  it('given any decision, when formatted, it should be a valid cookie value', () => {
    expect(formatConsentCookie(full)).toMatch(COOKIE_OCTETS);
  });
});

describe('parseConsentCookie: where the value comes from', () => {
  const value = formatConsentCookie(full);

  it('given the bare value or the whole Cookie header, when parsed, it should read the same decision', () => {
    const bare = parseConsentCookie(value, { now: T });
    for (const header of [
      `a=1; consentry=${value}; b=2`,
      `consentry=${value}`,
      `a=1;consentry=${value}`,
      `  consentry=${value}  `,
      `a=1; b=2; consentry=${value}`,
    ]) {
      const p = parseConsentCookie(header, { now: T });
      expect(p, header).not.toBeNull();
      expect({ ...p, isAllowed: 0 }).toEqual({ ...bare, isAllowed: 0 });
    }
  });

  it('given a header without the cookie, or with a cookie whose name only ends in "consentry", when parsed, it should be null', () => {
    expect(parseConsentCookie('a=1; b=2', { now: T })).toBeNull();
    expect(parseConsentCookie(`xconsentry=${value}; consentry_old=${value}`, { now: T })).toBeNull();
    expect(parseConsentCookie('', { now: T })).toBeNull();
  });

  it('given a custom cookie name option, when the header is parsed, it should read that cookie only', () => {
    const header = `consentry=foreign; my_consent=${value}`;
    expect(parseConsentCookie(header, { name: 'my_consent', now: T })!.consentId).toBe(ID);
    expect(parseConsentCookie(`my_consent=${value}`, { now: T })).toBeNull();
  });

  it('given two consent cookies in the header (host-only and Domain=, or two paths), it should read the newest decision, as the page does, whichever comes first', () => {
    const older = formatConsentCookie({ categories: { analytics: true }, timestamp: T - 60_000 });
    const newer = formatConsentCookie({ categories: { analytics: false }, timestamp: T - 1_000 });
    for (const header of [`consentry=${older}; consentry=${newer}`, `consentry=${newer}; a=1; consentry=${older}`, `consentry=garbage; consentry=${newer}`])
      expect(parseConsentCookie(header, { now: T })?.isAllowed('analytics'), header).toBe(false);
  });

  it('given no string (null, undefined, a number, an object), when parsed, it should be null', () => {
    for (const input of [null, undefined, 2, {}, ['consentry=1']]) expect(parseConsentCookie(input as never)).toBeNull();
  });
});

describe('parseConsentCookie: revision and expiry', () => {
  const value = formatConsentCookie(full); // revision 3, decided at T

  it('given the revision option, when it differs from the value, it should be null; when equal, the decision', () => {
    expect(parseConsentCookie(value, { revision: 4, now: T })).toBeNull();
    expect(parseConsentCookie(value, { revision: 2, now: T })).toBeNull();
    expect(parseConsentCookie(value, { revision: 3, now: T })!.revision).toBe(3);
    expect(parseConsentCookie(value, { now: T })!.revision).toBe(3);
  });

  it('given the default 182-day lifetime, when now passes it, it should be null', () => {
    expect(parseConsentCookie(value, { now: T + 182 * DAY - 1 })).not.toBeNull();
    expect(parseConsentCookie(value, { now: T + 182 * DAY })).toBeNull();
  });

  it('given expiresAfterDays, when now passes it, it should be null', () => {
    expect(parseConsentCookie(value, { expiresAfterDays: 30, now: T + 30 * DAY - 1 })).not.toBeNull();
    expect(parseConsentCookie(value, { expiresAfterDays: 30, now: T + 30 * DAY })).toBeNull();
    expect(parseConsentCookie(value, { expiresAfterDays: 300, now: T + 200 * DAY })).not.toBeNull();
  });

  it('given expiresAfterDays above 395, when parsed, it should clamp to 395', () => {
    expect(parseConsentCookie(value, { expiresAfterDays: 500, now: T + 394 * DAY })).not.toBeNull();
    expect(parseConsentCookie(value, { expiresAfterDays: 500, now: T + 396 * DAY })).toBeNull();
  });
});

describe('parseConsentCookie: the legacy format 1', () => {
  const v1 = `1:${ID}:2:${T.toString(36)}:analytics&marketing`;

  it('given a format 1 value, when parsed, it should read the allowed categories', () => {
    const p = parseConsentCookie(v1, { now: T, revision: 2 })!;
    expect(p).not.toBeNull();
    expect(p.format).toBe(1);
    expect(p.consentId).toBe(ID);
    expect(p.revision).toBe(2);
    expect(p.timestamp).toBe('2026-01-31T12:00:00.000Z');
    expect(p.method).toBe('custom');
    expect(p.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(p.services).toEqual({});
    expect(p.isAllowed('analytics')).toBe(true);
    expect(p.isAllowed('marketing')).toBe(true);
    expect(p.isAllowed('functional')).toBe(false);
    expect(p.isAllowed('necessary')).toBe(true);
  });

  it('given a format 1 value in a Cookie header, or with no category, when parsed, it should read it', () => {
    expect(parseConsentCookie(`a=b; consentry=${v1}`, { now: T })!.categories.analytics).toBe(true);
    expect(parseConsentCookie(`1:${ID}:0:${T.toString(36)}:`, { now: T })!.categories).toEqual({ necessary: true });
  });

  it('given a format 1 value with a name outside the name rule, when parsed, it should be null', () => {
    expect(parseConsentCookie(`1:${ID}:0:${T.toString(36)}:a%20b&c`, { now: T })).toBeNull();
  });

  it('given a format 1 value, when its revision or lifetime is past, it should be null', () => {
    expect(parseConsentCookie(v1, { now: T, revision: 3 })).toBeNull();
    expect(parseConsentCookie(v1, { now: T + 183 * DAY })).toBeNull();
  });
});

describe('parseConsentCookie: isAllowed', () => {
  const p = parseConsentCookie(
    formatConsentCookie({
      consentId: ID,
      timestamp: T,
      categories: { functional: true, analytics: false, marketing: false, social: true },
      services: { analytics: { ga: true, hotjar: false }, marketing: { youtube: false } },
    }),
    { now: T },
  )!;

  it('given an allowed category, it should be allowed; a refused one not', () => {
    expect(p.isAllowed('functional')).toBe(true);
    expect(p.isAllowed('social')).toBe(true);
    expect(p.isAllowed('marketing')).toBe(false);
  });

  it('given a category off as a whole but with an allowed service, it should count as allowed', () => {
    expect(p.categories.analytics).toBe(true);
    expect(p.isAllowed('analytics')).toBe(true);
  });

  it('given "category.service", it should be that service only', () => {
    expect(p.isAllowed('analytics.ga')).toBe(true);
    expect(p.isAllowed('analytics.hotjar')).toBe(false);
    expect(p.isAllowed('marketing.youtube')).toBe(false);
  });

  it('given an unknown category or service (not decided on), it should not be allowed', () => {
    expect(p.isAllowed('ads')).toBe(false);
    expect(p.isAllowed('analytics.matomo')).toBe(false);
    // a category allowed as a whole does not allow a service the visitor never saw
    expect(p.isAllowed('functional.fonts')).toBe(false);
    expect(p.isAllowed('constructor')).toBe(false);
    expect(p.isAllowed('toString.x')).toBe(false);
    expect(p.isAllowed('')).toBe(false);
  });

  it('given necessary, it should always be allowed', () => {
    expect(p.isAllowed('necessary')).toBe(true);
  });
});

describe('parseConsentCookie: corrupt, foreign and truncated values', () => {
  const value = formatConsentCookie(full);
  afterEach(() => {
    // keep a polluted prototype from leaking into other tests
    for (const k of ['polluted', 'isAdmin']) delete (Object.prototype as Record<string, unknown>)[k];
  });

  it.each([
    ['empty', ''],
    ['a Google Analytics value', 'GA1.2.1234567890.1700000000'],
    ['vanilla-cookieconsent JSON', '{"categories":["necessary","analytics"],"revision":0}'],
    ['URI-encoded JSON', '%7B%22categories%22%3A%5B%22necessary%22%5D%7D'],
    ['a future format', `3:${ID}:0:${T.toString(36)}:c:analytics=1::extra`],
    ['format 2 with a field missing', `2:${ID}:0:${T.toString(36)}:c:analytics=1`],
    ['format 2 with an extra field', `2:${ID}:0:${T.toString(36)}:c:analytics=1::`],
    ['an unknown method code', `2:${ID}:0:${T.toString(36)}:x:analytics=1:`],
    ['a method code from Object.prototype', `2:${ID}:0:${T.toString(36)}:constructor:analytics=1:`],
    ['a short consent id', `2:abc:0:${T.toString(36)}:c:analytics=1:`],
    ['a consent id with a bad character', `2:abc.def.ghi:0:${T.toString(36)}:c:analytics=1:`],
    ['a negative revision', `2:${ID}:-1:${T.toString(36)}:c:analytics=1:`],
    ['a fractional revision', `2:${ID}:1.5:${T.toString(36)}:c:analytics=1:`],
    ['a zero time', `2:${ID}:0:0:c:analytics=1:`],
    ['a bad time', `2:${ID}:0:!!:c:analytics=1:`],
    ['a flag other than 0 or 1', `2:${ID}:0:${T.toString(36)}:c:analytics=2:`],
    ['a pair without "="', `2:${ID}:0:${T.toString(36)}:c:analytics:`],
    ['a service without a category', `2:${ID}:0:${T.toString(36)}:c::ga=1`],
    ['a service path with two slashes', `2:${ID}:0:${T.toString(36)}:c::a/b/c=1`],
    ['a broken escape', `2:${ID}:0:${T.toString(36)}:c:%E0%A4%A=1:`],
    ['a format 1 value with a field missing', `1:${ID}:0:analytics`],
    ['a format 1 value with a broken escape', `1:${ID}:0:${T.toString(36)}:%ZZ`],
    ['no format', `:${ID}:0:${T.toString(36)}:c::`],
  ])('given %s, when parsed, it should be null without throwing', (_, v) => {
    expect(() => parseConsentCookie(v, { now: T })).not.toThrow();
    expect(parseConsentCookie(v, { now: T })).toBeNull();
    expect(parseConsentCookie(`consentry=${v}`, { now: T })).toBeNull();
  });

  it('given a value that names __proto__, when parsed, it should not touch Object.prototype', () => {
    const evil = [
      `2:${ID}:0:${T.toString(36)}:c::__proto__/polluted=1`,
      `2:${ID}:0:${T.toString(36)}:c:__proto__=1:`,
      `1:${ID}:0:${T.toString(36)}:__proto__`,
      `2:${ID}:0:${T.toString(36)}:c::constructor/isAdmin=1`,
    ];
    for (const v of evil) {
      expect(() => parseConsentCookie(v, { now: T })).not.toThrow();
      expect(({} as Record<string, unknown>).polluted, v).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin, v).toBeUndefined();
      expect((Object as unknown as Record<string, unknown>).isAdmin, v).toBeUndefined();
    }
  });

  it('given the value cut short anywhere in its fixed fields, when parsed, it should be null', () => {
    const fixed = value.split(':').slice(0, 6).join(':').length; // up to the end of the categories field
    for (let n = 0; n < fixed; n++) expect(parseConsentCookie(value.slice(0, n), { now: T }), value.slice(0, n)).toBeNull();
  });

  it('given the value cut short at any length, when parsed, it should never throw', () => {
    for (let n = 0; n <= value.length; n++) expect(() => parseConsentCookie(value.slice(0, n), { now: T })).not.toThrow();
  });

  it('given a few hundred random and mutated values, when parsed, it should never throw and give null or a well-formed decision', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = '0123456789abcdefxyz:;=&/%_- .!"\\\u00e6\u{1F36A}';
    const inputs: string[] = [];
    for (let i = 0; i < 200; i++) inputs.push(Array.from({ length: Math.floor(rnd() * 60) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
    for (let i = 0; i < 300; i++) {
      const chars = [...value];
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) chars[Math.floor(rnd() * chars.length)] = alphabet[Math.floor(rnd() * alphabet.length)];
      inputs.push(chars.join(''));
    }
    for (const v of inputs) {
      for (const input of [v, `consentry=${v}`, `a=1; consentry=${v}; b=2`]) {
        const parsed: Array<ReturnType<typeof parseConsentCookie>> = [];
        expect(() => parsed.push(parseConsentCookie(input, { now: T })), input).not.toThrow();
        const q = parsed[0];
        if (q) {
          expect([1, 2]).toContain(q.format);
          expect(['accept_all', 'reject_all', 'custom', 'withdraw']).toContain(q.method);
          expect(q.categories.necessary).toBe(true);
          expect(Number.isInteger(q.revision) && q.revision >= 0).toBe(true);
          expect(Number.isNaN(Date.parse(q.timestamp))).toBe(false);
        }
      }
    }
  });
});

describe('the consent cookie on the page', () => {
  it('given the default config with a few services, when accepted, the value should stay well under 512 bytes', () => {
    const { config } = normalizeConfig({
      revision: 12,
      categories: {
        necessary: {},
        functional: { services: { fonts: 'google-fonts', maps: 'google-maps' } },
        analytics: { services: { ga: 'google-analytics', hotjar: 'hotjar', clarity: 'microsoft-clarity' } },
        marketing: { services: { youtube: 'youtube', meta: 'meta-pixel', ads: 'google-ads' } },
      },
    });
    const categories: Record<string, boolean> = {};
    const services: Record<string, Record<string, boolean>> = {};
    for (const c of config.categories.slice(1)) {
      categories[c.name] = true;
      services[c.name] = Object.fromEntries(c.services.map((s) => [s.name, true]));
    }
    const value = formatConsentCookie({ categories, services, method: 'accept_all', revision: 12 });
    const bytes = new TextEncoder().encode(`consentry=${value}`).length;
    expect(bytes).toBeLessThan(300); // about 243 today; 512 is the budget
  });

  const decision: Decision = { consentId: ID, revision: 0, decidedAt: T, method: 'accept_all', categories: { analytics: true }, services: {} };
  function envAt(now: number, secure: boolean) {
    const written: string[] = [];
    const env = { now: () => now, secure, writeCookie: (c: string) => written.push(c), readCookies: () => '' } as unknown as Env;
    return { env, written };
  }

  it('given a decision, when written, it should set SameSite=Lax, Path, Max-Age of the remaining lifetime, and no Secure on http', () => {
    const [config] = readCoreConfig({});
    const { env, written } = envAt(T + DAY, false);
    const value = encodeDecision(decision);
    writeConsentCookie(env, config, value, T + 182 * DAY);
    expect(written).toEqual([`consentry=${value}; Max-Age=${181 * 86400}; Path=/; SameSite=Lax`]);
  });

  it('given https, a domain and a path, when written, it should add Domain and Secure', () => {
    const [config] = readCoreConfig({ cookie: { name: 'c', domain: 'example.com', path: '/shop' } });
    const { env, written } = envAt(T, true);
    writeConsentCookie(env, config, encodeDecision(decision), T + 10 * DAY);
    expect(written[0]).toMatch(/^c=2:[^;]+; Max-Age=864000; Path=\/shop; SameSite=Lax; Domain=example\.com; Secure$/);
  });

  it('given a decision, when removed, it should write an empty value with Max-Age=0 and the same attributes', () => {
    const [config] = readCoreConfig({ cookie: { domain: 'example.com' } });
    const { env, written } = envAt(T, true);
    removeConsentCookie(env, config);
    expect(written).toEqual(['consentry=; Max-Age=0; Path=/; SameSite=Lax; Domain=example.com; Secure']);
  });
});
