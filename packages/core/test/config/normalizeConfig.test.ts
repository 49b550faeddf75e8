// normalizeConfig(): untrusted config in, a complete config plus its problems out.
// design.md: "Categories, services and configuration" and "Bad input".
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVICE_PATTERNS } from '../../src/model/catalogue/servicePatterns';
import { DEFAULT_CONSENT_MODE_MAP } from '../../src/model/config/defaults';
import { normalizeConfig } from '../../src/model/config/normalizeConfig';
import { matchesName } from '../../src/model/config/patterns';
import type { ResolvedCategory, ResolvedConfig, ResolvedService } from '../../src/model/config/resolvedConfig';
import type { ConfigProblem } from '../../src/types';

type Config = ResolvedConfig;
const cat = (c: Config, name: string): ResolvedCategory | undefined => c.categories.find((x) => x.name == name);
const svc = (c: Config, category: string, name: string): ResolvedService | undefined => cat(c, category)?.services.find((s) => s.name == name);
const names = (c: Config) => c.categories.map((x) => x.name);
const matches = (list: Array<{ match: string | RegExp }> | undefined, name: string) => !!list?.some((r) => matchesName(r.match, name));
const at = (problems: ConfigProblem[], path: string) => problems.filter((p) => p.path == path);

/** What the words of a problem show for a value (describeProblem's rule). */
const shown = (v: unknown) => JSON.stringify(v).slice(0, 80);

describe('normalizeConfig: defaults', () => {
  const { config, problems } = normalizeConfig(undefined);

  it('given no config, when normalised, it should report no problem', () => {
    expect(problems).toEqual([]);
    expect(normalizeConfig(null).problems).toEqual([]);
    expect(normalizeConfig({}).problems).toEqual([]);
  });

  it('given no config, when normalised, it should have the four default categories in order', () => {
    expect(names(config)).toEqual(['necessary', 'functional', 'analytics', 'marketing']);
    expect(config.categories.map((c) => c.necessary)).toEqual([true, false, false, false]);
    for (const c of config.categories) {
      expect(c.cookies).toEqual([]);
      expect(c.storage).toEqual([]);
      expect(c.services).toEqual([]);
    }
  });

  it('given no config, when normalised, it should flag only marketing for Global Privacy Control', () => {
    expect(Object.fromEntries(config.categories.map((c) => [c.name, c.gpc]))).toEqual({
      necessary: false,
      functional: false,
      analytics: false,
      marketing: true,
    });
  });

  it('given no config, when normalised, it should use the consentry cookie for 182 days on path /', () => {
    expect(config.cookie).toEqual({ name: 'consentry', expiresAfterDays: 182, path: '/', domain: undefined });
  });

  it('given no config, when normalised, it should use the documented plain defaults', () => {
    expect(config.revision).toBe(0);
    expect(config.privacyPolicyUrl).toBe('');
    expect(config.language).toBeUndefined();
    expect(config.nonce).toBeUndefined();
    expect(config.hideFromBots).toBe(true);
    expect(config.reloadOnWithdraw).toBe(false);
    expect(config.debug).toBe(false);
    expect(config.translations).toEqual({});
    expect(config.controller).toEqual({ name: '', contact: '' });
    expect(config.transformRecord).toBeUndefined();
    expect(config.endpoint).toBeUndefined();
    expect(config.consentMode).toBeUndefined();
  });

  it('given no config, when normalised, it should use a box at the bottom right following the colour scheme', () => {
    expect(config.ui).toEqual({ layout: 'box', position: 'bottom-right', theme: 'auto', revisitButton: true, blockPage: false });
  });

  it('given necessary with gpc: true, when normalised, it should never flag necessary for GPC', () => {
    const r = normalizeConfig({ categories: { necessary: { gpc: true }, analytics: { gpc: true } } });
    expect(cat(r.config, 'necessary')!.gpc).toBe(false);
    expect(cat(r.config, 'analytics')!.gpc).toBe(true);
  });

  it('given a full valid config (design.md example), when normalised, it should report no problem and keep every value', () => {
    const input = {
      revision: 1,
      privacyPolicyUrl: '/privacy',
      language: 'nb',
      controller: { name: 'Example AS', contact: 'privacy@example.com' },
      categories: {
        necessary: {},
        functional: {},
        analytics: {
          cookies: [{ name: '/^_ga/', provider: 'Google', purpose: 'Counts visits', duration: '2 years' }],
          storage: ['/^_hj/'],
          services: { ga: 'google-analytics', hotjar: { label: 'Hotjar', cookies: ['/^_hj/'] } },
        },
        marketing: { gpc: true, cookies: [{ name: '_fbp', provider: 'Meta', purpose: 'Ads', duration: '3 months' }] },
      },
      cookie: { name: 'consentry', expiresAfterDays: 182, domain: 'example.com', path: '/' },
      endpoint: { url: '/consent', headers: {}, credentials: 'same-origin', timeoutMs: 10000, maxQueue: 1000 },
      consentMode: { mode: 'basic', waitForUpdate: 500, region: [], urlPassthrough: false, uet: false },
      nonce: 'abc',
      reloadOnWithdraw: false,
      hideFromBots: true,
      debug: false,
      ui: { layout: 'box', position: 'bottom-right', theme: 'auto', revisitButton: true, blockPage: false },
      translations: { nb: { 'banner.title': 'Vi bruker informasjonskapsler' } },
    };
    const { config: c, problems: p } = normalizeConfig(input);
    expect(p).toEqual([]);
    expect(c.revision).toBe(1);
    expect(c.language).toBe('nb');
    expect(c.nonce).toBe('abc');
    expect(c.controller).toEqual(input.controller);
    expect(c.cookie).toEqual(input.cookie);
    expect(c.endpoint).toEqual(input.endpoint);
    expect(c.consentMode).toEqual({ ...input.consentMode, map: DEFAULT_CONSENT_MODE_MAP });
    expect(c.translations).toEqual(input.translations);
    const ga = cat(c, 'analytics')!.cookies[0];
    expect(ga).toMatchObject({ name: '/^_ga/', provider: 'Google', purpose: 'Counts visits', duration: '2 years' });
    expect(matchesName(ga.match, '_ga_XYZ')).toBe(true);
    expect(svc(c, 'analytics', 'hotjar')!.label).toBe('Hotjar');
    expect(svc(c, 'analytics', 'ga')!.catalogue).toBe('google-analytics');
  });
});

/**
 * One row per config key: a wrong-typed value at `path`, what the resolved config then holds (the
 * safe default), and the words of the message after the path.
 */
interface Row {
  path: string;
  input: unknown;
  get: (c: Config) => unknown;
  want: unknown;
  says: string;
}
const A = (v: Record<string, unknown>) => ({ categories: { analytics: v } });
const cookie0 = (v: Record<string, unknown>) => A({ cookies: [{ name: '_ga', ...v }] });
const ga = (v: Record<string, unknown>) => A({ services: { ga: v } });
const withUrl = (v: Record<string, unknown>) => ({ endpoint: { url: '/consent', ...v } });
const a = (c: Config) => cat(c, 'analytics');
const gaSvc = (c: Config) => svc(c, 'analytics', 'ga');

const ROWS: Row[] = [
  // top level
  {
    path: 'revision',
    input: { revision: 'x' },
    get: (c) => c.revision,
    want: 0,
    says: 'expected a whole number from 0 to 999999999999999 (15 digits, what the consent cookie carries), got "x"; using 0',
  },
  {
    path: 'privacyPolicyUrl',
    input: { privacyPolicyUrl: 5 },
    get: (c) => c.privacyPolicyUrl,
    want: '',
    says: 'expected an http:, https: or relative URL (other schemes such as javascript: or data: are never rendered), got 5; using ""',
  },
  { path: 'language', input: { language: 5 }, get: (c) => c.language, want: undefined, says: 'expected a string, got 5; using none' },
  { path: 'nonce', input: { nonce: true }, get: (c) => c.nonce, want: undefined, says: 'expected a string, got true; using none' },
  {
    path: 'reloadOnWithdraw',
    input: { reloadOnWithdraw: 'yes' },
    get: (c) => c.reloadOnWithdraw,
    want: false,
    says: 'expected true or false, got "yes"; using false',
  },
  { path: 'hideFromBots', input: { hideFromBots: 'no' }, get: (c) => c.hideFromBots, want: true, says: 'expected true or false, got "no"; using true' },
  { path: 'debug', input: { debug: 1 }, get: (c) => c.debug, want: false, says: 'expected true or false, got 1; using false' },
  {
    path: 'transformRecord',
    input: { transformRecord: 'fn' },
    get: (c) => c.transformRecord,
    want: undefined,
    says: 'expected a function, got "fn"; using none',
  },
  {
    path: 'translations',
    input: { translations: { nb: { 'banner.title': 5 } } },
    get: (c) => c.translations,
    want: {},
    says: 'expected { "language": { "key": "text" } }, got {"nb":{"banner.title":5}}; using {}',
  },
  {
    path: 'categories',
    input: { categories: ['analytics'] },
    get: (c) => names(c),
    want: ['necessary', 'functional', 'analytics', 'marketing'],
    says: 'expected an object, got ["analytics"]; using the defaults',
  },
  // controller
  {
    path: 'controller',
    input: { controller: 'Example AS' },
    get: (c) => c.controller,
    want: { name: '', contact: '' },
    says: 'expected an object, got "Example AS"; using the defaults',
  },
  { path: 'controller.name', input: { controller: { name: 5 } }, get: (c) => c.controller.name, want: '', says: 'expected a string, got 5; using ""' },
  {
    path: 'controller.contact',
    input: { controller: { contact: [] } },
    get: (c) => c.controller.contact,
    want: '',
    says: 'expected a string, got []; using ""',
  },
  // cookie
  {
    path: 'cookie',
    input: { cookie: 'consentry' },
    get: (c) => c.cookie,
    want: { name: 'consentry', expiresAfterDays: 182, path: '/', domain: undefined },
    says: 'expected an object, got "consentry"; using the defaults',
  },
  { path: 'cookie.name', input: { cookie: { name: 5 } }, get: (c) => c.cookie.name, want: 'consentry', says: 'expected a string, got 5; using "consentry"' },
  {
    path: 'cookie.expiresAfterDays',
    input: { cookie: { expiresAfterDays: 'abc' } },
    get: (c) => c.cookie.expiresAfterDays,
    want: 182,
    says: 'expected a number above 0, got "abc"; using 182',
  },
  { path: 'cookie.domain', input: { cookie: { domain: 5 } }, get: (c) => c.cookie.domain, want: undefined, says: 'expected a string, got 5; using none' },
  { path: 'cookie.path', input: { cookie: { path: false } }, get: (c) => c.cookie.path, want: '/', says: 'expected a string, got false; using "/"' },
  // endpoint
  { path: 'endpoint', input: { endpoint: 42 }, get: (c) => c.endpoint, want: undefined, says: 'expected a URL or { "url": … }, got 42; records are not sent' },
  {
    path: 'endpoint.url',
    input: { endpoint: { url: 5 } },
    get: (c) => c.endpoint,
    want: undefined,
    says: 'expected an http:, https: or relative URL (other schemes such as javascript: or data: are never rendered), got 5; using none',
  },
  {
    path: 'endpoint.headers',
    input: withUrl({ headers: { 'X-Site': 1 } }),
    get: (c) => c.endpoint?.headers,
    want: {},
    says: 'expected an object of strings, got {"X-Site":1}; using {}',
  },
  {
    path: 'endpoint.credentials',
    input: withUrl({ credentials: 'always' }),
    get: (c) => c.endpoint?.credentials,
    want: 'same-origin',
    says: 'expected "same-origin" or "include" or "omit", got "always"; using "same-origin"',
  },
  {
    path: 'endpoint.timeoutMs',
    input: withUrl({ timeoutMs: '10s' }),
    get: (c) => c.endpoint?.timeoutMs,
    want: 10000,
    says: 'expected a number above 0, got "10s"; using 10000',
  },
  {
    path: 'endpoint.maxQueue',
    input: withUrl({ maxQueue: 0 }),
    get: (c) => c.endpoint?.maxQueue,
    want: 1000,
    says: 'expected a number above 0, got 0; using 1000',
  },
  // consentMode
  {
    path: 'consentMode',
    input: { consentMode: 'yes' },
    get: (c) => c.consentMode,
    want: undefined,
    says: 'expected true, false or an object, got "yes"; Consent Mode is off',
  },
  {
    path: 'consentMode.mode',
    input: { consentMode: { mode: 'full' } },
    get: (c) => c.consentMode?.mode,
    want: 'basic',
    says: 'expected "basic" or "advanced", got "full"; using "basic"',
  },
  {
    path: 'consentMode.waitForUpdate',
    input: { consentMode: { waitForUpdate: -5 } },
    get: (c) => c.consentMode?.waitForUpdate,
    want: 500,
    says: 'expected a whole number ≥ 0, got -5; using 500',
  },
  {
    path: 'consentMode.region',
    input: { consentMode: { region: 'NO' } },
    get: (c) => c.consentMode?.region,
    want: [],
    says: 'expected an array of strings, got "NO"; using []',
  },
  {
    path: 'consentMode.urlPassthrough',
    input: { consentMode: { urlPassthrough: 'true' } },
    get: (c) => c.consentMode?.urlPassthrough,
    want: false,
    says: 'expected true or false, got "true"; using false',
  },
  {
    path: 'consentMode.uet',
    input: { consentMode: { uet: 1 } },
    get: (c) => c.consentMode?.uet,
    want: false,
    says: 'expected true or false, got 1; using false',
  },
  {
    path: 'consentMode.map',
    input: { consentMode: { map: { stats: 'analytics_storage' } } },
    get: (c) => c.consentMode?.map,
    want: DEFAULT_CONSENT_MODE_MAP,
    says: `expected { "category": ["consent type", …] }, got {"stats":"analytics_storage"}; using ${shown(DEFAULT_CONSENT_MODE_MAP)}`,
  },
  // ui
  {
    path: 'ui',
    input: { ui: 'bar' },
    get: (c) => c.ui,
    want: { layout: 'box', position: 'bottom-right', theme: 'auto', revisitButton: true, blockPage: false },
    says: 'expected an object, got "bar"; using the defaults',
  },
  { path: 'ui.layout', input: { ui: { layout: 'modal' } }, get: (c) => c.ui.layout, want: 'box', says: 'expected "box" or "bar", got "modal"; using "box"' },
  {
    path: 'ui.position',
    input: { ui: { position: 'middle' } },
    get: (c) => c.ui.position,
    want: 'bottom-right',
    says: 'expected "bottom-right" or "bottom-left" or "top-right" or "top-left" or "bottom" or "top", got "middle"; using "bottom-right"',
  },
  {
    path: 'ui.theme',
    input: { ui: { theme: 'blue' } },
    get: (c) => c.ui.theme,
    want: 'auto',
    says: 'expected "auto" or "light" or "dark", got "blue"; using "auto"',
  },
  {
    path: 'ui.revisitButton',
    input: { ui: { revisitButton: 'no' } },
    get: (c) => c.ui.revisitButton,
    want: true,
    says: 'expected true or false, got "no"; using true',
  },
  { path: 'ui.blockPage', input: { ui: { blockPage: 1 } }, get: (c) => c.ui.blockPage, want: false, says: 'expected true or false, got 1; using false' },
  // a category
  {
    path: 'categories.analytics',
    input: A(true as never),
    get: (c) => a(c),
    want: {
      name: 'analytics',
      necessary: false,
      gpc: false,
      label: undefined,
      description: undefined,
      cookies: [],
      storage: [],
      indexedDB: [],
      hosts: [],
      services: [],
    },
    says: 'expected an object, got true; using the defaults',
  },
  { path: 'categories.analytics.label', input: A({ label: 5 }), get: (c) => a(c)?.label, want: undefined, says: 'expected a string, got 5; using none' },
  {
    path: 'categories.analytics.description',
    input: A({ description: ['x'] }),
    get: (c) => a(c)?.description,
    want: undefined,
    says: 'expected a string, got ["x"]; using none',
  },
  { path: 'categories.analytics.gpc', input: A({ gpc: 'yes' }), get: (c) => a(c)?.gpc, want: false, says: 'expected true or false, got "yes"; using false' },
  {
    path: 'categories.marketing.gpc',
    input: { categories: { marketing: { gpc: 0 } } },
    get: (c) => cat(c, 'marketing')?.gpc,
    want: true,
    says: 'expected true or false, got 0; using true',
  },
  { path: 'categories.analytics.cookies', input: A({ cookies: '_ga' }), get: (c) => a(c)?.cookies, want: [], says: 'expected an array, got "_ga"; using []' },
  {
    path: 'categories.analytics.cookies[0]',
    input: A({ cookies: [5] }),
    get: (c) => a(c)?.cookies,
    want: [],
    says: 'expected a cookie or storage name, or a /regular expression/, got 5; ignored',
  },
  {
    path: 'categories.analytics.storage',
    input: A({ storage: '_hjid' }),
    get: (c) => a(c)?.storage,
    want: [],
    says: 'expected an array, got "_hjid"; using []',
  },
  {
    path: 'categories.analytics.storage[0]',
    input: A({ storage: [{ name: '_hjid' }] }),
    get: (c) => a(c)?.storage,
    want: [],
    says: 'expected a cookie or storage name, or a /regular expression/, got {"name":"_hjid"}; ignored',
  },
  {
    path: 'categories.analytics.services',
    input: A({ services: ['ga'] }),
    get: (c) => a(c)?.services,
    want: [],
    says: 'expected an object, got ["ga"]; using the defaults',
  },
  // a cookie declaration
  {
    path: 'categories.analytics.cookies[0].name',
    input: A({ cookies: [{ name: 5, provider: 'Google' }] }),
    get: (c) => a(c)?.cookies,
    want: [],
    says: 'expected a cookie or storage name, or a /regular expression/, got 5; ignored',
  },
  {
    path: 'categories.analytics.cookies[0].provider',
    input: cookie0({ provider: 5 }),
    get: (c) => a(c)?.cookies[0]?.provider,
    want: undefined,
    says: 'expected a string, got 5; using none',
  },
  {
    path: 'categories.analytics.cookies[0].purpose',
    input: cookie0({ purpose: null }),
    get: (c) => a(c)?.cookies[0]?.purpose,
    want: undefined,
    says: 'expected a string, got null; using none',
  },
  {
    path: 'categories.analytics.cookies[0].duration',
    input: cookie0({ duration: 730 }),
    get: (c) => a(c)?.cookies[0]?.duration,
    want: undefined,
    says: 'expected a string, got 730; using none',
  },
  {
    path: 'categories.analytics.cookies[0].domain',
    input: cookie0({ domain: {} }),
    get: (c) => a(c)?.cookies[0]?.domain,
    want: undefined,
    says: 'expected a string, got {}; using none',
  },
  {
    path: 'categories.analytics.cookies[0].path',
    input: cookie0({ path: false }),
    get: (c) => a(c)?.cookies[0]?.path,
    want: undefined,
    says: 'expected a string, got false; using none',
  },
  // a service
  {
    path: 'categories.analytics.services.ga',
    input: A({ services: { ga: 5 } }),
    get: (c) => gaSvc(c),
    want: { name: 'ga', label: 'ga', provider: undefined, purpose: undefined, privacyPolicyUrl: undefined, cookies: [], storage: [], indexedDB: [], hosts: [] },
    says: 'expected a catalogue name or a service object, got 5; using {}',
  },
  {
    path: 'categories.analytics.services.ga.label',
    input: ga({ label: 5 }),
    get: (c) => gaSvc(c)?.label,
    want: 'ga',
    says: 'expected a string, got 5; using "ga"',
  },
  {
    path: 'categories.analytics.services.ga.provider',
    input: ga({ provider: 5 }),
    get: (c) => gaSvc(c)?.provider,
    want: undefined,
    says: 'expected a string, got 5; using none',
  },
  {
    path: 'categories.analytics.services.ga.purpose',
    input: ga({ purpose: true }),
    get: (c) => gaSvc(c)?.purpose,
    want: undefined,
    says: 'expected a string, got true; using none',
  },
  {
    path: 'categories.analytics.services.ga.privacyPolicyUrl',
    input: ga({ privacyPolicyUrl: {} }),
    get: (c) => gaSvc(c)?.privacyPolicyUrl,
    want: undefined,
    says: 'expected an http:, https: or relative URL (other schemes such as javascript: or data: are never rendered), got {}; using none',
  },
  {
    path: 'categories.analytics.services.ga.cookies',
    input: ga({ cookies: '_ga' }),
    get: (c) => gaSvc(c)?.cookies,
    want: [],
    says: 'expected an array, got "_ga"; using []',
  },
  {
    path: 'categories.analytics.services.ga.cookies[0]',
    input: ga({ cookies: [null] }),
    get: (c) => gaSvc(c)?.cookies,
    want: [],
    says: 'expected a cookie or storage name, or a /regular expression/, got null; ignored',
  },
  {
    path: 'categories.analytics.services.ga.cookies[0].provider',
    input: ga({ cookies: [{ name: '_ga', provider: 1 }] }),
    get: (c) => gaSvc(c)?.cookies[0]?.provider,
    want: undefined,
    says: 'expected a string, got 1; using none',
  },
  {
    path: 'categories.analytics.services.ga.storage',
    input: ga({ storage: 7 }),
    get: (c) => gaSvc(c)?.storage,
    want: [],
    says: 'expected an array, got 7; using []',
  },
  {
    path: 'categories.analytics.services.ga.storage[0]',
    input: ga({ storage: [''] }),
    get: (c) => gaSvc(c)?.storage,
    want: [],
    says: 'expected a cookie or storage name, or a /regular expression/, got ""; ignored',
  },
];

/** Every key of ConsentryConfig in types.ts (nested keys dotted; `analytics` / `ga` stand for any category / service). */
const EVERY_KEY = [
  'revision',
  'privacyPolicyUrl',
  'language',
  'controller',
  'controller.name',
  'controller.contact',
  'categories',
  'cookie',
  'cookie.name',
  'cookie.expiresAfterDays',
  'cookie.domain',
  'cookie.path',
  'endpoint',
  'endpoint.url',
  'endpoint.headers',
  'endpoint.credentials',
  'endpoint.timeoutMs',
  'endpoint.maxQueue',
  'consentMode',
  'consentMode.mode',
  'consentMode.waitForUpdate',
  'consentMode.region',
  'consentMode.urlPassthrough',
  'consentMode.uet',
  'consentMode.map',
  'nonce',
  'reloadOnWithdraw',
  'hideFromBots',
  'debug',
  'ui',
  'ui.layout',
  'ui.position',
  'ui.theme',
  'ui.revisitButton',
  'ui.blockPage',
  'translations',
  'transformRecord',
  'categories.analytics',
  'categories.analytics.label',
  'categories.analytics.description',
  'categories.analytics.cookies',
  'categories.analytics.storage',
  'categories.analytics.services',
  'categories.analytics.gpc',
  'categories.analytics.cookies[0]',
  'categories.analytics.cookies[0].name',
  'categories.analytics.cookies[0].provider',
  'categories.analytics.cookies[0].purpose',
  'categories.analytics.cookies[0].duration',
  'categories.analytics.cookies[0].domain',
  'categories.analytics.cookies[0].path',
  'categories.analytics.storage[0]',
  'categories.analytics.services.ga',
  'categories.analytics.services.ga.label',
  'categories.analytics.services.ga.provider',
  'categories.analytics.services.ga.purpose',
  'categories.analytics.services.ga.privacyPolicyUrl',
  'categories.analytics.services.ga.cookies',
  'categories.analytics.services.ga.storage',
];

describe('normalizeConfig: every wrong-typed key', () => {
  it('given the table below, when compared with types.ts, it should cover every config key', () => {
    const covered = new Set(ROWS.map((r) => r.path));
    expect(EVERY_KEY.filter((k) => !covered.has(k))).toEqual([]);
  });

  it.each(ROWS.map((r) => [r.path, r] as const))('given a wrong-typed %s, when normalised, it should report exactly it and use the safe default', (_, row) => {
    const { config, problems } = normalizeConfig(row.input);
    const mine = at(problems, row.path);
    expect(mine, JSON.stringify(problems)).toHaveLength(1);
    expect(mine[0].message).toBe(`config ${row.path}: ${row.says}`);
    expect(problems.map((p) => p.path)).toEqual([row.path]);
    expect(row.get(config)).toEqual(row.want);
  });

  it('given a wrong revision (negative, fractional, numeric string), when normalised, it should use 0', () => {
    for (const revision of [-1, 1.5, '2', NaN]) {
      const { config, problems } = normalizeConfig({ revision });
      expect(config.revision).toBe(0);
      expect(at(problems, 'revision')).toHaveLength(1);
    }
  });

  it('given a zero, negative or non-numeric lifetime, when normalised, it should use 182 days', () => {
    for (const expiresAfterDays of [0, -3, '30', null, NaN]) {
      const { config, problems } = normalizeConfig({ cookie: { expiresAfterDays } });
      expect(config.cookie.expiresAfterDays).toBe(182);
      expect(problems.map((p) => p.path)).toEqual(['cookie.expiresAfterDays']);
    }
  });

  it('given an empty string for a choice (ui.layout, ui.position, ui.theme, consentMode.mode, endpoint.credentials), when normalised, it should report it and use the default', () => {
    const r = normalizeConfig({
      ui: { layout: '', position: '', theme: '' },
      consentMode: { mode: '' },
      endpoint: { url: '/consent', credentials: '' },
    });
    expect(r.problems.map((p) => p.path).sort()).toEqual(['consentMode.mode', 'endpoint.credentials', 'ui.layout', 'ui.position', 'ui.theme']);
    expect(r.config.ui).toMatchObject({ layout: 'box', position: 'bottom-right', theme: 'auto' });
    expect(r.config.consentMode!.mode).toBe('basic');
    expect(r.config.endpoint!.credentials).toBe('same-origin');
  });

  it('given a null or an array where an object belongs (endpoint, consentMode), when normalised, it should report exactly one problem', () => {
    for (const input of [{ endpoint: null }, { endpoint: [] }, { consentMode: null }, { consentMode: [] }]) {
      const { problems, config } = normalizeConfig(input);
      expect(problems, JSON.stringify(input)).toHaveLength(1);
      expect(config.endpoint).toBeUndefined();
      expect(config.consentMode).toBeUndefined();
    }
  });

  it('given a cookie name a browser cannot store, when normalised, it should report it and use "consentry"', () => {
    for (const name of ['my cookie', 'a;b', '', 'ø', 'a=b']) {
      const { config, problems } = normalizeConfig({ cookie: { name } });
      expect(config.cookie.name).toBe('consentry');
      expect(problems).toEqual([{ path: 'cookie.name', message: `config cookie.name: ${shown(name)} is not a valid cookie name; using "consentry"` }]);
    }
    expect(normalizeConfig({ cookie: { name: 'my_consent-v2' } }).problems).toEqual([]);
  });

  it('given a cookie path that does not start with "/", when normalised, it should report it and use "/"', () => {
    const { config, problems } = normalizeConfig({ cookie: { path: 'shop' } });
    expect(config.cookie.path).toBe('/');
    expect(problems).toEqual([
      { path: 'cookie.path', message: 'config cookie.path: expected a path starting with "/" (no ";" or spaces), got "shop"; using "/"' },
    ]);
    expect(normalizeConfig({ cookie: { path: '/; Domain=evil.test' } }).config.cookie.path).toBe('/');
    expect(normalizeConfig({ cookie: { domain: 'x; Secure' } }).config.cookie.domain).toBeUndefined();
    expect(normalizeConfig({ cookie: { domain: '.example.co.uk' } }).config.cookie.domain).toBe('.example.co.uk');
    expect(normalizeConfig({ cookie: { path: '/shop' } }).config.cookie.path).toBe('/shop');
  });

  it('given expiresAfterDays: 500, when normalised, it should clamp to 395 with a problem', () => {
    const { config, problems } = normalizeConfig({ cookie: { expiresAfterDays: 500 } });
    expect(config.cookie.expiresAfterDays).toBe(395);
    expect(problems).toEqual([{ path: 'cookie.expiresAfterDays', message: 'config cookie.expiresAfterDays: 500 days is above the maximum; using 395' }]);
    expect(normalizeConfig({ cookie: { expiresAfterDays: 395 } }).problems).toEqual([]);
    expect(normalizeConfig({ cookie: { expiresAfterDays: 0.5 } }).config.cookie.expiresAfterDays).toBe(0.5);
  });

  it('given transformRecord as a function, when normalised, it should keep it; anything else is a problem', () => {
    const fn = (r: never) => r;
    expect(normalizeConfig({ transformRecord: fn }).config.transformRecord).toBe(fn);
    for (const transformRecord of ['r => r', {}, true, 1]) {
      const { config, problems } = normalizeConfig({ transformRecord });
      expect(config.transformRecord).toBeUndefined();
      expect(problems.map((p) => p.path)).toEqual(['transformRecord']);
    }
  });
});

describe('normalizeConfig: unknown options', () => {
  it.each([
    ['top level', { revison: 1 }, 'revison'],
    ['nested (cookie)', { cookie: { maxAge: 10 } }, 'cookie.maxAge'],
    ['nested (ui)', { ui: { colour: 'red' } }, 'ui.colour'],
    ['nested (endpoint)', { endpoint: { url: '/c', method: 'PUT' } }, 'endpoint.method'],
    ['nested (consentMode)', { consentMode: { ads: true } }, 'consentMode.ads'],
    ['nested (controller)', { controller: { email: 'x' } }, 'controller.email'],
    ['category', A({ enabled: true }), 'categories.analytics.enabled'],
    ['category (legitimate interest)', A({ legitimateInterest: true }), 'categories.analytics.legitimateInterest'],
    ['cookie declaration', A({ cookies: [{ name: '_ga', expires: '2y' }] }), 'categories.analytics.cookies[0].expires'],
    ['service', ga({ category: 'x' }), 'categories.analytics.services.ga.category'],
  ])('given an unknown key (%s), when normalised, it should report "unknown option" at its path', (_, input, path) => {
    const { problems } = normalizeConfig(input);
    expect(problems).toEqual([{ path, message: `config ${path}: unknown option; ignored (check the spelling against docs/configuration.md)` }]);
  });

  it('given keys named like Object.prototype members, when normalised, it should still report them as unknown options', () => {
    const input = JSON.parse('{"constructor": 1, "toString": "x", "ui": {"hasOwnProperty": true}}');
    expect(
      normalizeConfig(input)
        .problems.map((p) => p.path)
        .sort(),
    ).toEqual(['constructor', 'toString', 'ui.hasOwnProperty']);
  });
});

describe('normalizeConfig: categories', () => {
  it('given required: true on a category, when normalised, it should report it and the category stays optional', () => {
    const { config, problems } = normalizeConfig(A({ required: true }));
    expect(problems).toEqual([
      {
        path: 'categories.analytics.required',
        message: 'config categories.analytics.required: only "necessary" is always on, and consent is the only legal basis here; ignored',
      },
    ]);
    expect(cat(config, 'analytics')!.necessary).toBe(false);
  });

  it('given any config, when normalised, it should never make a category other than necessary required', () => {
    const { config } = normalizeConfig({
      categories: { security: { required: true, necessary: true }, functional: { alwaysOn: true, readOnly: true }, analytics: {} },
    });
    expect(config.categories.filter((c) => c.necessary).map((c) => c.name)).toEqual(['necessary']);
  });

  it('given renamed categories, when normalised, it should use the site list in its order with necessary first', () => {
    const { config, problems } = normalizeConfig({ categories: { statistics: {}, ads: { gpc: true }, preferences: {} } });
    expect(problems).toEqual([]);
    expect(names(config)).toEqual(['necessary', 'statistics', 'ads', 'preferences']);
    expect(config.categories.map((c) => c.gpc)).toEqual([false, false, true, false]);
  });

  it('given necessary listed last, when normalised, it should still put it first', () => {
    expect(names(normalizeConfig({ categories: { marketing: {}, necessary: { label: 'Required' } } }).config)).toEqual(['necessary', 'marketing']);
    expect(cat(normalizeConfig({ categories: { marketing: {}, necessary: { label: 'Required' } } }).config, 'necessary')!.label).toBe('Required');
  });

  it('given categories without necessary or empty, when normalised, it should keep necessary anyway', () => {
    expect(names(normalizeConfig({ categories: { analytics: {} } }).config)).toEqual(['necessary', 'analytics']);
    expect(names(normalizeConfig({ categories: {} }).config)).toEqual(['necessary']);
  });

  it('given a removed default category, when normalised, it should not be there', () => {
    const { config } = normalizeConfig({ categories: { necessary: {}, analytics: {} } });
    expect(names(config)).toEqual(['necessary', 'analytics']);
  });

  it.each(['a.b', 'Analytics.ga', '1st', '_x', 'with space', 'ø', ''])(
    'given a category named %j, when normalised, it should ignore it with a problem',
    (name) => {
      const { config, problems } = normalizeConfig({ categories: { [name]: {}, analytics: {} } });
      expect(names(config)).toEqual(['necessary', 'analytics']);
      expect(problems).toEqual([
        {
          path: `categories.${name}`,
          message: `config categories.${name}: names start with a letter and use only letters, digits, "_" and "-" (a "." separates category and service); ignored`,
        },
      ]);
    },
  );

  it.each(['google.analytics', '1ga', 'g  a', 'ga '])('given a service named %j, when normalised, it should ignore it with a problem', (name) => {
    const { config, problems } = normalizeConfig(A({ services: { [name]: 'google-analytics', hotjar: 'hotjar' } }));
    expect(cat(config, 'analytics')!.services.map((s) => s.name)).toEqual(['hotjar']);
    expect(problems.map((p) => p.path)).toEqual([`categories.analytics.services.${name}`]);
    expect(problems[0].message).toContain('names start with a letter');
  });

  it('given valid names with digits, "_" and "-", when normalised, it should accept them', () => {
    const { config, problems } = normalizeConfig({ categories: { 'A_b-2': { services: { 'x-1_Y': {} } } } });
    expect(problems).toEqual([]);
    expect(svc(config, 'A_b-2', 'x-1_Y')).toBeDefined();
  });

  it('given a service name with single spaces ("Google Ads", as vanilla-cookieconsent allows), when normalised, it should accept it', () => {
    const { config, problems } = normalizeConfig({ categories: { marketing: { services: { 'Google Ads': 'google-ads' } } } });
    expect(problems).toEqual([]);
    expect(svc(config, 'marketing', 'Google Ads')).toBeDefined();
  });
});

describe('normalizeConfig: name patterns', () => {
  it('given a plain string, when normalised, it should match that exact name only', () => {
    const { config } = normalizeConfig(A({ cookies: ['_ga'], storage: ['_hjid'] }));
    const c = cat(config, 'analytics')!;
    expect(c.cookies[0].match).toBe('_ga');
    expect(matches(c.cookies, '_ga')).toBe(true);
    expect(matches(c.cookies, '_ga_X')).toBe(false);
    expect(matches(c.cookies, 'x_ga')).toBe(false);
    expect(c.storage).toEqual(['_hjid']);
  });

  it('given a /regex/flags string, when normalised, it should compile a regular expression with the flags', () => {
    const { config, problems } = normalizeConfig(A({ cookies: ['/^_ga/', { name: '/^_HJ/i', provider: 'Hotjar' }], storage: ['/^mp_/'] }));
    expect(problems).toEqual([]);
    const c = cat(config, 'analytics')!;
    expect(c.cookies[0].match).toBeInstanceOf(RegExp);
    expect(matches(c.cookies, '_ga_ABC')).toBe(true);
    expect(matches(c.cookies, '_hjSession')).toBe(true);
    expect(matches(c.cookies, 'a_ga')).toBe(false);
    expect(c.cookies[1]).toMatchObject({ name: '/^_HJ/i', provider: 'Hotjar' });
    expect(c.storage[0]).toEqual(/^mp_/);
    // a bare string keeps its configured name for the cookie table
    expect(normalizeConfig(A({ cookies: ['_fbp'] })).config.categories[1].cookies[0]).toEqual({ name: '_fbp', match: '_fbp' });
  });

  it('given a regex with the g or y flag, when matched repeatedly, it should match every time', () => {
    const c = cat(normalizeConfig(A({ cookies: ['/^_ga/g', '/^_gid/y'] })).config, 'analytics')!;
    for (let i = 0; i < 3; i++) {
      expect(matchesName(c.cookies[0].match, '_ga')).toBe(true);
      expect(matchesName(c.cookies[1].match, '_gid')).toBe(true);
    }
  });

  it.each(['/[/', '/(/', '/a/gg', '/a/q', ''])('given the invalid pattern %j, when normalised, it should leave it out with a problem', (p) => {
    const { config, problems } = normalizeConfig(A({ cookies: ['_keep', p], storage: [p] }));
    // A string that only looks like /.../ with unknown (non-lowercase) flags is an exact name, not a pattern.
    expect(cat(config, 'analytics')!.cookies.map((r) => r.match)).toEqual(['_keep']);
    expect(cat(config, 'analytics')!.storage).toEqual([]);
    expect(problems).toEqual([
      {
        path: 'categories.analytics.cookies[1]',
        message: `config categories.analytics.cookies[1]: expected a cookie or storage name, or a /regular expression/, got ${shown(p)}; ignored`,
      },
      {
        path: 'categories.analytics.storage[0]',
        message: `config categories.analytics.storage[0]: expected a cookie or storage name, or a /regular expression/, got ${shown(p)}; ignored`,
      },
    ]);
  });

  it('given bad items among good ones, when normalised, it should keep the good ones in order', () => {
    const { config, problems } = normalizeConfig(A({ cookies: ['_a', 7, '/^_b/', { provider: 'x' }, '_c'] }));
    expect(cat(config, 'analytics')!.cookies.map((r) => String(r.match))).toEqual(['_a', '/^_b/', '_c']);
    expect(problems.map((p) => p.path)).toEqual(['categories.analytics.cookies[1]', 'categories.analytics.cookies[3].name']);
  });
});

describe('normalizeConfig: services and the catalogue', () => {
  it('given "ga": "google-analytics", when normalised, it should get the catalogue cookie patterns', () => {
    const { config, problems } = normalizeConfig(A({ services: { ga: 'google-analytics' } }));
    expect(problems).toEqual([]);
    const s = svc(config, 'analytics', 'ga')!;
    expect(s).toMatchObject({ name: 'ga', label: 'ga', catalogue: 'google-analytics' });
    for (const name of ['_ga', '_ga_ABC123', '_gid', '_gat', '_gat_UA-1', '_dc_gtm_UA-1']) expect(matches(s.cookies, name), name).toBe(true);
    for (const name of ['_gax', 'ga', '_fbp', '__ga']) expect(matches(s.cookies, name), name).toBe(false);
  });

  it.each(Object.keys(SERVICE_PATTERNS))('given the catalogue name %s, when normalised, it should resolve without a problem', (name) => {
    const { config, problems } = normalizeConfig(A({ services: { s: name } }));
    expect(problems).toEqual([]);
    const s = svc(config, 'analytics', 's')!;
    expect(s.catalogue).toBe(name);
    const [cookies, storage = ''] = SERVICE_PATTERNS[name];
    expect(s.cookies).toHaveLength(cookies.split(' ').filter(Boolean).length);
    expect(s.storage).toHaveLength(storage.split(' ').filter(Boolean).length);
  });

  it('given catalogue services with storage patterns, when normalised, it should match their keys', () => {
    const { config } = normalizeConfig(A({ services: { hj: 'hotjar', pk: 'matomo', tt: 'tiktok-pixel', fb: 'meta-pixel' } }));
    expect(svc(config, 'analytics', 'hj')!.storage.some((m) => matchesName(m, '_hjSessionUser_1'))).toBe(true);
    expect(svc(config, 'analytics', 'pk')!.storage.some((m) => matchesName(m, 'matomo_sessid'))).toBe(true);
    expect(matches(svc(config, 'analytics', 'pk')!.cookies, 'MATOMO_SESSID')).toBe(true);
    expect(matches(svc(config, 'analytics', 'tt')!.cookies, '_tt_enable_cookie')).toBe(true);
    expect(matches(svc(config, 'analytics', 'fb')!.cookies, '_fbp')).toBe(true);
  });

  it('given an unknown catalogue name, when normalised, it should keep the service without patterns and report it', () => {
    const { config, problems } = normalizeConfig(A({ services: { ga: 'google-analytic' } }));
    expect(svc(config, 'analytics', 'ga')).toMatchObject({ name: 'ga', cookies: [], storage: [] });
    expect(svc(config, 'analytics', 'ga')!.catalogue).toBeUndefined();
    expect(problems).toEqual([
      {
        path: 'categories.analytics.services.ga',
        message:
          'config categories.analytics.services.ga: unknown catalogue service "google-analytic"; it gets no cookie patterns (see docs/configuration.md for the catalogue)',
      },
    ]);
  });

  it('given a catalogue name that is an Object.prototype member ("constructor", "toString", "__proto__"), when normalised, it should report an unknown catalogue service', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { config, problems } = normalizeConfig(A({ services: { ga: name } }));
      expect(
        problems.map((p) => p.path),
        name,
      ).toEqual(['categories.analytics.services.ga']);
      expect(svc(config, 'analytics', 'ga')!.catalogue, name).toBeUndefined();
    }
  });

  it('given a service object, when normalised, it should default its label to the key and read its cookies', () => {
    const { config, problems } = normalizeConfig(
      A({ services: { hotjar: { cookies: ['/^_hj/', { name: '_hjid', duration: '1 year' }], storage: ['/^_hj/'] } } }),
    );
    expect(problems).toEqual([]);
    const s = svc(config, 'analytics', 'hotjar')!;
    expect(s.label).toBe('hotjar');
    expect(matches(s.cookies, '_hjSession_1')).toBe(true);
    expect(s.cookies[1]).toMatchObject({ name: '_hjid', duration: '1 year' });
    expect(s.storage.some((m) => matchesName(m, '_hjLocal'))).toBe(true);
  });
});

describe('normalizeConfig: endpoint, consentMode, ui', () => {
  it('given endpoint as a string, when normalised, it should be the url with default options', () => {
    const { config, problems } = normalizeConfig({ endpoint: 'https://example.com/consent' });
    expect(problems).toEqual([]);
    expect(config.endpoint).toEqual({ url: 'https://example.com/consent', headers: {}, credentials: 'same-origin', timeoutMs: 10000, maxQueue: 1000 });
  });

  it('given endpoint as an object, when normalised, it should keep its options', () => {
    const endpoint = { url: '/consent', headers: { 'X-Site': 'a' }, credentials: 'include', timeoutMs: 5000, maxQueue: 50 };
    const { config, problems } = normalizeConfig({ endpoint });
    expect(problems).toEqual([]);
    expect(config.endpoint).toEqual(endpoint);
  });

  it.each([[''], [{}], [{ headers: {} }], [{ url: '' }]])(
    'given the bad endpoint %j, when normalised, it should have no endpoint and a problem at endpoint',
    (endpoint) => {
      const { config, problems } = normalizeConfig({ endpoint });
      expect(config.endpoint).toBeUndefined();
      expect(problems).toEqual([
        { path: 'endpoint', message: `config endpoint: expected a URL or { "url": … }, got ${shown(endpoint)}; records are not sent` },
      ]);
    },
  );

  it('given consentMode: true, when normalised, it should use the Consent Mode defaults', () => {
    const { config, problems } = normalizeConfig({ consentMode: true });
    expect(problems).toEqual([]);
    expect(config.consentMode).toEqual({ mode: 'basic', waitForUpdate: 500, region: [], urlPassthrough: false, uet: false, map: DEFAULT_CONSENT_MODE_MAP });
  });

  it('given consentMode false or absent, when normalised, it should be off without a problem', () => {
    expect(normalizeConfig({ consentMode: false })).toMatchObject({ problems: [] });
    expect(normalizeConfig({ consentMode: false }).config.consentMode).toBeUndefined();
    expect(normalizeConfig({}).config.consentMode).toBeUndefined();
  });

  it('given consentMode as an object, when normalised, it should fill the rest with defaults', () => {
    const map = { stats: ['analytics_storage'], ads: ['ad_storage', 'ad_user_data'] };
    const { config, problems } = normalizeConfig({ consentMode: { mode: 'advanced', region: ['NO', 'SE'], map } });
    expect(problems).toEqual([]);
    expect(config.consentMode).toEqual({ mode: 'advanced', waitForUpdate: 500, region: ['NO', 'SE'], urlPassthrough: false, uet: false, map });
    expect(normalizeConfig({ consentMode: {} }).config.consentMode).toMatchObject({ mode: 'basic' });
  });

  it('given consentMode of a wrong type (5, "basic", ["basic"]), when normalised, it should be off with one problem', () => {
    for (const consentMode of [5, 'basic', ['basic']]) {
      const { config, problems } = normalizeConfig({ consentMode });
      expect(config.consentMode).toBeUndefined();
      expect(problems).toEqual([
        { path: 'consentMode', message: `config consentMode: expected true, false or an object, got ${shown(consentMode)}; Consent Mode is off` },
      ]);
    }
  });

  it.each([
    ['bar', 'bottom-right', 'bottom'],
    ['bar', 'bottom-left', 'bottom'],
    ['bar', 'top-right', 'top'],
    ['bar', 'top-left', 'top'],
    ['bar', 'top', 'top'],
    ['bar', 'bottom', 'bottom'],
    ['bar', undefined, 'bottom'],
    ['box', 'top', 'top-right'],
    ['box', 'bottom', 'bottom-right'],
    ['box', 'top-left', 'top-left'],
    ['box', 'bottom-left', 'bottom-left'],
  ])('given layout %s and position %s, when normalised, it should place it at %s', (layout, position, want) => {
    const { config, problems } = normalizeConfig({ ui: { layout, position } });
    expect(problems).toEqual([]);
    expect(config.ui.position).toBe(want);
  });
});

describe('normalizeConfig: bad roots and never throwing', () => {
  it.each([
    ['a string', 'consentry'],
    ['an array', [{ revision: 1 }]],
    ['a number', 42],
    ['a boolean', true],
  ])('given %s as config, when normalised, it should use the defaults with one problem', (_, input) => {
    const { config, problems } = normalizeConfig(input);
    expect(config).toEqual(normalizeConfig(undefined).config);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('');
    expect(problems[0].message).toBe(`config: expected an object, got ${shown(input)}; using the defaults`);
  });

  it('given a config object from JavaScript with a circular value, when normalised, it should not throw', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => normalizeConfig({ revision: loop, categories: { analytics: { label: loop } } })).not.toThrow();
  });

  it('given a BigInt or a symbol in a JavaScript config, when normalised, it should not throw', () => {
    expect(() => normalizeConfig({ revision: BigInt(1) })).not.toThrow();
    expect(() => normalizeConfig({ language: Symbol('nb') })).not.toThrow();
  });

  it('given an object without a prototype, when normalised, it should read it', () => {
    const input = Object.assign(Object.create(null), { revision: 2, cookie: Object.assign(Object.create(null), { name: 'c' }) });
    const { config, problems } = normalizeConfig(input);
    expect(problems).toEqual([]);
    expect(config.revision).toBe(2);
    expect(config.cookie.name).toBe('c');
  });

  // Seeded so a failure can be replayed.
  function random(seed: number) {
    return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  }
  const rnd = random(20260131);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const JUNK: unknown[] = [
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e9,
    '',
    ' ',
    'x',
    '/[/',
    '/^_ga/',
    'a.b',
    'google-analytics',
    [],
    [null],
    [''],
    {},
    { url: 5 },
    [[]],
    { '': 1 },
  ];
  function junk(depth: number): unknown {
    const r = rnd();
    if (depth > 3 || r < 0.5) return structuredClone(pick(JUNK));
    if (r < 0.75) return Array.from({ length: Math.floor(rnd() * 4) }, () => junk(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = Math.floor(rnd() * 4); i > 0; i--)
      o[pick(['name', 'url', 'cookies', 'services', 'ga', 'x', 'label', 'analytics', 'required'])] = junk(depth + 1);
    return o;
  }
  /** The design.md config with the value at one random path replaced by junk. */
  function mutate(): unknown {
    const base = JSON.parse(
      JSON.stringify({
        revision: 1,
        controller: { name: 'A', contact: 'b' },
        categories: {
          necessary: {},
          analytics: {
            cookies: [{ name: '/^_ga/', provider: 'G' }, '_gid'],
            storage: ['/^_hj/'],
            services: { ga: 'google-analytics', hotjar: { label: 'Hotjar', cookies: ['/^_hj/'], storage: ['x'] } },
          },
          marketing: { gpc: true },
        },
        cookie: { name: 'consentry', expiresAfterDays: 182, domain: 'example.com', path: '/' },
        endpoint: { url: '/consent', headers: {}, credentials: 'same-origin', timeoutMs: 10000, maxQueue: 1000 },
        consentMode: { mode: 'basic', waitForUpdate: 500, region: [], map: { analytics: ['analytics_storage'] } },
        ui: { layout: 'bar', position: 'top', theme: 'auto', revisitButton: true, blockPage: false },
        translations: { nb: { 'banner.title': 'Hei' } },
      }),
    );
    for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
      let node = base;
      for (;;) {
        const keys = Object.keys(node);
        if (!keys.length) break;
        const k = pick(keys);
        if (node[k] && typeof node[k] == 'object' && rnd() < 0.6) node = node[k];
        else {
          node[k] = junk(0);
          break;
        }
      }
    }
    return base;
  }

  it('given a few hundred random JSON-like configs, when normalised, it should never throw and always resolve safely', () => {
    const inputs = [...Array.from({ length: 150 }, () => junk(0)), ...Array.from({ length: 250 }, mutate)];
    for (const input of inputs) {
      let r: ReturnType<typeof normalizeConfig> | undefined;
      expect(() => (r = normalizeConfig(input)), JSON.stringify(input)).not.toThrow();
      const { config, problems } = r!;
      expect(config.categories[0]).toMatchObject({ name: 'necessary', necessary: true, gpc: false });
      expect(config.categories.slice(1).every((c) => !c.necessary)).toBe(true);
      expect(config.cookie.expiresAfterDays).toBeGreaterThan(0);
      expect(config.cookie.expiresAfterDays).toBeLessThanOrEqual(395);
      expect(config.cookie.path.startsWith('/')).toBe(true);
      expect(typeof config.cookie.name).toBe('string');
      expect(typeof config.revision).toBe('number');
      if (config.endpoint) expect(typeof config.endpoint.url).toBe('string');
      for (const p of problems) {
        expect(typeof p.path).toBe('string');
        expect(p.message.startsWith(`config${p.path && ' ' + p.path}: `)).toBe(true);
      }
    }
  });
});

describe('docs/configuration.md', () => {
  const read = () => readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../docs/configuration.md'), 'utf8');

  it('given the catalogue, when the docs are read, they should list every catalogue name with its patterns', () => {
    const doc = read();
    for (const [name, [cookies, storage = '']] of Object.entries(SERVICE_PATTERNS)) {
      expect(doc, name).toContain(`\`${name}\``);
      // inside a Markdown table a "|" is written "\|"
      for (const p of `${cookies} ${storage}`.split(' ').filter(Boolean))
        expect(doc.includes(`\`${p}\``) || doc.includes(`\`${p.replace(/\|/g, '\\|')}\``), `${name} ${p}`).toBe(true);
    }
  });

  it('given every config key, when the docs are read, they should document it', () => {
    const doc = read();
    const generic = (k: string) => k.replace('categories.analytics', 'categories.<category>').replace('services.ga', 'services.<service>').replace('[0]', '[]');
    for (const k of EVERY_KEY) expect(doc, k).toContain(`\`${generic(k)}\``);
  });
});
