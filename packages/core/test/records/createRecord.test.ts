import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createRecord, type RecordFacts } from '../../src/records/createRecord';

// The schema receivers check records against (packages/receiver uses the same ajv setup).
const schema = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../docs/consent-record.schema.json'), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const validate = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema);

const facts = (url: string): RecordFacts => ({
  consentId: '0b7c5a3e-2f4d-4c1a-9e8b-6d5f4a3b2c1d',
  revision: 1,
  decidedAt: Date.UTC(2026, 0, 31),
  expires: Date.UTC(2026, 6, 31),
  method: 'accept_all',
  categories: { necessary: true, analytics: true },
  services: {},
  url,
  gpc: false,
  sdkVersion: '1.2.3',
});

/** The record's url, after checking the whole record against the schema. */
function recordUrl(url: string): string {
  const record = createRecord(facts(url), { source: 'banner', textHash: HASH });
  expect(validate(record) ? [] : validate.errors).toEqual([]);
  return record.url;
}

const origin = 'https://www.example.com';
// SHA-256 of the empty string, as a record carries it.
const HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

describe('createRecord: the url (docs/consent-record.schema.json: format uri, at most 2048 characters)', () => {
  it.each([
    ['/p[1]', '/p%5B1%5D'],
    ['/a|b', '/a%7Cb'],
    ['/a^b', '/a%5Eb'],
    ['/a%zz', '/a%25zz'],
    ['/a%4', '/a%254'],
    ['/a%', '/a%25'],
    ['/a b"<>\\`{}', '/a%20b%22%3C%3E%5C%60%7B%7D'],
    ['/ø/😀', '/%C3%B8/%F0%9F%98%80'],
    ['/a\ud800b', '/a%EF%BF%BDb'],
  ])('given the path %s, it should encode what RFC 3986 forbids and pass the schema', (path, encoded) => {
    expect(recordUrl(origin + path)).toBe(origin + encoded);
  });

  it.each([`${origin}/`, `${origin}/shop/item-1_a.b~c/!$&'()*+,;=:@`, `${origin}/%C3%B8/a%5Bb%5d`, 'http://localhost:8080/page', 'http://[::1]:3000/page'])(
    'given %s, which already passes, it should keep the url byte-identical',
    (url) => {
      expect(recordUrl(url)).toBe(url);
    },
  );

  it('should still leave out the query string and fragment', () => {
    expect(recordUrl(`${origin}/a|b?q=[1]#x`)).toBe(`${origin}/a%7Cb`);
  });

  it.each([
    ['plain characters', `/${'x'.repeat(2999)}`, `/${'x'.repeat(2999)}`],
    ['escapes, cut after "%5"', `/${'^'.repeat(2999)}`, `/${'%5E'.repeat(2999)}`],
    ['escapes, cut after "%"', `/x${'^'.repeat(2998)}`, `/x${'%5E'.repeat(2998)}`],
  ])('given a 3000-character path of %s, it should cut the url to 2048 characters at most, without a partial escape', (_, path, encoded) => {
    expect(path).toHaveLength(3000);
    const url = recordUrl(origin + path);
    expect(url.length).toBeLessThanOrEqual(2048);
    expect(url.length).toBeGreaterThan(2045);
    expect(url).not.toMatch(/%[\dA-F]?$/i);
    expect((origin + encoded).startsWith(url)).toBe(true);
  });
});

describe("createRecord: the decision context (setConsent()'s internal second argument is open to any caller)", () => {
  const record = (ctx: unknown) => {
    const r = createRecord(facts(`${origin}/`), ctx as never);
    expect(validate(r) ? [] : validate.errors).toEqual([]);
    return { source: r.source, textHash: r.textHash, language: r.language };
  };

  it("should keep a valid context: the bindings' placeholder", () => {
    expect(record({ source: 'placeholder', textHash: HASH, language: 'nb' })).toEqual({ source: 'placeholder', textHash: HASH, language: 'nb' });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ["a number (forEach's index)", 3],
    ['a string', 'banner'],
    ['an unknown source', { source: 'evil', textHash: HASH }],
    ['an inherited source', Object.create({ source: 'banner' })],
  ])('given %s, it should record source "api" with no textHash', (_, ctx) => {
    expect(record(ctx)).toEqual({ source: 'api', textHash: null, language: 'en' });
  });

  it.each([
    ['too short', 'sha256-abc='],
    ['another algorithm', 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk='],
    ['a number', 42],
  ])('given a textHash that is %s, it should record null', (_, textHash) => {
    expect(record({ source: 'placeholder', textHash })).toEqual({ source: 'placeholder', textHash: null, language: 'en' });
  });

  it.each([['en_US'], ['x'.repeat(36)], [''], [7]])('given the language %j, it should record "en"', (language) => {
    expect(record({ source: 'preferences', textHash: HASH, language }).language).toBe('en');
  });
});
