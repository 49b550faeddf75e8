import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, deleteDatabase, settle } from '../support/createTestEnv';

const start = (config: unknown = {}, env = createTestEnv()) => ({ env, engine: createEngine(config, env), api: createEngine });
const DAY = 864e5;

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  await deleteDatabase();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('given a first visit', () => {
  it('should have no decision and allow only necessary', async () => {
    const { engine, env } = start();
    const c = engine.api;
    expect(c.getConsent()).toBeNull();
    expect(c.isAllowed('necessary')).toBe(true);
    expect(c.isAllowed('analytics')).toBe(false);
    expect(c.isAllowed('marketing.youtube')).toBe(false);
    await settle(10);
    expect(env.jar.writes).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('consentry');
  });

  it('when accepting all, it should allow every category and store the decision in the cookie', async () => {
    const { engine, env } = start({ categories: { analytics: { services: { ga: 'google-analytics' } }, marketing: {} } });
    await engine.api.acceptAll();
    const consent = engine.api.getConsent()!;
    expect(consent.method).toBe('accept_all');
    expect(consent.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(consent.services).toEqual({ necessary: {}, analytics: { ga: true }, marketing: {} });
    expect(consent.consentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(consent.timestamp).toBe(new Date(env.clock.now).toISOString());
    expect(consent.expires).toBe(new Date(env.clock.now + 182 * DAY).toISOString());
    expect(env.jar.cookies.get('consentry')!.value).toMatch(/^2:/);
    expect(engine.api.isAllowed('analytics.ga')).toBe(true);
  });

  it('when accepting all, it should read the cookies once, and tell other tabs only after applying the decision here (issue 15: each read is a synchronous round trip to the browser)', async () => {
    const env = createTestEnv();
    const { engine } = start({}, env);
    await engine.api.rejectAll(); // loads the decision code, so only the decision is counted below
    const order: string[] = [];
    const read = env.readCookies;
    env.readCookies = () => (order.push('read'), read());
    env.broadcast = () => order.push('broadcast');
    engine.onApply(() => order.push('applied'));
    await engine.api.acceptAll();
    expect(order).toEqual(['read', 'applied', 'broadcast']);
  });

  it('when rejecting all, it should allow only necessary and remember the refusal', async () => {
    const { engine, env } = start();
    await engine.api.rejectAll();
    expect(engine.api.getConsent()!.categories).toEqual({ necessary: true, functional: false, analytics: false, marketing: false });
    expect(engine.api.getConsent()!.method).toBe('reject_all');
    const again = start({}, createTestEnv({ jar: env.jar, now: env.clock.now }));
    expect(again.engine.api.getConsent()!.method).toBe('reject_all');
  });

  it('when setting a custom choice, it should set the named categories and keep the rest off', async () => {
    const { engine } = start({ categories: { analytics: {}, marketing: { services: { youtube: {}, vimeo: {} } } } });
    await engine.api.setConsent({ analytics: true, marketing: { youtube: true } });
    const c = engine.api.getConsent()!;
    expect(c.method).toBe('custom');
    expect(c.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(c.services.marketing).toEqual({ youtube: true, vimeo: false });
    expect(engine.api.isAllowed('marketing')).toBe(true);
    expect(engine.api.isAllowed('marketing.vimeo')).toBe(false);
  });
});

describe('given an earlier decision', () => {
  it('when turning off something that was on, it should record a withdrawal', async () => {
    const { engine } = start();
    await engine.api.acceptAll();
    await engine.api.setConsent({ analytics: false });
    expect(engine.api.getConsent()!.method).toBe('withdraw');
    expect(engine.api.getConsent()!.categories.analytics).toBe(false);
    expect(engine.api.getConsent()!.categories.marketing).toBe(true);
    await engine.api.setConsent({ analytics: true });
    expect(engine.api.getConsent()!.method).toBe('custom');
    await engine.api.rejectAll();
    expect(engine.api.getConsent()!.method).toBe('withdraw');
  });

  it('when the config revision is raised, it should ask again but keep the consent id', async () => {
    const first = start({ revision: 1 });
    await first.engine.api.acceptAll();
    const id = first.engine.api.getConsent()!.consentId;
    const next = start({ revision: 2 }, createTestEnv({ jar: first.env.jar }));
    expect(next.engine.api.getConsent()).toBeNull();
    expect(next.engine.api.isAllowed('analytics')).toBe(false);
    const consent = vi.fn();
    next.engine.api.on('consent', consent);
    await next.engine.api.acceptAll();
    expect(next.engine.api.getConsent()!.consentId).toBe(id);
    expect(next.engine.api.getConsent()!.revision).toBe(2);
    expect(consent).toHaveBeenCalledOnce();
  });

  it('when its time has run out, it should count as none even if the cookie is still there', async () => {
    const first = start({ cookie: { expiresAfterDays: 30 } });
    await first.engine.api.acceptAll();
    // The cookie outlives the consent: expiry is enforced from the stored decision time.
    const env = createTestEnv({ jar: first.env.jar, now: first.env.clock.now + 31 * DAY });
    const c = env.jar.cookies.get('consentry')!;
    c.expiresAt = Infinity;
    const later = start({ cookie: { expiresAfterDays: 30 } }, env);
    expect(later.engine.api.getConsent()).toBeNull();
    // Deciding again after expiry is a decision made while there was none.
    const consent = vi.fn();
    const change = vi.fn();
    later.engine.api.on('consent', consent);
    later.engine.api.on('change', change);
    await later.engine.api.acceptAll();
    expect(consent).toHaveBeenCalledOnce();
    expect(change).not.toHaveBeenCalled();
    const ok = start({ cookie: { expiresAfterDays: 30 } }, createTestEnv({ jar: first.env.jar, now: later.env.clock.now + 29 * DAY }));
    expect(ok.engine.api.getConsent()!.categories.analytics).toBe(true);
  });

  it('when the stored cookie is in the older format 1, it should still be read', async () => {
    const env = createTestEnv();
    env.jar.cookies.set('consentry', {
      name: 'consentry',
      value: `1:11111111-2222-4333-8444-555555555555:0:${(env.clock.now - DAY).toString(36)}:analytics`,
      attributes: {},
      expiresAt: Infinity,
    });
    const { engine } = start({}, env);
    expect(engine.api.getConsent()!.consentId).toBe('11111111-2222-4333-8444-555555555555');
    expect(engine.api.getConsent()!.categories).toEqual({ necessary: true, functional: false, analytics: true, marketing: false });
  });

  it.each(['garbage', '2:short:0:x:a::', '2:11111111-2222:1:zz:q:a=1:', 'eyJjYXRlZ29yaWVzIjpbXX0=', '%E0%A4%A:1', '{"categories":["analytics"]}'])(
    'when the cookie holds a corrupt or foreign value (%s), it should count as none with one warning',
    async (value) => {
      const env = createTestEnv();
      env.jar.cookies.set('consentry', { name: 'consentry', value, attributes: {}, expiresAt: Infinity });
      const { engine } = start({}, env);
      expect(engine.api.getConsent()).toBeNull();
      // The words load with the diagnostics chunk.
      const cookieWarnings = () => warn.mock.calls.filter((c: unknown[]) => c[0] == '[consentry]' && /"consentry" cookie/.test(String(c[1])));
      await vi.waitFor(() => expect(cookieWarnings()).toHaveLength(1), { timeout: 3000 });
      await settle(50);
      expect(cookieWarnings()).toHaveLength(1);
      expect(env.jar.writes).toEqual([]);
    },
  );
});

describe('the consent cookie', () => {
  it('should be SameSite=Lax, Path=/, not Secure on http, and live as long as the consent', async () => {
    const { engine, env } = start();
    await engine.api.acceptAll();
    const c = env.jar.cookies.get('consentry')!;
    expect(c.attributes.samesite).toBe('Lax');
    expect(c.attributes.path).toBe('/');
    expect(c.attributes.secure).toBeUndefined();
    expect(Number(c.attributes['max-age'])).toBe(182 * 86400);
  });

  it('should be Secure on https, carry the configured domain, and never live beyond 395 days', async () => {
    const env = createTestEnv({ secure: true });
    const { engine } = start({ cookie: { expiresAfterDays: 1000, domain: 'site.test' } }, env);
    await engine.api.acceptAll();
    const c = env.jar.cookies.get('consentry')!;
    expect(c.attributes.secure).toBe(true);
    expect(c.attributes.domain).toBe('site.test');
    expect(Number(c.attributes['max-age'])).toBe(395 * 86400);
    expect('consentry='.length + c.value.length).toBeLessThan(512);
  });
});

describe('necessary', () => {
  it('should never be false, whatever config or setConsent says', async () => {
    const { engine } = start({ categories: { necessary: { gpc: true, required: false }, analytics: {} } });
    await engine.api.setConsent({ necessary: false, analytics: true });
    expect(engine.api.getConsent()!.categories.necessary).toBe(true);
    await engine.api.rejectAll();
    expect(engine.api.getConsent()!.categories.necessary).toBe(true);
    expect(engine.api.isAllowed('necessary')).toBe(true);
  });
});

describe('setConsent naming nothing that can apply', () => {
  const config = { categories: { analytics: { services: { ga: {} } }, marketing: {} } };
  it('before any decision, should decide nothing (no cookie, no record), with a warning for each part', async () => {
    const { engine, env } = start(config);
    for (const choices of [{ statistics: true }, { marketing: { youtube: true } }, { analytics: { hotjar: true } }, { necessary: true }, {}]) {
      await engine.api.setConsent(choices as never);
      expect(engine.api.getConsent()).toBeNull();
    }
    await settle(80);
    expect(env.jar.writes).toEqual([]);
    expect(warn.mock.calls.map((c: unknown[]) => c.join(' ')).join('\n')).toMatch(
      /unknown category "statistics".*\n.*"marketing" has no service "youtube".*\n.*"analytics" has no service "hotjar"/,
    );
  });
  it('after a decision, should change nothing; a part that applies still applies beside one that does not', async () => {
    const { engine } = start(config);
    await engine.api.acceptAll();
    const before = engine.api.getConsent();
    await engine.api.setConsent({ statistics: false } as never);
    expect(engine.api.getConsent()).toEqual(before);
    await engine.api.setConsent({ statistics: true, marketing: false } as never);
    expect(engine.api.getConsent()!.categories).toEqual({ necessary: true, analytics: true, marketing: false });
  });
});

describe('isAllowed', () => {
  const config = { categories: { analytics: { services: { ga: {}, hotjar: {} } }, marketing: {} } };
  it('should treat a category as allowed when any of its services is, and a service only when it is', async () => {
    const { engine } = start(config);
    await engine.api.setConsent({ analytics: { ga: true } });
    expect(engine.api.isAllowed('analytics')).toBe(true);
    expect(engine.api.isAllowed('analytics.ga')).toBe(true);
    expect(engine.api.isAllowed('analytics.hotjar')).toBe(false);
    expect(engine.api.isAllowed('marketing')).toBe(false);
    expect(engine.api.isAllowed('unknown')).toBe(false);
    expect(engine.api.isAllowed('analytics.unknown')).toBe(false);
  });
  it('should allow every service of a category allowed as a whole', async () => {
    const { engine } = start(config);
    await engine.api.setConsent({ analytics: true });
    expect(engine.api.isAllowed('analytics.hotjar')).toBe(true);
  });
  it('should keep a service added after the decision off until the visitor decides on it', async () => {
    const first = start(config);
    await first.engine.api.acceptAll();
    const next = start(
      { categories: { analytics: { services: { ga: {}, hotjar: {}, clarity: {} } }, marketing: {}, social: {} } },
      createTestEnv({ jar: first.env.jar }),
    );
    expect(next.engine.api.isAllowed('analytics.ga')).toBe(true);
    expect(next.engine.api.isAllowed('analytics.clarity')).toBe(false);
    expect(next.engine.api.isAllowed('social')).toBe(false);
  });
});

describe('a revision such as a Unix timestamp', () => {
  it('should round-trip through the cookie', async () => {
    const first = start({ revision: 1738300000 });
    await first.engine.api.acceptAll();
    const again = start({ revision: 1738300000 }, createTestEnv({ jar: first.env.jar, now: first.env.clock.now }));
    expect(again.engine.api.getConsent()!.revision).toBe(1738300000);
  });
});
