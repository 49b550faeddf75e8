import { describe, expect, it } from 'vitest';

// Runs in Node with no DOM: importing must touch no browser global and throw nothing.
describe('given a server without a DOM', () => {
  it('should import the built @consentry/core and consentry packages', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const core = await import('@consentry/core');
    const consentry = await import('consentry');
    expect(typeof core.parseConsentCookie).toBe('function');
    expect(typeof consentry.init).toBe('function');
  });

  it('should round-trip formatConsentCookie → parseConsentCookie', async () => {
    const { formatConsentCookie, parseConsentCookie } = await import('@consentry/core');
    const value = formatConsentCookie({
      categories: { analytics: true, marketing: false },
      services: { marketing: { youtube: true } },
      revision: 3,
      timestamp: '2026-11-01T10:00:00.000Z',
      method: 'custom',
      consentId: '0f0e0d0c-0b0a-4908-8706-050403020100',
    });
    const parsed = parseConsentCookie(`theme=dark; consentry=${value}; other=1`, { revision: 3, now: Date.parse('2026-11-25T00:00:00Z') });
    expect(parsed).toMatchObject({
      format: 2,
      consentId: '0f0e0d0c-0b0a-4908-8706-050403020100',
      revision: 3,
      timestamp: '2026-11-01T10:00:00.000Z',
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: true },
      services: { marketing: { youtube: true } },
    });
    expect(parsed!.isAllowed('marketing.youtube')).toBe(true);
    expect(parseConsentCookie(value, { revision: 4 })).toBeNull();
  });

  it('should give init() a working instance that knows no decision and takes none', async () => {
    const { init } = await import('consentry');
    const instance = init({ revision: 1 });
    instance.acceptAll();
    expect(instance.getConsent()).toBeNull();
    expect(instance.isAllowed('necessary')).toBe(true);
    expect(instance.isAllowed('analytics')).toBe(false);
  });
});
