// `consentry-scan` (issue 17, docs/scan.md): the bin run with Node as a site owner runs it, against
// pages served on 127.0.0.1 by scripts/serve.mjs, in the machine's Chromium. The company-site
// example as shipped, with a tracker stand-in left unheld, and with the scanner's draft config in
// place of its hand-written declarations; real vendor SDKs from npm; a site without Consentry;
// 20 pages against the clock.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/scan/bin/consentry-scan.mjs');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const SCAN_TIMEOUT = 180_000;

interface Server {
  url: string;
  route(path: string, handler: unknown): void;
  close(): Promise<void>;
}
type Routes = (req: unknown, res: { writeHead(s: number, h: object): void; end(b: string): void }, url: URL) => boolean | undefined;
const serve: { startServer(o: { port: number; root?: string; routes?: Routes }): Promise<Server> } = await import('../../scripts/serve.mjs' as string);

interface Finding {
  kind: string;
  name: string;
  setBy: string | null;
  status: string;
  catalogue?: string;
  category?: string;
  service?: string;
  httpOnly?: boolean;
  party?: string;
  violation: boolean;
  classification: string;
  at: number | null;
}
interface Report {
  durationMs: number;
  pages: Array<{ url: string; consentTool: unknown; note: string | null; states: Record<string, { findings: Finding[]; error: string | null }> }>;
  violations: Array<{ page: string; state: string; kind: string; name: string; scriptUrl: string | null; classification: string }>;
}
interface Run {
  code: number;
  stdout: string;
  stderr: string;
  report?: Report;
  html?: string;
  out: string;
}

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-scan-'));
  temps.push(dir);
  return dir;
};

/** Runs consentry-scan with `args` (the report goes to a temp folder) and reads what it wrote. */
function scan(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const out = temp();
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args, '--out', out], { encoding: 'utf8', timeout: SCAN_TIMEOUT, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const run: Run = { code: error ? (typeof error.code == 'number' ? error.code : -1) : 0, stdout, stderr, out };
      try {
        run.report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
        run.html = readFileSync(join(out, 'report.html'), 'utf8');
      } catch {
        // No report (the command failed before writing it).
      }
      done(run);
    });
  });
}

const findings = (r: Report, page: string, state: string) => r.pages.find((p) => p.url == page)!.states[state]!.findings;
const cookie = (r: Report, page: string, state: string, name: string) => findings(r, page, state).find((f) => f.kind == 'cookie' && f.name == name);

/** A copy of the repository's examples/company-site in a temp root that serve.mjs can serve (dist and node_modules linked). */
function copyOfExample(): string {
  const root = temp();
  cpSync(join(ROOT, 'examples/company-site'), join(root, 'examples/company-site'), { recursive: true });
  symlinkSync(join(ROOT, 'packages'), join(root, 'packages'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

const servers: Server[] = [];
async function start(options: { root?: string; routes?: Routes } = {}) {
  const s = await serve.startServer({ port: 0, ...options });
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('consentry-scan on the company-site example', () => {
  it('as shipped: --ci exits 0; before consent and after Reject all only Consentry\'s own cookie and database; after Accept all the stand-ins\' cookies, declared, with the script that set them', { timeout: SCAN_TIMEOUT }, async () => {
    const server = await start();
    const page = server.url + 'company-site/';
    const run = await scan([page, '--pages', '3', '--ci']);
    expect(run.stderr).toContain('no violations');
    expect(run.code).toBe(0);
    const r = run.report!;
    expect(r.pages.map((p) => p.url)).toEqual([page, server.url + 'company-site/produkt.html', server.url + 'company-site/personvern.html']);
    expect(r.violations).toEqual([]);
    expect(findings(r, page, 'none')).toEqual([]);
    expect(findings(r, page, 'reject').map((f) => `${f.kind} ${f.name} ${f.status}`).sort()).toEqual(['cookie consentry consentry', 'database consentry consentry']);
    const ga = cookie(r, page, 'accept', '_ga')!;
    expect(ga).toMatchObject({ status: 'declared', category: 'analytics', service: 'ga', party: 'first', setBy: server.url + 'company-site/js/analytics.js', violation: false });
    expect(cookie(r, page, 'accept', '_fbp')).toMatchObject({ status: 'declared', service: 'meta', setBy: server.url + 'company-site/js/marketing.js' });
    // The product video's frame sets a cookie nobody declared: named after the held element it came from.
    expect(cookie(r, server.url + 'company-site/produkt.html', 'accept', 'VISITOR_INFO1_LIVE')).toMatchObject({
      status: 'unknown',
      setBy: server.url + 'company-site/embed.html',
      classification: 'undeclared, from held marketing.youtube',
    });
    // The timeline: the stand-ins' cookies appear after the click (time 0).
    expect(ga.at).toBeGreaterThan(0);
    expect(run.html).toContain('<svg');
    expect(run.html).toContain('After Accept all');
  });

  it('with the analytics stand-in left unheld (above Consentry, out of its guard\'s reach): --ci exits 1 and names _ga, the page and analytics.js', { timeout: SCAN_TIMEOUT }, async () => {
    const index = readFileSync(join(ROOT, 'examples/company-site/index.html'), 'utf8');
    const unheld = index
      .replace('<script type="text/plain" data-category="analytics" data-service="ga" src="/company-site/js/analytics.js"></script>', '')
      .replace('<script src="/company-site/js/consentry-config.js">', '<script src="/company-site/js/analytics.js"></script>\n  $&');
    expect(unheld).not.toBe(index);
    const server = await start({
      routes: (_req, res, url) => {
        if (url.pathname != '/company-site/') return false;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(unheld);
        return true;
      },
    });
    const page = server.url + 'company-site/';
    const run = await scan([page, '--pages', '1', '--ci']);
    expect(run.code).toBe(1);
    const script = server.url + 'company-site/js/analytics.js';
    for (const state of ['none', 'reject'])
      expect(run.report!.violations).toContainEqual({ page, state, kind: 'cookie', name: '_ga', scriptUrl: script, classification: 'declared (analytics.ga)' });
    expect(run.stderr).toContain(`violation: before consent, ${page}: cookie _ga set by ${script}`);
    expect(run.html).toContain('class="violation"');
  });

  describe('the --config draft in place of the hand-written declarations', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    });
    afterAll(() => browser?.close());

    const names = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();

    /** The example's blocking checks on a served copy: held before consent, released by Godta alle, cleared by a later Avvis alle. */
    async function blockingChecks(origin: string) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const paths: string[] = [];
        page.on('request', (r) => paths.push(new URL(r.url()).pathname));
        await page.goto(origin + 'company-site/produkt.html');
        await page.locator('consentry-ui:not([data-placeholder]) .banner').waitFor();
        await page.waitForTimeout(300);
        for (const held of ['/company-site/js/analytics.js', '/company-site/js/marketing.js', '/company-site/embed.html', '/company-site/map.html']) expect(paths, held).not.toContain(held);
        expect(await names(context)).toEqual([]);

        await page.getByRole('button', { name: 'Godta alle', exact: true }).click();
        await expect.poll(() => names(context), { timeout: 5000 }).toEqual(expect.arrayContaining(['_ga', '_gid', '_fbp', 'VISITOR_INFO1_LIVE', 'consentry']));

        await page.evaluate(() => (window as unknown as { Consentry: { rejectAll(): Promise<void> } }).Consentry.rejectAll());
        await expect.poll(() => names(context), { timeout: 5000 }).toEqual(['consentry']);
      } finally {
        await context.close();
      }
    }

    it('the copy with its cookie declarations removed fails the withdrawal check; with the draft it passes them all, and a new scan finds every cookie declared', { timeout: SCAN_TIMEOUT * 2 }, async () => {
      const root = copyOfExample();
      const configFile = join(root, 'examples/company-site/js/consentry-config.js');
      const original = readFileSync(configFile, 'utf8');
      // Hand-written declarations out: the scanner must find the cookies and who sets them itself.
      writeFileSync(configFile, original.replace(/^\s*cookies: \[[\s\S]*?\],\n(?=\s*\},)/gm, '').replace(/^\s*cookies: \[.*\],\n/gm, ''));
      expect(readFileSync(configFile, 'utf8')).not.toContain('cookies:');
      const server = await start({ root });
      await expect(blockingChecks(server.url)).rejects.toThrow(); // nothing declared: Avvis alle clears nothing

      const draft = join(temp(), 'consentry.config.json');
      const first = await scan([server.url + 'company-site/', '--pages', '3', '--config', draft]);
      expect(first.code).toBe(0);
      const config = JSON.parse(readFileSync(draft, 'utf8'));
      const cookiesOf = (cat: string, svc: string) => config.categories[cat].services[svc].cookies.map((c: { name: string }) => c.name).sort();
      expect(cookiesOf('analytics', 'ga')).toEqual(['_ga', '_gid']);
      expect(cookiesOf('marketing', 'meta')).toEqual(['_fbp']);
      expect(cookiesOf('marketing', 'youtube')).toEqual(['VISITOR_INFO1_LIVE']);
      expect(config.categories.unclassified).toBeUndefined();

      writeFileSync(configFile, `window.consentryConfig = ${JSON.stringify(config, null, 2)};\n`);
      await blockingChecks(server.url);
      const again = await scan([server.url + 'company-site/', '--pages', '3', '--ci']);
      expect(again.code).toBe(0);
      const undeclared = again.report!.pages.flatMap((p) => p.states.accept!.findings).filter((f) => f.kind == 'cookie' && !['declared', 'consentry'].includes(f.status));
      expect(undeclared).toEqual([]);
    });
  });
});

/** Routes of ad-hoc pages: path → HTML. */
const pages = (table: Record<string, string>): Routes => (_req, res, url) => {
  const html = table[url.pathname];
  if (html == null) return false;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
  return true;
};
const head = (config: string, rest = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scan test</title>
<script>window.consentryConfig = ${config};</script>
<script src="/consentry/consentry.min.js"></script>
${rest}</head>`;

describe('consentry-scan with real vendor SDKs from npm (Microsoft Clarity: clarity-js; a Google Analytics client: ga-lite)', () => {
  it('maps the cookie Clarity sets to the catalogue service microsoft-clarity, names each SDK file as the script behind its cookies, storage and beacons; held, nothing before consent', { timeout: SCAN_TIMEOUT }, async () => {
    let port = '';
    const vendors = () => `
<script type="text/plain" data-category="analytics" data-service="clarity" src="/node_modules/clarity-js/build/clarity.min.js"></script>
<script type="text/plain" data-category="analytics" data-service="clarity">clarity('start', { projectId: 'scantest', upload: 'http://localhost:${port}/collect', track: true, content: true, delay: 100 });</script>
<script type="text/plain" data-category="analytics" data-service="ga" src="/node_modules/ga-lite/dist/ga-lite.min.js"></script>
<script type="text/plain" data-category="analytics" data-service="ga">galite('create', 'UA-12345-1', 'auto'); galite('send', 'pageview');</script>`;
    const server = await start({
      routes: (req, res, url) => {
        // Clarity's upload endpoint, on "another site" (localhost, while the page is on 127.0.0.1).
        if (url.pathname == '/collect') return res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }), res.end(''), true;
        return pages({ '/vendors/': head(`{ categories: { analytics: { services: { clarity: { label: 'Clarity' }, ga: { label: 'GA' } } } } }`, vendors()) + '<body><h1>Vendors</h1></body></html>' })(req, res, url);
      },
    });
    port = new URL(server.url).port;
    const page = server.url + 'vendors/';
    const run = await scan([page, '--pages', '1', '--ci']);
    expect(run.code, run.stderr).toBe(0);
    const r = run.report!;
    expect(findings(r, page, 'none')).toEqual([]);
    const clarity = server.url + 'node_modules/clarity-js/build/clarity.min.js';
    const galite = server.url + 'node_modules/ga-lite/dist/ga-lite.min.js';
    expect(cookie(r, page, 'accept', '_clck')).toMatchObject({ status: 'known', catalogue: 'microsoft-clarity', category: 'analytics', party: 'first', setBy: clarity, classification: 'undeclared, known: catalogue service microsoft-clarity' });
    const accepted = findings(r, page, 'accept');
    // ga-lite keeps its client id in localStorage (not a _ga cookie): not in the catalogue, but named after its held element.
    expect(accepted.find((f) => f.kind == 'storage' && f.name == 'uid')).toMatchObject({ setBy: galite, classification: 'undeclared, from held analytics.ga' });
    // Their beacons go to other sites: listed with the SDK that sent them.
    const requests = accepted.filter((f) => f.kind == 'request');
    expect(requests.some((q) => q.name == `http://localhost:${port}/collect` && q.setBy == clarity)).toBe(true);
    expect(requests.some((q) => q.name.startsWith('https://www.google-analytics.com/collect?') && q.setBy == galite)).toBe(true);
  });
});

describe('consentry-scan, other cases', () => {
  it('a site without Consentry: "no consent tool found", only the state before a decision, and an unheld tracker is a violation', { timeout: SCAN_TIMEOUT }, async () => {
    const server = await start({
      routes: pages({
        '/plain/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title><script src="/company-site/js/marketing.js"></script></head><body><p>Hi</p></body></html>`,
      }),
    });
    const page = server.url + 'plain/';
    const run = await scan([page, '--ci']);
    expect(run.code).toBe(1);
    const p = run.report!.pages[0]!;
    expect(p.consentTool).toBeNull();
    expect(p.note).toBe('no consent tool found: only the state without a decision was scanned');
    expect(Object.keys(p.states)).toEqual(['none']);
    expect(run.report!.violations).toEqual([
      { page, state: 'none', kind: 'cookie', name: '_fbp', scriptUrl: server.url + 'company-site/js/marketing.js', classification: 'undeclared, known: catalogue service meta-pixel' },
    ]);
    expect(run.stderr).toContain('1 page(s) without Consentry');
  });

  it('no browser: a clear message and exit 2; never a download', { timeout: 30_000 }, async () => {
    const missing = await scan(['http://127.0.0.1:9/', '--chromium', '/nonexistent/chromium']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[consentry-scan] --chromium /nonexistent/chromium: no runnable browser there');
    const env = await scan(['http://127.0.0.1:9/'], { CHROME_PATH: '/nonexistent/chrome' });
    expect(env.stderr).toContain('CHROME_PATH=/nonexistent/chrome: no runnable browser there');
    const bad = await scan(['not a url']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a url is not a URL');
  });

  it('20 pages in under 2 minutes (the time the tool reports), each in three states', { timeout: SCAN_TIMEOUT }, async () => {
    const links = Array.from({ length: 20 }, (_, i) => `<a href="/many/p${i}.html">Page ${i}</a>`).join(' ');
    const config = `{ categories: { analytics: { services: { ga: { cookies: ['/^_ga($|_)/', '_gid'] } } }, marketing: { services: { meta: { cookies: ['_fbp'] } } } } }`;
    const held = `<script type="text/plain" data-category="analytics" data-service="ga" src="/company-site/js/analytics.js"></script>
<script type="text/plain" data-category="marketing" data-service="meta" src="/company-site/js/marketing.js"></script>`;
    const table: Record<string, string> = {};
    for (let i = 0; i < 20; i++) table[`/many/p${i}.html`] = head(config, held) + `<body><h1>Page ${i}</h1><nav>${links}</nav></body></html>`;
    const server = await start({ routes: pages(table) });
    const run = await scan([server.url + 'many/p0.html', '--pages', '20', '--ci']);
    expect(run.code, run.stderr).toBe(0);
    const r = run.report!;
    expect(r.pages).toHaveLength(20);
    for (const p of r.pages) expect(Object.keys(p.states).filter((s) => !p.states[s]!.error)).toEqual(['none', 'reject', 'accept']);
    console.log(`20 pages scanned in ${(r.durationMs / 1000).toFixed(1)} s (reported by the tool)`);
    expect(r.durationMs).toBeLessThan(120_000);
  });
});
