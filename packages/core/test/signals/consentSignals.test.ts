import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCoreConfig } from '../../src/model/config/readCoreConfig';
import { decide } from '../../src/model/consent/decide';
import { createEngine } from '../../src/engine/createEngine';
import { CONSENT_TYPES, consentSignals } from '../../src/model/consentSignals';
import { startSignals } from '../../src/dom/startSignals';
import { createTestEnv, deleteDatabase, settle } from '../support/createTestEnv';

const config = (input: unknown = { consentMode: true }) => readCoreConfig(input)[0];
const granted = (s: Record<string, string>) =>
  Object.keys(s)
    .filter((t) => s[t] == 'granted')
    .sort();
const AD = ['ad_personalization', 'ad_storage', 'ad_user_data'];

describe('consentSignals (the Consent Mode v2 map)', () => {
  it('should know the seven Consent Mode v2 types', () => {
    expect([...CONSENT_TYPES].sort()).toEqual([...AD, 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'].sort());
  });

  it('given no decision, should deny everything but security_storage (the default command)', () => {
    const s = consentSignals(config());
    expect(Object.keys(s).sort()).toEqual([...CONSENT_TYPES].sort());
    expect(granted(s)).toEqual(['security_storage']);
  });

  it('given only analytics, should grant analytics_storage (and security_storage) only', () => {
    const s = consentSignals(config(), { necessary: true, functional: false, analytics: true, marketing: false });
    expect(granted(s)).toEqual(['analytics_storage', 'security_storage']);
  });

  it('given only marketing, should grant exactly the three ad types (and security_storage)', () => {
    expect(granted(consentSignals(config(), { necessary: true, marketing: true }))).toEqual([...AD, 'security_storage']);
  });

  it('given functional, should grant functionality_storage and personalization_storage', () => {
    expect(granted(consentSignals(config(), { functional: true }))).toEqual(['functionality_storage', 'personalization_storage', 'security_storage']);
  });

  it('given everything, should grant all seven; given all off, only security_storage', () => {
    const all = { necessary: true, functional: true, analytics: true, marketing: true };
    expect(granted(consentSignals(config(), all))).toEqual([...CONSENT_TYPES].sort());
    expect(granted(consentSignals(config(), { necessary: true, functional: false, analytics: false, marketing: false }))).toEqual(['security_storage']);
  });

  it('given renamed categories with their own map, should map by that map, always complete', () => {
    const c = config({
      categories: { stats: {}, ads: {} },
      consentMode: { map: { necessary: ['security_storage'], stats: ['analytics_storage'], ads: ['ad_storage', 'ad_user_data', 'ad_personalization'] } },
    });
    const s = consentSignals(c, { necessary: true, stats: true, ads: false });
    expect(Object.keys(s).sort()).toEqual([...CONSENT_TYPES].sort());
    expect(granted(s)).toEqual(['analytics_storage', 'security_storage']);
    expect(granted(consentSignals(c, { necessary: true, stats: false, ads: true }))).toEqual([...AD, 'security_storage']);
  });

  it('given renamed categories without a map, should grant nothing they stand for (the unmapped warning says so)', () => {
    const c = config({ categories: { stats: {}, ads: {} }, consentMode: true });
    expect(granted(consentSignals(c, { necessary: true, stats: true, ads: true }))).toEqual(['security_storage']);
  });

  it('given two categories mapping the same type, should grant it when either is on', () => {
    const c = config({ categories: { a: {}, b: {} }, consentMode: { map: { a: ['ad_storage'], b: ['ad_storage'] } } });
    expect(consentSignals(c, { a: false, b: true }).ad_storage).toBe('granted');
    expect(consentSignals(c, { a: true, b: false }).ad_storage).toBe('granted');
  });
});

describe('Global Privacy Control in decide()', () => {
  const c = config({});
  it('given GPC, Accept all should leave the gpc-flagged category (marketing) and its services off and grant the rest', () => {
    const cm = readCoreConfig({ categories: { analytics: {}, marketing: { services: { ads: {} } } } })[0];
    const d = decide(cm, 'accept_all', null, {}, true);
    expect(d.categories).toEqual({ analytics: true, marketing: false });
    expect(d.services.marketing).toEqual({ ads: false });
  });

  it('given GPC, switching marketing on individually should grant it; GPC never grants by itself', () => {
    expect(decide(c, 'custom', null, { marketing: true }, true).categories.marketing).toBe(true);
    expect(decide(c, 'custom', null, { analytics: true }, true).categories.marketing).toBe(false);
    expect(Object.values(decide(c, 'reject_all', null, {}, true).categories).every((v) => !v)).toBe(true);
  });

  it('given GPC and marketing switched on by the visitor, Accept all should keep it on (never revoke)', () => {
    const before = decide(c, 'custom', null, { marketing: true }, true);
    expect(decide(c, 'accept_all', before, {}, true).categories).toEqual({ functional: true, analytics: true, marketing: true });
  });

  it('given no GPC, Accept all should grant marketing too', () => {
    expect(decide(c, 'accept_all', null, {}, false).categories.marketing).toBe(true);
  });
});

describe('startSignals (unit, happy-dom)', () => {
  type W = { dataLayer?: unknown[]; gtag?: unknown; uetq?: unknown[] };
  const w = window as unknown as W;
  const dl = () =>
    (w.dataLayer || []).map((e) => (Array.isArray(e) ? ['ARRAY', ...e] : typeof e == 'object' && e && 'length' in e ? Array.from(e as ArrayLike<unknown>) : e));
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(async () => {
    await deleteDatabase();
    delete w.dataLayer;
    delete w.gtag;
    delete w.uetq;
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('given no consentMode, should touch neither dataLayer nor gtag', () => {
    startSignals(createEngine({}, createTestEnv()));
    expect(w.dataLayer).toBeUndefined();
    expect(w.gtag).toBeUndefined();
  });

  it('should push the default (as arguments objects) and ads_data_redaction, then one update per decision and none for a no-op', async () => {
    const engine = createEngine({ consentMode: { waitForUpdate: 700, region: ['NO', 'SE'], uet: true } }, createTestEnv());
    startSignals(engine);
    expect(typeof w.gtag).toBe('function');
    expect(w.dataLayer!.every((e) => !Array.isArray(e))).toBe(true);
    expect(dl()).toEqual([
      ['consent', 'default', { ...consentSignals(engine.config), wait_for_update: 700, region: ['NO', 'SE'] }],
      ['set', 'ads_data_redaction', true],
    ]);
    expect(w.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    await engine.api.setConsent({ analytics: true });
    await engine.api.setConsent({ analytics: true });
    const updates = dl().filter((e) => Array.isArray(e) && e[1] == 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toEqual(['consent', 'update', consentSignals(engine.config, { analytics: true })]);
    expect(dl().at(-1)).toEqual({
      event: 'consentry_consent',
      consent: {
        categories: { necessary: true, functional: false, analytics: true, marketing: false },
        services: { necessary: {}, functional: {}, analytics: {}, marketing: {} },
      },
    });
    expect(w.uetq!.slice(3)).toEqual(['consent', 'update', { ad_storage: 'denied' }]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('given a stored decision, should push the default then exactly one complete update at once', async () => {
    const env = createTestEnv();
    await createEngine({}, env).api.acceptAll();
    const engine = createEngine({ consentMode: true }, createTestEnv({ jar: env.jar, now: env.clock.now }));
    startSignals(engine);
    const commands = dl().filter((e) => Array.isArray(e) && e[0] == 'consent');
    expect(commands.map((e) => (e as unknown[])[1])).toEqual(['default', 'update']);
    expect(granted((commands[1] as [string, string, Record<string, string>])[2])).toEqual([...CONSENT_TYPES].sort());
    expect(dl()).toContainEqual(['set', 'ads_data_redaction', false]);
  });

  it('given a page that broke dataLayer, should neither throw nor stop the decision', async () => {
    w.dataLayer = Object.freeze([]) as unknown as unknown[];
    const engine = createEngine({ consentMode: true }, createTestEnv());
    expect(() => startSignals(engine)).not.toThrow();
    await engine.api.acceptAll();
    expect(engine.api.getConsent()!.categories.marketing).toBe(true);
    // Google tags get no default from it: the setup check (with the decision's code) says so, once.
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    await settle(50);
    expect(warn.mock.calls.map((c: unknown[]) => c.join(' '))).toEqual([
      expect.stringMatching(/window\.dataLayer does not hold the Consent Mode default.*takes no pushes/),
    ]);
  });

  it('given a script that replaced dataLayer after Consentry, the setup check should warn that Google tags miss the default', async () => {
    const engine = createEngine({ consentMode: true }, createTestEnv());
    startSignals(engine);
    w.dataLayer = [{ pageType: 'shop' }];
    await engine.api.rejectAll();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    await settle(50);
    expect(warn.mock.calls.map((c: unknown[]) => c.join(' '))).toEqual([expect.stringMatching(/a script replaced it after Consentry/)]);
  });

  it('given a dataLayer that keeps the default, the setup check should not warn', async () => {
    const engine = createEngine({ consentMode: true }, createTestEnv());
    startSignals(engine);
    await engine.api.acceptAll();
    await settle(300);
    expect(warn).not.toHaveBeenCalled();
  });

  it('given a gtag snippet that ran before, should warn once by code', async () => {
    w.dataLayer = [];
    (function gtag(..._: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer!.push(arguments);
    })('js', new Date());
    startSignals(createEngine({ consentMode: true }, createTestEnv()));
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    await settle(50);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0].join(' '))).toMatch(/a Google tag snippet ran before Consentry/);
  });

  it('given UET consent and bat.js replacing uetq with its own object, should push later updates to that object', async () => {
    const engine = createEngine({ consentMode: { uet: true } }, createTestEnv());
    startSignals(engine);
    // What bat.js does once loaded: takes the queue, then window.uetq = new UET(o), whose push takes the rest.
    const taken: unknown[][] = [];
    const queued = w.uetq!;
    w.uetq = { push: (...args: unknown[]) => taken.push(args) } as unknown as unknown[];
    await engine.api.acceptAll();
    await engine.api.setConsent({ marketing: false });
    expect(queued).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    expect(taken).toEqual([
      ['consent', 'update', { ad_storage: 'granted' }],
      ['consent', 'update', { ad_storage: 'denied' }],
    ]);
  });

  describe('given page globals that throw or refuse writes', () => {
    const names = ['dataLayer', 'gtag', 'uetq'];
    afterEach(async () => {
      // The setup check that came with the decision runs once the page is idle: let it, before the globals go.
      await settle(200);
      for (const n of names) delete (window as unknown as Record<string, unknown>)[n];
    });
    const define = (name: string, d: PropertyDescriptor) => Object.defineProperty(window, name, { configurable: true, ...d });
    const boom = () => {
      throw new Error('hostile');
    };

    it('a gtag getter that throws: should not throw, and the default should still reach dataLayer', async () => {
      define('gtag', { get: boom });
      const engine = createEngine({ consentMode: true }, createTestEnv());
      expect(() => startSignals(engine)).not.toThrow();
      expect(dl()[0]).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied', security_storage: 'granted' })]);
      await engine.api.acceptAll();
      expect(dl()).toContainEqual(['consent', 'update', consentSignals(engine.config, engine.api.getConsent()!.categories)]);
    });

    it('a frozen uetq: should not throw, and dataLayer should still get the default and each update', async () => {
      define('uetq', { value: Object.freeze([]), writable: true });
      const engine = createEngine({ consentMode: { uet: true } }, createTestEnv());
      expect(() => startSignals(engine)).not.toThrow();
      await engine.api.acceptAll();
      expect(
        dl()
          .filter((e) => Array.isArray(e) && e[0] == 'consent')
          .map((e) => (e as unknown[])[1]),
      ).toEqual(['default', 'update']);
    });

    it('a dataLayer getter that throws: should not throw, gtag should be defined, and UET should still get its signals', async () => {
      define('dataLayer', { get: boom });
      const engine = createEngine({ consentMode: { uet: true } }, createTestEnv());
      expect(() => startSignals(engine)).not.toThrow();
      expect(typeof w.gtag).toBe('function');
      expect(() => (w.gtag as (...a: unknown[]) => void)('event', 'x')).not.toThrow();
      await engine.api.acceptAll();
      expect(w.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }]);
      expect(engine.api.isAllowed('marketing')).toBe(true);
    });
  });

  it('given a plain data-layer declaration before (no commands, no events), should not warn', async () => {
    w.dataLayer = [{ pageType: 'shop' }];
    startSignals(createEngine({ consentMode: true }, createTestEnv()));
    await settle(200);
    expect(warn).not.toHaveBeenCalled();
  });
});
