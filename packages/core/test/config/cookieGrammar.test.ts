import { describe, expect, it } from 'vitest';
import { decodeDecision } from '../../src/model/consent/cookieCodec';
import { parseConsentCookie } from '../../src/model/consent/consentCookie';

// docs/cookie-format.md "Grammar": one test per rule, each with a value that breaks only that rule.
const NOW = Date.parse('2026-01-31T12:00:00Z');
const T = (NOW - 1000).toString(36);
const ID = '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
const v2 = (o: Partial<Record<'format' | 'id' | 'rev' | 'time' | 'method' | 'cats' | 'svcs', string>> = {}) =>
  [o.format ?? '2', o.id ?? ID, o.rev ?? '3', o.time ?? T, o.method ?? 'c', o.cats ?? 'analytics=1&marketing=0', o.svcs ?? 'analytics/ga=1'].join(':');
const read = (value: string) => decodeDecision(value, NOW);

describe('the consent cookie grammar (docs/cookie-format.md)', () => {
  it('a well-formed format 2 value reads, as does an empty categories and services field', () => {
    expect(read(v2())).toMatchObject({
      consentId: ID,
      revision: 3,
      method: 'custom',
      categories: { analytics: true, marketing: false },
      services: { analytics: { ga: true } },
    });
    expect(read(v2({ cats: '', svcs: '' }))).toMatchObject({ categories: {}, services: {} });
  });

  it('format: only 1 and 2, with exactly 5 or 7 fields', () => {
    expect(read(v2({ format: '3' }))).toBeNull();
    expect(read(v2({ format: '02' }))).toBeNull();
    expect(read(v2() + ':')).toBeNull();
    expect(read(v2().split(':').slice(0, 6).join(':'))).toBeNull();
  });

  it('consentId: 8–64 of A–Z a–z 0–9 _ -', () => {
    expect(read(v2({ id: 'abcdefgh' }))).not.toBeNull();
    expect(read(v2({ id: 'abcdefg' }))).toBeNull();
    expect(read(v2({ id: 'a'.repeat(65) }))).toBeNull();
    expect(read(v2({ id: 'abcdefg%' }))).toBeNull();
  });

  it('revision: 0, or 1–15 digits without a leading zero', () => {
    expect(read(v2({ rev: '0' }))?.revision).toBe(0);
    expect(read(v2({ rev: '999999999999999' }))?.revision).toBe(999999999999999);
    expect(read(v2({ rev: '01' }))).toBeNull();
    expect(read(v2({ rev: '1000000000000000' }))).toBeNull();
    expect(read(v2({ rev: '-1' }))).toBeNull();
    expect(read(v2({ rev: '' }))).toBeNull();
  });

  it('decidedAt: 1–12 lower-case base-36 digits without a leading zero', () => {
    expect(read(v2({ time: '0' + T }))).toBeNull();
    expect(read(v2({ time: T.toUpperCase() }))).toBeNull();
    expect(read(v2({ time: '1'.repeat(13) }))).toBeNull();
    expect(read(v2({ time: '' }))).toBeNull();
  });

  it("decidedAt: never more than a minute after the reader's clock (consent that would never expire)", () => {
    expect(read(v2({ time: (NOW + 59_000).toString(36) }))).not.toBeNull();
    expect(read(v2({ time: (NOW + 61_000).toString(36) }))).toBeNull();
    expect(read(v2({ time: Date.parse('5188-01-01').toString(36) }))).toBeNull();
    expect(parseConsentCookie(v2({ time: (NOW + 86_400_000).toString(36) }), { now: NOW })).toBeNull();
  });

  it('method: one of a r c w', () => {
    for (const m of ['a', 'r', 'c', 'w']) expect(read(v2({ method: m }))).not.toBeNull();
    for (const m of ['x', 'A', '', 'ac']) expect(read(v2({ method: m }))).toBeNull();
  });

  it('categories: name=0 or name=1 joined by &; nothing else', () => {
    for (const cats of ['analytics=2', 'analytics', 'analytics=1&', '&analytics=1', 'analytics=1&&marketing=0', 'analytics==1', 'analytics=1=1'])
      expect(read(v2({ cats })), cats).toBeNull();
  });

  it('names: a letter, then letters, digits, _ or -, and never a name objects inherit', () => {
    for (const n of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'a%20b', '1a', '_a', 'a.b', 'a b']) {
      expect(read(v2({ cats: `${n}=1` })), n).toBeNull();
      expect(read(v2({ svcs: `analytics/${n}=1` })), n).toBeNull();
      expect(read(v2({ svcs: `${n}/ga=1` })), n).toBeNull();
    }
    expect(read(v2({ cats: 'a-b_9=1' }))).not.toBeNull();
  });

  it('names: each category and each category/service at most once (which one would count?)', () => {
    expect(read(v2({ cats: 'analytics=0&analytics=1' }))).toBeNull();
    expect(read(v2({ svcs: 'analytics/ga=0&analytics/ga=1' }))).toBeNull();
    expect(read(v2({ svcs: 'analytics/ga=0&analytics/hotjar=1&marketing/ga=1' }))).not.toBeNull();
    expect(read(['1', ID, '3', T, 'analytics&analytics'].join(':'))).toBeNull();
  });

  it('services: category/service=0 or 1, exactly one "/"', () => {
    for (const svcs of ['analytics=1', 'analytics/ga/x=1', 'analytics/=1', '/ga=1', 'analytics/ga=yes']) expect(read(v2({ svcs })), svcs).toBeNull();
  });

  it('format 1: allowed names joined by &, or nothing; no empty names', () => {
    const v1 = (list: string) => ['1', ID, '2', T, list].join(':');
    expect(read(v1('analytics&marketing'))).toMatchObject({ method: 'custom', categories: { analytics: true, marketing: true } });
    expect(read(v1(''))).toMatchObject({ categories: {} });
    for (const list of ['analytics&', '&analytics', 'analytics&&marketing', 'constructor']) expect(read(v1(list)), list).toBeNull();
  });
});
