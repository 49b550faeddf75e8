// Blocking under a strict Content-Security-Policy, on the script-tag file as built: every released
// script gets the nonce of the Consentry script (its `nonce` property: the attribute reads empty
// under CSP) or `config.nonce`, so held tags run on nonce-only sites without a single violation.
// See design.md "Script-tag use". Stand-in tags are local files (test/browser/fixtures/).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtures } from './fixtures/serveFixtures';
import { consentry, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const fx = useFixtures(h);
const SETTLE = 1000;

const CATEGORIES = { necessary: {}, functional: {}, analytics: {}, marketing: {} };
const ran = (page: Page) => page.evaluate(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).slice());
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Opens `path` in a fresh context that counts every CSP violation from the first moment of each document. */
async function openCounting(path: string) {
  const context = await h.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}: ${e.sample} @${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
      true,
    );
  });
  return h.open(path, { context });
}

/** Held tags without any nonce of their own: a library, an inline snippet that calls it, another tag, an inline module, a template's script. */
const HELD = `<script type="text/plain" data-category="analytics" src="/fixtures/lib.js"></script>
<script type="text/plain" data-category="analytics">trackerLib.track('inline calls lib')</script>
<script type="text/plain" data-category="analytics" src="/fixtures/tracker.js?name=src"></script>
<script type="text/plain" data-category="analytics" data-type="module">(window.__ran = window.__ran || []).push('inline module')</script>
<template data-category="analytics"><script>(window.__ran = window.__ran || []).push('template script')</script></template>`;
const CLASSIC = ['lib', 'inline calls lib', 'src'];
/** Every held script ran, the classic ones in document order. */
async function expectAllRan(page: Page) {
  await expect.poll(async () => (await ran(page)).sort(), POLL).toEqual([...CLASSIC, 'inline module', 'template script'].sort());
  expect((await ran(page)).filter((n) => CLASSIC.includes(n))).toEqual(CLASSIC);
}

/** Accept all on `path`: every held script runs, and the page reports no CSP violation. */
async function acceptAllRunsCleanly(path: string) {
  const { page } = await openCounting(path);
  await ready(page);
  await consentry(page, (c) => c.acceptAll());
  await expectAllRan(page);
  await page.waitForTimeout(500); // a late violation report
  expect(await violations(page)).toEqual([]);
}

describe("given a page with CSP script-src 'nonce-abc123' and a nonced Consentry script", () => {
  const path = () =>
    h.page({
      headers: { 'Content-Security-Policy': "script-src 'nonce-abc123'; style-src 'self' 'nonce-abc123'" },
      head: `<script type="application/json" id="consentry-config">${JSON.stringify({ categories: CATEGORIES })}</script>
<script nonce="abc123" src="/consentry/consentry.min.js" data-config="#consentry-config"></script>
${HELD}`,
    });

  it('when the visitor accepts all, it should run the held scripts in order with zero CSP violations', async () => {
    const { page } = await openCounting(path());
    await ready(page);
    await page.waitForTimeout(SETTLE);
    expect(await ran(page), 'before consent').toEqual([]);
    expect(fx.requests, 'before consent').toEqual([]);

    await consentry(page, (c) => c.acceptAll());

    await expectAllRan(page);
    await page.waitForTimeout(500); // a late violation report
    expect(await violations(page)).toEqual([]);
    // The nonce is hidden from the attribute under CSP, so the page cannot leak it: the released scripts
    // carry it as their property.
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.src.includes('/fixtures/') && s.type != 'text/plain').map((s) => s.nonce))).toEqual([
      'abc123',
      'abc123',
    ]);
  });
});

describe("given a page with CSP script-src 'self' 'nonce-cfg456' and config nonce cfg456 (Consentry itself allowed by 'self')", () => {
  const path = () =>
    h.page({
      headers: { 'Content-Security-Policy': "script-src 'self' 'nonce-cfg456'; style-src 'self' 'nonce-cfg456'" },
      head: `<script type="application/json" id="consentry-config">${JSON.stringify({ categories: CATEGORIES, nonce: 'cfg456' })}</script>
<script src="/consentry/consentry.min.js" data-config="#consentry-config"></script>
${HELD}`,
    });

  it('when the visitor accepts all, it should run the held inline script with the config nonce and zero CSP violations', () => acceptAllRunsCleanly(path()));
});

describe("given a page with CSP script-src 'self' 'nonce-own789', no nonce for Consentry, and held tags that carry their own nonce (a framework binding's ConsentScript nonce)", () => {
  const path = () =>
    h.page({
      headers: { 'Content-Security-Policy': "script-src 'self' 'nonce-own789'; style-src 'self' 'nonce-own789'" },
      head: `<script type="application/json" id="consentry-config">${JSON.stringify({ categories: CATEGORIES })}</script>
<script src="/consentry/consentry.min.js" data-config="#consentry-config"></script>
${HELD.replace(/<script/g, '<script nonce="own789"')}`,
    });

  it('when the visitor accepts all, it should run each held script with its own nonce (hidden from its attribute) and zero CSP violations', () =>
    acceptAllRunsCleanly(path()));
});

describe("given a page that enforces Trusted Types (require-trusted-types-for 'script'; trusted-types consentry)", () => {
  const path = () =>
    h.page({
      headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types consentry" },
      head: `<script type="application/json" id="consentry-config">${JSON.stringify({ categories: CATEGORIES })}</script>
<script src="/consentry/consentry.min.js" data-config="#consentry-config"></script>
${HELD}`,
      body: `<embed data-category="analytics" data-src="/fixtures/pixel.svg?trusted-embed" type="image/svg+xml" width="10" height="10">`,
    });

  it('when the visitor clicks Accept all in the banner, it should load its chunks, run the held scripts and load the embed through the consentry policy, with zero violations', async () => {
    const { page } = await openCounting(path());
    await ready(page);
    await page.locator('consentry-ui button[data-action=accept-all]').click();

    await expectAllRan(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('embed')?.getAttribute('src')), POLL).toBe('/fixtures/pixel.svg?trusted-embed');
    expect(await page.evaluate(() => (window as unknown as { trustedTypes?: { getPolicyNames?(): string[] } }).trustedTypes !== undefined)).toBe(true);
    await page.waitForTimeout(500); // a late violation report
    expect(await violations(page)).toEqual([]);
  });
});

describe('given a page that enforces Trusted Types and does not list consentry (trusted-types site-policy)', () => {
  it('should say which of its files could not load, keep the held scripts held and throw nothing into the page', async () => {
    const path = h.page({
      headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types site-policy" },
      head: `<script type="application/json" id="consentry-config">${JSON.stringify({ categories: CATEGORIES })}</script>
<script src="/consentry/consentry.min.js" data-config="#consentry-config"></script>
${HELD}`,
    });
    const { page, messages } = await openCounting(path);
    await ready(page);
    // The browser refuses the plain URL Consentry is left with; Consentry says what that stops.
    await expect
      .poll(() => messages.filter((m) => m.text.startsWith('[consentry] could not load')).map((m) => m.text.replace(/http:\/\/[^/]+/, '')), POLL)
      .toContain('[consentry] could not load /consentry/consentry-ui.js: blocked, missing or not a Consentry file');
    await page.waitForTimeout(SETTLE);
    expect(await ran(page)).toEqual([]);
  });
});
