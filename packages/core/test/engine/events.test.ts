import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine/createEngine';
import { KEEP_AFTER_MS } from '../../src/engine/createEngine';
import { isCrawler } from '../../src/engine/isCrawler';
import type { Env } from '../../src/env/env';
import { createCookieJar, createTestEnv, deleteDatabase, settle } from '../support/createTestEnv';

const start = (config: unknown = {}, env = createTestEnv()) => createEngine(config, env);
const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await settle(5);
  }
};

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  await deleteDatabase();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('events', () => {
  it('given a first visit, it should fire consent for the first decision, then change, and nothing for a no-op', async () => {
    const engine = start();
    const seen: string[] = [];
    engine.api.on('consent', (c) => seen.push(`consent:${c.method}`));
    engine.api.on('change', (c, prev) => seen.push(`change:${c?.method}:${prev?.method}`));
    await engine.api.acceptAll();
    await engine.api.acceptAll();
    await engine.api.setConsent({ marketing: false });
    await engine.api.setConsent({ marketing: false });
    await engine.api.reset();
    await engine.api.rejectAll();
    expect(seen).toEqual(['consent:accept_all', 'change:withdraw:accept_all', 'change:undefined:withdraw', 'consent:reject_all']);
  });

  it('should mirror each event on window as consentry:<event> with the consent object as detail', async () => {
    const engine = start();
    const details: unknown[] = [];
    const listener = (e: Event) => details.push((e as CustomEvent).detail);
    addEventListener('consentry:consent', listener);
    await engine.api.acceptAll();
    removeEventListener('consentry:consent', listener);
    expect(details).toEqual([engine.api.getConsent()]);
  });

  it('should call a ready handler added after ready at once', async () => {
    const engine = start();
    await settle(20);
    const ready = vi.fn();
    engine.api.on('ready', ready);
    expect(ready).toHaveBeenCalledWith(null);
  });

  it('when a handler unsubscribes, it should not be called again', async () => {
    const engine = start();
    const fn = vi.fn();
    const off = engine.api.on('change', fn);
    await engine.api.acceptAll();
    await engine.api.rejectAll();
    off();
    off();
    await engine.api.acceptAll();
    expect(fn).toHaveBeenCalledOnce();
  });

  it('when one listener throws, it should log it and still call the others', async () => {
    const engine = start();
    const other = vi.fn();
    engine.api.on('consent', () => {
      throw new Error('boom');
    });
    engine.api.on('consent', other);
    await expect(engine.api.acceptAll()).resolves.toBeUndefined();
    expect(other).toHaveBeenCalledOnce();
    expect(errors).toHaveBeenCalledWith('[consentry]', 'a "consent" listener threw:', expect.any(Error));
  });

  it('should warn about an unknown event name instead of failing silently', async () => {
    const engine = start();
    const warn = vi.mocked(console.warn);
    engine.api.on('chnage' as 'change', () => {});
    // The words load with the diagnostics chunk.
    await vi.waitFor(() => expect(warn.mock.calls.some((c) => /on\("chnage"\)/.test(String(c[1])))).toBe(true), { timeout: 3000 });
  });
});

describe('given two tabs of one browser', () => {
  /** Tabs listen to each other once idle (the test env's idle: the next task). */
  const listening = () => settle(0);

  it('when the visitor decides in one, it should apply in the other with a consent event', async () => {
    const jar = createCookieJar();
    const tabs: Env[] = [];
    const a = start({}, createTestEnv({ jar, tabs }));
    const b = start({}, createTestEnv({ jar, tabs }));
    const consent = vi.fn();
    b.api.on('consent', consent);
    await listening();
    await a.api.setConsent({ analytics: true });
    expect(b.api.getConsent()!.categories.analytics).toBe(true);
    expect(consent).toHaveBeenCalledOnce();
    const id = a.api.getConsent()!.consentId;
    await a.api.reset();
    expect(b.api.getConsent()).toBeNull();
    // The forgotten id must not come back from the other tab.
    await b.api.rejectAll();
    expect(b.api.getConsent()!.consentId).not.toBe(id);
  });

  it('when the other tab hears of it before its cookie arrives (Chromium stores cookies asynchronously), it should still apply it', async () => {
    const jar = createCookieJar();
    const tabs: Env[] = [];
    const a = start({}, createTestEnv({ jar, tabs }));
    const b = start({}, createTestEnv({ jar, tabs, cookieLag: 300 }));
    const consent = vi.fn();
    b.api.on('consent', consent);
    await listening();
    await a.api.acceptAll();
    expect(b.api.getConsent()).toBeNull();
    await vi.waitFor(() => expect(b.api.getConsent()?.categories.analytics).toBe(true), { timeout: 2000 });
    expect(b.api.getConsent()!.consentId).toBe(a.api.getConsent()!.consentId);
    expect(consent).toHaveBeenCalledOnce();
  });

  it('when the visitor decides in one before the other listens (its first moments), the other should catch up from the cookie once idle', async () => {
    const jar = createCookieJar();
    const tabs: Env[] = [];
    const a = start({}, createTestEnv({ jar, tabs }));
    await listening();
    const envB = createTestEnv({ jar, tabs });
    const heard = vi.spyOn(envB, 'onExternalChange');
    const b = start({}, envB);
    const consent = vi.fn();
    b.api.on('consent', consent);
    // Not listening yet: start-up does not wait for the channel to other tabs.
    expect(heard).not.toHaveBeenCalled();
    await a.api.acceptAll();
    expect(b.api.getConsent()).toBeNull();
    await listening();
    expect(heard).toHaveBeenCalledOnce();
    expect(b.api.getConsent()!.consentId).toBe(a.api.getConsent()!.consentId);
    expect(consent).toHaveBeenCalledOnce();
    await a.settled();
  });

  it('when the visitor decides in one before it listens (its first moments), the other should hear of it once the first listens', async () => {
    const jar = createCookieJar();
    const tabs: Env[] = [];
    const b = start({}, createTestEnv({ jar, tabs }));
    await listening();
    const a = start({}, createTestEnv({ jar, tabs }));
    const consent = vi.fn();
    b.api.on('consent', consent);
    await a.api.acceptAll();
    expect(b.api.getConsent()).toBeNull();
    await listening();
    expect(b.api.getConsent()!.consentId).toBe(a.api.getConsent()!.consentId);
    expect(consent).toHaveBeenCalledOnce();
    await a.settled();
  });
});

describe('reset', () => {
  it('should delete the cookie and the history, and start a new consent id', async () => {
    const env = createTestEnv();
    const engine = start({}, env);
    await engine.api.acceptAll();
    const id = engine.api.getConsent()!.consentId;
    await until(() => env.jar.cookies.has('consentry'));
    await engine.settled();
    expect(await engine.history()).toHaveLength(1);
    await engine.api.reset();
    expect(env.jar.cookies.has('consentry')).toBe(false);
    expect(engine.api.getConsent()).toBeNull();
    await engine.settled();
    expect(await engine.history()).toEqual([]);
    await engine.api.acceptAll();
    expect(engine.api.getConsent()!.consentId).not.toBe(id);
  });
});

describe('local receipts and the Safari restore', () => {
  it(`should keep a decision's receipt ${KEEP_AFTER_MS} ms after it, opening no database before (issue 15: the scripts it released run first); settled() resolves once it is kept`, async () => {
    const engine = start();
    const open = vi.spyOn(indexedDB, 'open');
    const decided = performance.now();
    await engine.api.acceptAll();
    const kept = engine.settled();
    await settle(KEEP_AFTER_MS / 2);
    expect(open).not.toHaveBeenCalled();
    await kept;
    expect(performance.now() - decided).toBeGreaterThanOrEqual(KEEP_AFTER_MS - 1);
    expect(open).toHaveBeenCalled();
    expect(await engine.history()).toMatchObject([{ method: 'accept_all' }]);
  });

  it("given a reset right after a decision (both keeps still waiting), the decision's keep should not overtake the reset: no receipt and no stored decision remain", async () => {
    const env = createTestEnv();
    const engine = start({}, env);
    await engine.api.acceptAll();
    await engine.api.reset();
    await engine.settled();
    // Past both keeps' waits: anything overtaken would have been written by now.
    await settle(2 * KEEP_AFTER_MS);
    expect(await engine.history()).toEqual([]);
    // The Safari restore finds nothing: the stored decision went with the reset.
    const later = start({}, createTestEnv({ now: env.clock.now + 1000 }));
    await settle(200);
    expect(later.api.getConsent()).toBeNull();
  });

  it('should keep one receipt per decision, and restore the decision when the cookie is gone', async () => {
    const env = createTestEnv();
    const engine = start({ transformRecord: (r: object) => ({ ...r, site: 'x' }) }, env);
    await engine.api.acceptAll();
    await engine.api.rejectAll();
    let history: Array<Record<string, unknown>> = [];
    await until(() => {
      engine.history().then((h) => (history = h as never));
      return history.length == 2;
    });
    expect(history.map((r) => r.method)).toEqual(['accept_all', 'withdraw']);
    expect(history[0]).toMatchObject({ source: 'api', textHash: null, url: 'https://site.test/page', gpc: false, site: 'x' });
    const id = engine.api.getConsent()!.consentId;

    // Safari dropped the script-set cookie; the database still holds the decision.
    const later = createTestEnv({ now: env.clock.now + 8 * 864e5 });
    const restored = start({}, later);
    expect(restored.api.getConsent()).toBeNull();
    await new Promise((r) => restored.api.on('ready', r));
    expect(restored.api.getConsent()!.consentId).toBe(id);
    expect(later.jar.cookies.get('consentry')!.value).toMatch(/^2:/);
  });

  it('should not restore an expired decision, and never write before a decision', async () => {
    const env = createTestEnv();
    await start({}, env).api.acceptAll();
    await settle(50);
    const later = createTestEnv({ now: env.clock.now + 200 * 864e5 });
    const engine = start({}, later);
    await new Promise((r) => engine.api.on('ready', r));
    expect(engine.api.getConsent()).toBeNull();
    expect(later.jar.writes).toEqual([]);
  });
});

describe('crawlers', () => {
  it('should get no consent, whatever is called', async () => {
    const engine = start({}, createTestEnv({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }));
    await engine.api.acceptAll();
    expect(engine.api.getConsent()).toBeNull();
    const human = start({ hideFromBots: true }, createTestEnv({ userAgent: 'Mozilla/5.0 HeadlessChrome/120 Chrome-Lighthouse' }));
    await human.api.acceptAll();
    expect(human.api.getConsent()).not.toBeNull();
  });

  it.each([
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', true],
    ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', true],
    ['DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)', true],
    ['Mozilla/5.0 (compatible; YandexBot/3.0)', true],
    ['Mozilla/5.0 (Linux; Android 12; Cubot Note 20 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36', false],
    ['Mozilla/5.0 (Linux; Android 13; CUBOT KINGKONG 9) AppleWebKit/537.36 Chrome/121 Mobile Safari/537.36', false],
  ])('%s: a crawler, %s', (ua, crawler) => {
    expect(isCrawler(ua)).toBe(crawler);
  });
});
