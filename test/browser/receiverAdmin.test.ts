// The receiver's admin page (GET /admin) in Chromium: sign in with the token, the chart and the
// acceptance table from /admin/stats, search by consent id showing the texts behind a record,
// export, verify, all by keyboard alone; axe-core finds no serious or critical violation, and the
// page's strict CSP (nonce) reports nothing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256, textHash } from '@consentry/core/texts';
import { createReceiver, type Listening } from '../../packages/receiver/src/index';
import { CHROME, CHROMIUM_ARGS, POLL } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TOKEN = 'admin-page-test-token-42';
const TEXTS = ['We use cookies', 'Acme AS uses necessary cookies.', 'Accept all', 'Reject all', 'Customize'];

let server: Listening;
let browser: Browser;
let consentId: string;
beforeAll(async () => {
  server = await createReceiver({ db: `sqlite:${join(mkdtempSync(join(tmpdir(), 'consentry-admin-')), 'r.db')}`, adminToken: TOKEN }).listen({ port: 0 });
  const hash = await textHash(TEXTS, async () => sha256);
  await fetch(`${server.url}/admin/texts/${encodeURIComponent(hash)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ language: 'en', revision: 1, texts: TEXTS }),
  });
  consentId = randomUUID();
  const now = new Date().toISOString();
  for (const [id, method, analytics] of [
    [consentId, 'accept_all', true],
    [randomUUID(), 'reject_all', false],
    [randomUUID(), 'accept_all', true],
  ] as const) {
    const record = {
      id: randomUUID(),
      consentId: id,
      timestamp: now,
      revision: 1,
      method,
      source: 'banner',
      categories: { necessary: true, analytics },
      services: {},
      textHash: hash,
      expires: now,
      language: 'en',
      url: 'https://www.example.com/',
      gpc: false,
      sdkVersion: '0.1.0',
    };
    const r = await fetch(`${server.url}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
    expect(r.status).toBe(201);
  }
  browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(page: Page) {
  // Evaluated through the DevTools protocol: the page's CSP (nonce only) would refuse an added script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    const r = await axe.run(document, { rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact == 'serious' || v.impact == 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    return e.id ? `${e.tagName.toLowerCase()}#${e.id}` : (e.textContent ?? '').trim();
  });
async function tabTo(page: Page, target: string) {
  for (let i = 0; i < 20; i++) {
    if ((await focusedLabel(page)) == target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target} (at ${await focusedLabel(page)})`);
}

describe('receiver admin page', () => {
  it('works by keyboard alone, shows the chart, finds a visitor with the texts they saw, exports and verifies; axe clean', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${server.url}/admin`);
    expect(await axe(page), 'login').toEqual([]);
    expect(await focusedLabel(page)).toBe('input#token');

    await page.keyboard.type('wrong-token-wrong-token');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#login-error'), POLL).toBe('The admin token was not accepted.');
    expect(await page.isHidden('#app')).toBe(true);

    await page.keyboard.type(TOKEN);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#app:not([hidden])');
    expect(await focusedLabel(page)).toBe('h2#chart-title');
    await page.waitForSelector('#chart svg rect');
    expect(await page.getAttribute('#chart svg', 'role')).toBe('img');
    expect(await page.textContent('#chart svg title')).toMatch(/^3 decisions over 1 days/);
    expect(await page.$$eval('#rates tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)))).toEqual([
      [new Date().toISOString().slice(0, 10), '3', '67 %'],
    ]);

    await tabTo(page, 'input#consent-id');
    await page.keyboard.type(consentId);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#results'), POLL).toContain(`1 records for ${consentId}`);
    expect(await page.textContent('#results')).toContain('accept_all (banner)');
    await tabTo(page, `Texts shown (${await textHash(TEXTS, async () => sha256)})`);
    await page.keyboard.press('Enter');
    expect(await page.$$eval('#results details li', (li) => li.map((l) => l.textContent))).toEqual(TEXTS);

    await tabTo(page, 'button#export-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('consent-records.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(4);

    await tabTo(page, 'button#verify');
    await page.keyboard.press('Space');
    await expect.poll(() => page.textContent('#verify-result'), POLL).toBe('The log verifies: 3 entries, chain intact.');

    expect(await axe(page), 'signed in, results shown').toEqual([]);
    expect(console.filter((t) => /Content Security Policy/i.test(t))).toEqual([]);
    expect(errors).toEqual([]);

    await page.reload();
    await page.waitForSelector('#app:not([hidden])'); // the token stays for this tab
    await tabTo(page, 'button#signout');
    await page.keyboard.press('Enter');
    expect(await focusedLabel(page)).toBe('input#token');
    await context.close();
  });
});
