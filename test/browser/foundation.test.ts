// Foundation of the script-tag file (packages/consentry/dist/consentry.min.js, as built):
// loading, what is stored and when, cross-tab sync, the Safari restore, plain-http host names
// and a corrupt cookie. Each test uses a fresh browser context.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Consent, consentry, databases, idb, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const DAY = 864e5;

const getConsent = (page: Page) => consentry(page, (c) => c.getConsent());
const consentCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name == 'consentry');
/** The decision Consentry keeps in IndexedDB (the cookie value), once it is there. */
async function storedDecision(page: Page): Promise<string> {
  await expect.poll(() => idb(page, 'decision'), POLL).toMatch(/^2:/);
  return (await idb(page, 'decision')) as string;
}
/** A fresh visitor on an ad-hoc page with only the Consentry tag, after `ready`. */
async function firstVisit(options: { host?: 'local' | 'site' } = {}) {
  const opened = await h.open(h.page(), options);
  await ready(opened.page);
  return opened;
}
/** A fresh visitor who has accepted all. */
async function accepted() {
  const opened = await firstVisit();
  await consentry(opened.page, (c) => c.acceptAll());
  return { ...opened, consent: (await getConsent(opened.page)) as Consent };
}

describe('given a first visit', () => {
  it('when the script loads, it should raise no error, have no consent yet and report its version', async () => {
    const { page, messages } = await firstVisit();

    expect(await getConsent(page)).toBeNull();
    expect(await consentry(page, (c) => typeof c.version)).toBe('string');
    expect(await consentry(page, (c) => c.version)).not.toBe('');
    expect(messages.filter((m) => m.type == 'error')).toEqual([]);
  });

  it('when the API is only read, it should write no cookie and create no database', async () => {
    const { page, context } = await firstVisit();

    expect(await getConsent(page)).toBeNull();
    expect(await consentry(page, (c) => [c.isAllowed('analytics'), c.isAllowed('marketing.youtube')])).toEqual([false, false]);
    await page.waitForTimeout(1000); // a negative: give any deferred write its chance

    expect(await context.cookies()).toEqual([]);
    expect(await databases(page)).not.toContain('consentry');
  });
});

describe('given a visitor who accepts all on http', () => {
  it('when the decision is made, it should set the consentry cookie: SameSite=Lax, Path=/, not Secure, ~182 days', async () => {
    const { context, consent } = await accepted();

    expect(consent.categories).toEqual({ necessary: true, functional: true, analytics: true, marketing: true });
    const cookie = await consentCookie(context);
    expect(cookie).toMatchObject({ domain: '127.0.0.1', path: '/', sameSite: 'Lax', secure: false });
    expect(cookie!.value).toMatch(/^2:/);
    const now = Date.now() / 1000;
    expect(cookie!.expires).toBeGreaterThan(now + 181 * 86400);
    expect(cookie!.expires).toBeLessThan(now + 183 * 86400);
  });

  it('when the decision is made, it should keep it and one receipt in IndexedDB', async () => {
    const { page, context } = await accepted();

    expect(await storedDecision(page)).toBe((await consentCookie(context))!.value);
    await expect.poll(async () => ((await idb(page, 'receipts')) as unknown[] | undefined)?.length, POLL).toBe(1);
  });

  it('when the page is reloaded, it should return the same consent', async () => {
    const { page, consent } = await accepted();

    await page.reload();
    await ready(page);

    const again = await getConsent(page);
    expect(again?.consentId).toBe(consent.consentId);
    expect(again?.categories).toEqual(consent.categories);
  });
});

describe('given two tabs of the same site', () => {
  it('when tab A accepts all, it should apply in tab B with a consent event', async () => {
    const a = await firstVisit();
    const b = await h.open(h.page(), { context: a.context });
    await ready(b.page);
    await consentry(b.page, (c) => {
      const w = window as unknown as { consentEvents: number };
      w.consentEvents = 0;
      c.on('consent', () => w.consentEvents++);
    });

    await consentry(a.page, (c) => c.acceptAll());

    await expect.poll(async () => (await getConsent(b.page))?.categories.analytics, POLL).toBe(true);
    expect((await getConsent(b.page))?.consentId).toBe((await getConsent(a.page))?.consentId);
    await expect.poll(() => b.page.evaluate(() => (window as unknown as { consentEvents: number }).consentEvents), POLL).toBe(1);
  });
});

describe('given a decision whose cookie is gone (Safari deletes script-set cookies after 7 days)', () => {
  it('when IndexedDB still holds it, it should restore the decision by ready and rewrite the cookie', async () => {
    const { page, context, consent } = await accepted();
    const decision = await storedDecision(page);
    await context.clearCookies();

    await page.reload();
    const restored = await consentry(page, (c) => new Promise<Consent | null>((done) => c.on('ready', () => done(c.getConsent()))));

    expect(restored?.consentId).toBe(consent.consentId);
    expect(restored?.categories).toEqual(consent.categories);
    await expect.poll(async () => (await consentCookie(context))?.value, POLL).toBe(decision);
  });

  it('when the decision IndexedDB holds has expired, it should restore nothing and write no cookie', async () => {
    const { page, context } = await accepted();
    const fields = (await storedDecision(page)).split(':');
    fields[3] = (Date.now() - 200 * DAY).toString(36);
    await idb(page, 'decision', fields.join(':'));
    await context.clearCookies();

    await page.reload();
    await ready(page);

    expect(await getConsent(page)).toBeNull();
    await page.waitForTimeout(500); // a negative: give a late cookie write its chance
    expect(await consentCookie(context)).toBeUndefined();
  });
});

describe('given a non-secure host name (http://www.site.test)', () => {
  it('when the visitor accepts all, it should work without crypto.randomUUID and set a host cookie', async () => {
    const { page, context } = await firstVisit({ host: 'site' });
    expect(await page.evaluate(() => [isSecureContext, typeof crypto.randomUUID])).toEqual([false, 'undefined']);

    await consentry(page, (c) => c.acceptAll());

    const consent = await getConsent(page);
    expect(consent?.consentId).toMatch(/^[\w-]{8,64}$/);
    expect(consent?.categories.analytics).toBe(true);
    expect(await consentry(page, (c) => c.isAllowed('analytics'))).toBe(true);
    expect(await consentCookie(context)).toMatchObject({ domain: 'www.site.test', path: '/', secure: false, sameSite: 'Lax' });
  });
});

describe('given a corrupt consentry cookie', () => {
  it('when the script loads, it should count as no decision and warn once about the cookie', async () => {
    const context = await h.newContext();
    await context.addCookies([{ name: 'consentry', value: 'garbage', url: h.origin }]);

    const { page, messages } = await h.open(h.page(), { context });
    await ready(page);

    expect(await getConsent(page)).toBeNull();
    const ours = messages.filter((m) => m.text.startsWith('[consentry]'));
    expect(ours).toHaveLength(1);
    expect(ours[0].type).toBe('warning');
    expect(ours[0].text).toMatch(/cookie/i);
  });
});

describe('given the basic example', () => {
  it('when "Accept all" is clicked, it should show the decision as JSON', async () => {
    const { page } = await h.open('/basic/');
    await ready(page);
    expect(await page.locator('#state').textContent()).toBe('null');

    // The example's own button (the banner has one of the same name).
    await page.locator('#accept-all').click();

    await expect.poll(async () => JSON.parse((await page.locator('#state').textContent()) || 'null')?.categories?.analytics, POLL).toBe(true);
    expect(await page.evaluate(() => document.head.querySelector('script:not([type="application/json"])')?.getAttribute('src'))).toBe(
      '/consentry/consentry.min.js',
    );
  });
});
