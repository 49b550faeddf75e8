// Issue 18's stored-value fuzz: corrupt and crafted values in the consent cookie, Consentry's
// IndexedDB keys (decision, receipts, outbox) and its localStorage keys (the outbox backup/flag and
// lease). Asserts nothing throws (an unhandled rejection fails the run too), and that a value never
// grants more than the visitor decided: a cookie the grammar refuses grants nothing (the banner
// shows), one it accepts grants exactly its own `=1` flags.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seeded } from '../../../../test/support/hostileConfigs';
import { openIdbStore } from '../../src/env/openIdbStore';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, deleteDatabase, settle } from '../support/createTestEnv';

const CONFIG = {
  categories: { functional: {}, analytics: { services: { ga: 'google-analytics', hotjar: 'hotjar' } }, marketing: { services: { youtube: 'youtube' } } },
  endpoint: 'https://records.example/c',
};
const CATS = ['functional', 'analytics', 'marketing'];
const SVCS = ['analytics.ga', 'analytics.hotjar', 'marketing.youtube'];
const NOW = Date.parse('2026-01-31T12:00:00Z');

/** A valid value with random switches, then zero or more random corruptions. */
function storedValue(r: () => number): string {
  const flag = () => (r() < 0.5 ? 1 : 0);
  const cats = CATS.map((c) => `${c}=${flag()}`).join('&');
  const svcs = SVCS.map((s) => `${s.replace('.', '/')}=${flag()}`).join('&');
  let v = `2:abcdefgh-1234:0:${(NOW - Math.floor(r() * 1e9)).toString(36)}:${'arcw'[Math.floor(r() * 4)]}:${cats}:${svcs}`;
  const edits: Array<(v: string) => string> = [
    (v) => v.replace(/=0/, '=1'), // a flag flipped: still a valid decision, of other switches
    (v) => v.replace(/analytics=\d/, 'analytics=1&analytics=0'),
    (v) => v.replace(/:([^:]*)$/, ':constructor/x=1&$1'),
    (v) => v.replace(/functional/, pick(['constructor', 'toString', '__proto__', 'ghost', 'a%20b', 'valueOf'])),
    (v) => v.replace(/:0:/, pick([':01:', ':-1:', ':1e3:', ':1000000000000000:'])),
    (v) => v.replace(/:[\da-z]+:([arcw]):/, `:${pick([(NOW + 864e5).toString(36), Date.parse('5188-01-01').toString(36), '0', 'ZZ', ''])}:$1:`),
    (v) => v.slice(0, Math.floor(r() * v.length)),
    (v) => v + pick([':', '&', '=1', ':x']),
    (v) => {
      const i = Math.floor(r() * v.length);
      return v.slice(0, i) + pick(['=', ':', '&', '/', '1', ' ', '%', '"', ';']) + v.slice(i + 1);
    },
    (v) => v.replace(/^2/, pick(['1', '3', '02', ''])),
    () => pick(['', '{}', 'null', 'undefined', '[object Object]', '2', ':::::::']),
  ];
  function pick<T>(list: T[]): T {
    return list[Math.floor(r() * list.length)];
  }
  for (let n = Math.floor(r() * 3); n > 0; n--) v = pick(edits)(v);
  return v;
}

/** An independent reading of docs/cookie-format.md's grammar (format 2), to compare with Consentry's. */
function grammar(v: string): Map<string, boolean> | null {
  const NAME = '(?!(?:constructor|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toLocaleString|toString|valueOf)\\b)[A-Za-z][\\w-]*';
  const pair = `${NAME}=[01]`;
  const spair = `${NAME}/${NAME}=[01]`;
  const m = new RegExp(`^2:[\\w-]{8,64}:(0|[1-9]\\d{0,14}):([1-9a-z][\\da-z]{0,11}):[arcw]:((?:${pair})(?:&${pair})*)?:((?:${spair})(?:&${spair})*)?$`).exec(v);
  if (m?.[1] != '0' || parseInt(m[2], 36) > NOW + 6e4 || parseInt(m[2], 36) + 182 * 864e5 <= NOW) return null;
  const flags = new Map<string, boolean>();
  for (const p of [...(m[3] ? m[3].split('&') : []), ...(m[4] ? m[4].split('&') : [])]) {
    const [k, f] = p.split('=');
    const key = k.replace('/', '.');
    if (flags.has(key)) return null;
    flags.set(key, f == '1');
  }
  return flags;
}

beforeEach(async () => {
  await deleteDatabase();
  localStorage.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());
// The endpoint answers 200 for the whole file: records found in the junk are sent, nothing retries later.
const post = async () => new Response(null, { status: 200 });
afterAll(() => settle(100));

describe('given 3000 corrupt and crafted consent cookies (seeded)', () => {
  it('should read exactly what the documented grammar reads, and grant nothing beyond the value\'s own "=1" flags', () => {
    const r = seeded(18);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const value = storedValue(r);
      const env = createTestEnv({ now: NOW, post });
      env.jar.cookies.set('consentry', { name: 'consentry', value, attributes: {}, expiresAt: Infinity });
      const { api } = createEngine(CONFIG, env);
      const want = grammar(value);
      expect(api.getConsent() !== null, value).toBe(want !== null);
      if (!want) refused++;
      for (const name of [...CATS, ...SVCS, 'ghost', 'constructor', 'analytics.constructor']) {
        const [c, s] = name.split('.');
        // Only configured names can be allowed, whatever the value holds.
        const configured = CATS.includes(c) && (!s || SVCS.includes(name));
        const decided =
          configured &&
          want !== null &&
          (s ? want.get(name) === true : want.get(c) === true || [...want].some(([k, f]) => f && k.startsWith(c + '.') && SVCS.includes(k)));
        expect(api.isAllowed(name), `${value} → ${name}`).toBe(decided);
      }
    }
    expect(refused).toBeGreaterThan(300);
    expect(refused).toBeLessThan(2900);
  }, 30_000);
});

describe('given corrupt values in IndexedDB and localStorage (seeded)', () => {
  const junk = (r: () => number): unknown =>
    [
      undefined,
      null,
      0,
      'x',
      {},
      [],
      [null],
      [{ id: 5 }],
      [{ id: 'r1', consentId: 'c' }],
      { length: 2 },
      '2:abc',
      'constructor',
      new Date(0),
      [['nested']],
      'x'.repeat(5000),
    ][Math.floor(r() * 15)];

  it('should never throw, grant only what a valid decision value holds, and still take the next decision', async () => {
    const r = seeded(1804);
    for (let i = 0; i < 60; i++) {
      await deleteDatabase();
      localStorage.clear();
      const store = openIdbStore();
      const decision = r() < 0.3 ? storedValue(r) : junk(r);
      await store.set('decision', decision);
      await store.set('receipts', junk(r));
      await store.set('outbox', junk(r));
      if (r() < 0.5) localStorage['consentry-outbox'] = String(r() < 0.5 ? JSON.stringify(junk(r)) : junk(r));
      if (r() < 0.3) localStorage['consentry-outbox-lease'] = String(junk(r));
      const env = createTestEnv({ now: NOW, post });
      const { api } = createEngine(CONFIG, env);
      await new Promise<void>((done) => api.on('ready', () => done()));
      const want = typeof decision == 'string' ? grammar(decision) : null;
      expect(api.getConsent() !== null, String(decision)).toBe(want !== null);
      for (const name of CATS)
        expect(api.isAllowed(name), `${String(decision)} → ${name}`).toBe(
          want?.get(name) === true || [...(want || [])].some(([k, f]) => f && k.startsWith(name + '.') && SVCS.includes(k)),
        );
      expect(Array.isArray(await createEngine(CONFIG, env).history())).toBe(true);
      await api.rejectAll();
      await settle(5);
      expect(api.isAllowed('analytics')).toBe(false);
    }
  }, 60_000);
});
