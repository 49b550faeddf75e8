import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isWebUrl } from '../../src/model/config/isWebUrl';
import { normalizeConfig } from '../../src/model/config/normalizeConfig';
import { plainConfig, UNREADABLE } from '../../src/model/config/plainConfig';
import { readCoreConfig } from '../../src/model/config/readCoreConfig';
import { consentSignals } from '../../src/model/consentSignals';
import { configProblems, describeProblem } from '../../src/chunks/diagnostics';
import { createEngine } from '../../src/engine/createEngine';
import { readEndpointOptions } from '../../src/records/readEndpointOptions';
import { storedRecords } from '../../src/records/storedRecords';
import { readBackup } from '../../src/records/outboxBackup';
import { createTestEnv, deleteDatabase, settle } from '../support/createTestEnv';

// Issue 18: each defect found by attacking the built files, as the pure logic sees it. What only a
// browser shows (clicks, markup, cookies on paths, cookieStore) is in test/browser/hostileInput.test.ts.

beforeEach(async () => {
  await deleteDatabase();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const problemsOf = (input: unknown) => normalizeConfig(input).problems;
const HOSTILE_URLS = [
  'javascript:void(window.PWNED=1)',
  ' javascript:x',
  'JaVaScRiPt:x',
  'java\tscript:x',
  '\x01javascript:x',
  'data:text/html,<script>x</script>',
  'vbscript:x',
  'ftp://x/c',
  'http://',
  'file:///etc/passwd',
];

describe('#1 and #5: one URL check, for links and the endpoint', () => {
  it('given http(s), relative and protocol-relative URLs, should accept them', () => {
    for (const u of ['https://x.example/p', 'http://x.example', '/privacy', 'privacy.html', '?a=1', '#top', '//cdn.example/p', 'HTTPS://X.EXAMPLE'])
      expect(isWebUrl(u), u).toBe(true);
  });

  it('given any other scheme, however it is disguised, or no URL at all, should refuse it', () => {
    for (const u of [...HOSTILE_URLS, 5, null, {}]) expect(isWebUrl(u), String(u)).toBe(false);
  });

  it('given a hostile privacyPolicyUrl (site or service), should render none and report each as a config problem', () => {
    for (const u of HOSTILE_URLS) {
      const input = { privacyPolicyUrl: u, categories: { analytics: { services: { ga: { privacyPolicyUrl: u } } } } };
      const { config, problems } = normalizeConfig(input);
      expect(config.privacyPolicyUrl).toBe('');
      expect(config.categories[1].services[0].privacyPolicyUrl).toBeUndefined();
      expect(problems.map((p) => p.path).sort()).toEqual(['categories.analytics.services.ga.privacyPolicyUrl', 'privacyPolicyUrl']);
      for (const p of problems) expect(p.message).toMatch(/http:, https: or relative URL/);
      // The main file's reader (whose value the banner links) agrees and flags it.
      expect(readCoreConfig(plainConfig(input))).toEqual([expect.objectContaining({ privacyPolicyUrl: '' }), false]);
    }
  });

  it('given a non-http(s) endpoint, should refuse it as a config problem and send nothing there', () => {
    for (const u of HOSTILE_URLS) {
      expect(normalizeConfig({ endpoint: u }).config.endpoint, u).toBeUndefined();
      expect(problemsOf({ endpoint: { url: u } }).map((p) => p.path)).toEqual(['endpoint.url']);
      expect(readCoreConfig({ endpoint: u })).toEqual([expect.objectContaining({ endpoint: undefined }), false]);
      expect(readEndpointOptions(u)).toBeUndefined();
    }
    expect(readEndpointOptions('//other.example/c')?.url).toBe('//other.example/c');
  });
});

describe('#2 and #3: names that objects inherit', () => {
  it('given categories named constructor, toString, valueOf or __proto__, should refuse each as a bad name', () => {
    const { config, problems } = normalizeConfig({
      categories: { constructor: {}, toString: {}, valueOf: {}, hasOwnProperty: {}, analytics: {} },
      consentMode: true,
    });
    expect(config.categories.map((c) => c.name)).toEqual(['necessary', 'analytics']);
    expect(problems.map((p) => p.path)).toEqual(['categories.constructor', 'categories.toString', 'categories.valueOf', 'categories.hasOwnProperty']);
  });

  it('given such categories and Consent Mode, when accepting all, should decide (no "function is not iterable") and start again after a reload', async () => {
    const input = { categories: { constructor: {}, toString: {}, valueOf: {}, analytics: {} }, consentMode: true };
    const env = createTestEnv();
    const engine = createEngine(input, env);
    await expect(engine.api.acceptAll()).resolves.toBeUndefined();
    expect(engine.api.isAllowed('analytics')).toBe(true);
    expect(engine.api.isAllowed('constructor')).toBe(false);
    const again = createEngine(input, createTestEnv({ jar: env.jar }));
    expect(again.api.getConsent()?.categories.analytics).toBe(true);
    expect(consentSignals(again.config, again.api.getConsent()!.categories).analytics_storage).toBe('granted');
  });

  describe('given a page that polluted Object.prototype before Consentry', () => {
    const proto = Object.prototype as Record<string, unknown>;
    afterEach(() => {
      for (const k of ['ghost', 'services', 'cookies', 'debug', 'marketing']) delete proto[k];
    });

    it('after Reject all, should allow nothing it added (isAllowed("ghost") stays false)', async () => {
      proto.ghost = true;
      const engine = createEngine({}, createTestEnv());
      expect(engine.api.isAllowed('ghost')).toBe(false);
      await engine.api.rejectAll();
      expect(engine.api.isAllowed('ghost')).toBe(false);
      expect(engine.api.isAllowed('analytics.ghost')).toBe(false);
      await engine.api.acceptAll();
      expect(engine.api.isAllowed('ghost')).toBe(false);
    });

    it('should read only the config own keys (no inherited services, cookies or debug)', () => {
      proto.services = { evil: { cookies: ['_evil'] } };
      proto.cookies = ['_inherited'];
      proto.debug = true;
      const { config } = normalizeConfig({ categories: { analytics: {} } });
      expect(config.categories[1].services).toEqual([]);
      expect(config.categories[1].cookies).toEqual([]);
      expect(config.debug).toBe(false);
      const [core] = readCoreConfig(plainConfig({ categories: { analytics: {} } }));
      expect(core.categories[1].services).toEqual([]);
      expect(core.debug).toBe(false);
    });
  });
});

describe('#6: JavaScript-object configs that cannot be read', () => {
  const throwing = (key: string) =>
    Object.defineProperty({}, key, {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
  const hostile: Array<[string, () => unknown, string]> = [
    ['nonce: Symbol()', () => ({ nonce: Symbol('n') }), 'nonce'],
    ['a throwing getter', () => ({ categories: { analytics: throwing('services') } }), 'categories.analytics.services'],
    ['a throwing root getter', () => throwing('revision'), 'revision'],
    [
      'a Proxy whose traps throw',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('trap');
            },
          },
        ),
      '',
    ],
    [
      'a Proxy for a category',
      () => ({
        categories: {
          analytics: new Proxy(
            {},
            {
              get: () => {
                throw new Error('get');
              },
            },
          ),
          marketing: {},
        },
      }),
      '',
    ],
    [
      'a revoked Proxy',
      () => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return { ui: p.proxy };
      },
      'ui',
    ],
    ['Object.create(null)', () => Object.assign(Object.create(null), { revision: 2 }), ''],
    [
      'a null-prototype object holding a BigInt',
      () => Object.assign(Object.create(null), { revision: 10n, cookie: Object.assign(Object.create(null), { expiresAfterDays: 5n }) }),
      'revision',
    ],
    [
      'a cycle',
      () => {
        const o: Record<string, unknown> = { categories: {} };
        (o.categories as Record<string, unknown>).analytics = o;
        return o;
      },
      'categories.analytics',
    ],
  ];

  for (const [what, make, path] of hostile)
    it(`given ${what}, should start, read the rest, name the path and never throw`, async () => {
      const input = make();
      let engine!: ReturnType<typeof createEngine>;
      expect(() => (engine = createEngine(input, createTestEnv()))).not.toThrow();
      expect(engine.api.isAllowed('necessary')).toBe(true);
      expect(engine.api.isAllowed('analytics')).toBe(false);
      let problems: string[] = [];
      expect(() => (problems = configProblems(input))).not.toThrow();
      if (path) expect(problems.join('\n')).toContain(`config ${path}`);
      await expect(engine.api.acceptAll()).resolves.toBeUndefined();
      await settle(5);
    });

  it('given an unreadable value, should say it could not be read and what is used instead', () => {
    expect(
      plainConfig({
        a: Object.defineProperty({}, 'x', {
          enumerable: true,
          get: () => {
            throw 1;
          },
        }),
      }),
    ).toEqual({ a: { x: UNREADABLE } });
    expect(describeProblem(['revision', 'v', UNREADABLE, 0])).toBe('config revision: could not be read (a getter or Proxy threw); using 0');
    expect(describeProblem(['revision', 'v', 10n, 0])).toContain('got 10n');
    expect(describeProblem(['x', 'o', Object.assign(Object.create(null), { b: 1n })])).toContain('an object that cannot be shown');
  });

  it('given a config with a function and arrays, should keep them (transformRecord, patterns) and drop symbol keys', () => {
    const fn = (r: unknown) => r;
    const copy = plainConfig({ transformRecord: fn, categories: { analytics: { cookies: ['_ga', '/^_gid/'] } }, [Symbol('s')]: 1 }) as Record<string, any>;
    expect(copy.transformRecord).toBe(fn);
    expect(copy.categories.analytics.cookies).toEqual(['_ga', '/^_gid/']);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
  });
});

describe('#4: one corrupt-value path for stored records', () => {
  it('given a stored value that is not a list of records, should ignore it, name it once, and keep the good records of a list', () => {
    const report = vi.fn();
    expect(storedRecords({}, 'where-a', report)).toEqual([]);
    expect(storedRecords('x', 'where-a', report)).toEqual([]);
    expect(report).toHaveBeenCalledOnce();
    expect(report).toHaveBeenCalledWith('where-a');
    expect(storedRecords([{ id: 'r1' }, null, { id: 5 }, 'x'], 'where-b', report)).toEqual([{ id: 'r1' }]);
    expect(report).toHaveBeenLastCalledWith('where-b');
    expect(storedRecords(undefined, 'where-c', report)).toEqual([]);
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('given a localStorage backup that is not JSON or not a list, should read as empty and report it', () => {
    const report = vi.fn();
    localStorage['consentry-outbox'] = '{not json';
    expect(readBackup(localStorage, report)).toEqual([]);
    expect(report).toHaveBeenCalledOnce();
    localStorage.removeItem('consentry-outbox');
  });
});

describe('#11.12: revision and retired translation keys', () => {
  it('given a revision over 15 digits, should refuse it as a config problem (the cookie carries 15)', () => {
    expect(normalizeConfig({ revision: 999_999_999_999_999 }).problems).toEqual([]);
    for (const revision of [1e15, 2 ** 60, Number.MAX_SAFE_INTEGER]) {
      const { config, problems } = normalizeConfig({ revision });
      expect(config.revision).toBe(0);
      expect(problems[0].message).toMatch(/15 digits/);
      expect(readCoreConfig({ revision })).toEqual([expect.objectContaining({ revision: 0 }), false]);
    }
  });

  it('given the largest revision, when deciding, should read the cookie back', async () => {
    const env = createTestEnv();
    await createEngine({ revision: 999_999_999_999_999 }, env).api.acceptAll();
    expect(createEngine({ revision: 999_999_999_999_999 }, createTestEnv({ jar: env.jar })).api.getConsent()?.revision).toBe(999_999_999_999_999);
  });

  it('given the retired category.showServices/hideServices texts, should keep the config working and say they are no longer used', () => {
    const { config, problems } = normalizeConfig({
      translations: { en: { 'category.showServices': 'Show', 'category.hideServices': 'Hide', 'banner.title': 'Hi' } },
    });
    expect(config.translations.en['banner.title']).toBe('Hi');
    expect(problems.map((p) => p.path)).toEqual(['translations.en.category.showServices', 'translations.en.category.hideServices']);
    expect(problems[0].message).toMatch(/no longer used/);
  });
});
