// The same end-to-end flows for the framework examples (examples/nextjs, examples/vue): each is
// built for production and served by its own server on 127.0.0.1 (a free port), then driven in
// Chromium. Both pages have the same parts: a YouTube video gated with the default placeholder,
// analytics gated with a text fallback (`#analytics-state`), and Cookie settings / Withdraw buttons.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, useBrowser } from './harness';

const root = resolve(import.meta.dirname, '../..');

export interface ExampleApp {
  name: string;
  /** Builds the example for production (command and arguments, run in the repository root), after `tsc -b`. */
  build: string[];
  /** Starts its server; it prints its URL (http://127.0.0.1:<port>) when ready. */
  start: string[];
}

/** Runs the server and resolves to its URL once it prints it. */
function startServer(command: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(command[0], command.slice(1), { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`${command.join(' ')} printed no URL:\n${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (url && url[1] != '0') {
        clearTimeout(timer);
        done({ url: url[0], child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`${command.join(' ')} exited with ${code}:\n${out}`)));
  });
}

const VIDEO = /^https:\/\/www\.youtube-nocookie\.com\//;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe-core violations on the page (open shadow trees included), `target-size` on. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Result> } }).axe;
    const r = await axe.run(document, { rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact == 'serious' || v.impact == 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

export function exampleFlows(app: ExampleApp) {
  describe(`${app.name} example, production build`, () => {
    const h = useBrowser();
    let server: { url: string; child: ChildProcess };

    beforeAll(async () => {
      // The packages' type declarations (the examples are type-checked against them); quick when up to date.
      const types = spawnSync('node_modules/.bin/tsc', ['-b'], { cwd: root, encoding: 'utf8' });
      expect(types.status, `tsc -b:\n${types.stdout}`).toBe(0);
      const built = spawnSync(app.build[0], app.build.slice(1), { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
      expect(built.status, `${app.build.join(' ')}:\n${built.stdout}\n${built.stderr}`).toBe(0);
      server = await startServer(app.start);
    }, 240_000);
    afterAll(() => {
      server?.child.kill();
    });

    /** A page of a fresh (or the given) context, with the video served locally and errors collected. */
    async function open(context?: BrowserContext) {
      context ??= await h.newContext();
      const requests: string[] = [];
      const problems: string[] = [];
      await context.route(VIDEO, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>video</title><p id="video">Playing</p>' }));
      const page = await context.newPage();
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => (m.type() == 'error' || m.type() == 'warning') && problems.push(`console: ${m.text()}`));
      await page.goto(server.url + '/');
      return { page, context, requests, problems };
    }
    const analyticsRuns = (page: Page) => page.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns ?? 0);
    const videoFrame = (page: Page) => page.locator('.video iframe');
    /** The page's HTML as the server sends it to this context's visitor (no script has run). */
    async function serverHtml(context: BrowserContext) {
      const cookie = (await context.cookies(server.url)).map((c) => `${c.name}=${c.value}`).join('; ');
      return (await fetch(server.url + '/', { headers: { cookie } })).text();
    }

    it('first visit: banner, analytics not loaded, placeholder shown; Accept all runs analytics once and loads the video without a reload', async () => {
      const { page, context, requests, problems } = await open();
      await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).count(), POLL).toBe(1);
      expect(await page.locator('consentry-ui:not([data-placeholder])').count()).toBe(1);
      expect(await page.locator('#analytics-state').textContent()).toContain('off');
      expect(await analyticsRuns(page)).toBe(0);
      expect(requests.filter((u) => u.endsWith('/analytics.js'))).toEqual([]);
      const placeholder = page.getByRole('group', { name: 'YouTube by Google Ireland Limited is held until you allow Marketing.' });
      expect(await placeholder.getByRole('button', { name: 'Allow and load' }).isVisible()).toBe(true);
      expect(await videoFrame(page).count()).toBe(0);
      expect(requests.filter((u) => VIDEO.test(u))).toEqual([]);
      expect(await serverHtml(context)).toContain('Allow and load');
      expect(await axe(page), 'banner and placeholder').toEqual([]);

      await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
      await page.getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => analyticsRuns(page), POLL).toBe(1);
      await expect.poll(() => videoFrame(page).count(), POLL).toBe(1);
      await expect.poll(() => page.frameLocator('.video iframe').locator('#video').textContent(), POLL).toBe('Playing');
      expect(await page.locator('#analytics-state').textContent()).toContain('on');
      expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
      // Once, whatever re-renders followed.
      await page.waitForTimeout(300);
      expect(await analyticsRuns(page)).toBe(1);
      expect(requests.filter((u) => u.endsWith('/analytics.js')).length).toBe(1);
      expect(problems).toEqual([]);
    });

    it('returning visitor who accepted: the video and analytics are in the server HTML; no banner, no hydration error', async () => {
      const { page, context } = await open();
      await page.getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => analyticsRuns(page), POLL).toBe(1);
      const html = await serverHtml(context);
      expect(html).toMatch(/<iframe[^>]+src="https:\/\/www\.youtube-nocookie\.com\/embed\//);
      expect(html).toMatch(/id="analytics-state"[^>]*>Visitor statistics are on/);
      expect(html).not.toContain('Allow and load');

      const again = await open(context);
      // The iframe is there before any script could run, and stays where it was: no layout shift.
      const box = await videoFrame(again.page).boundingBox();
      await expect.poll(() => analyticsRuns(again.page), POLL).toBe(1);
      expect(await videoFrame(again.page).boundingBox()).toEqual(box);
      await again.page.waitForTimeout(300);
      expect(await again.page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
      expect(again.problems).toEqual([]);
    });

    it('returning visitor who refused: the fallbacks are in the server HTML', async () => {
      const { page, context, problems } = await open();
      await page.getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(async () => (await context.cookies()).some((c) => c.name == 'consentry'), POLL).toBe(true);
      const html = await serverHtml(context);
      expect(html).toContain('Allow and load');
      expect(html).toMatch(/id="analytics-state"[^>]*>Visitor statistics are off/);
      expect(html).not.toContain('<iframe');
      expect(problems).toEqual([]);
    });

    it('keyboard: Tab reaches Allow and load, Enter loads the video only and focus moves to it', async () => {
      const { page, problems } = await open();
      await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).count(), POLL).toBe(1);
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.textContent == 'Allow and load');
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => videoFrame(page).count(), POLL).toBe(1);
      // Focus moves to the video that took the placeholder's place, not to the page's start.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), POLL).toBe('IFRAME');
      expect(await page.evaluate(() => (window as unknown as { Consentry: { isAllowed(n: string): boolean } }).Consentry.isAllowed('analytics'))).toBe(false);
      expect(await analyticsRuns(page)).toBe(0);
      expect(problems).toEqual([]);
    });

    it('withdraw: the gates fall back, Consentry clears the analytics cookies (`cleared`) and says a reload is needed', async () => {
      const { page, context, problems } = await open();
      await page.getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => analyticsRuns(page), POLL).toBe(1);
      await expect.poll(async () => (await context.cookies()).some((c) => c.name == '_ga'), POLL).toBe(true);
      await page.evaluate(() => {
        const seen: unknown[] = ((window as { cleared?: unknown[] }).cleared = []);
        window.addEventListener('consentry:cleared', (e) => seen.push((e as CustomEvent).detail));
      });
      // Scrolled first, and a frame drawn: Chromium can route a click made right after a scroll to the
      // cross-origin video frame that was under that point before (the input goes to its process).
      const withdraw = page.getByRole('button', { name: 'Withdraw consent' });
      await withdraw.scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await withdraw.click();
      // Clearing sweeps twice (a script may write again): the first `cleared` names what it removed.
      await expect
        .poll(() => page.evaluate(() => (window as { cleared?: Array<{ removed: string[] }> }).cleared!.flatMap((d) => d.removed)))
        .toEqual(expect.arrayContaining(['_ga', '_ga_DEMO']));
      expect(await page.locator('#analytics-state').textContent()).toContain('off');
      expect(await videoFrame(page).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Allow and load' }).count()).toBe(1);
      expect((await context.cookies()).map((c) => c.name)).not.toContain('_ga');
      // The analytics script ran and cannot be unloaded: Consentry released it, so it knows.
      expect(await page.evaluate(() => (window as unknown as { Consentry: { needsReload(): boolean } }).Consentry.needsReload())).toBe(true);
      expect(problems).toEqual([]);
    });
  });
}
