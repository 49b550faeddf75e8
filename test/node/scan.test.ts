// `consentry-scan` (issue 17, docs/scan.md): the bin run with Node as a site owner runs it, against
// pages served on 127.0.0.1 by scripts/serve.mjs, in the machine's Chromium. The company-site
// example as shipped, with a tracker stand-in left unheld, and with the scanner's draft config in
// place of its hand-written declarations; real vendor SDKs from npm; a site without Consentry;
// 20 pages against the clock.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME, CHROMIUM_ARGS } from '../browser/harness';
import { COMPANY_SITE_HELD_URLS } from '../support/companySite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/scan/bin/consentry-scan.mjs');
const SCAN_TIMEOUT = 180_000;
const require = createRequire(import.meta.url);

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
  sameSite?: string;
  setVia?: string;
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

/** Runs consentry-scan with `args` (the report goes to `out`, a temp folder unless given) and reads what it wrote. */
function scan(args: string[], env: Record<string, string> = {}, out = temp()): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args, '--out', out],
      { encoding: 'utf8', timeout: SCAN_TIMEOUT, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const run: Run = { code: error ? (typeof error.code == 'number' ? error.code : -1) : 0, stdout, stderr, out };
        try {
          run.report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
          run.html = readFileSync(join(out, 'report.html'), 'utf8');
        } catch {
          // No report (the command failed before writing it).
        }
        done(run);
      },
    );
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
const closers: Array<() => Promise<void>> = [];
async function start(options: { root?: string; routes?: Routes } = {}) {
  const s = await serve.startServer({ port: 0, ...options });
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all([...servers.map((s) => s.close()), ...closers.map((close) => close())]);
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('consentry-scan on the company-site example', () => {
  it("as shipped: --ci exits 0; before consent and after Reject all only Consentry's own cookie and database; after Accept all the stand-ins' cookies, declared, with the script that set them", {
    timeout: SCAN_TIMEOUT,
  }, async () => {
    const server = await start();
    const page = server.url + 'company-site/';
    const run = await scan([page, '--pages', '3', '--ci']);
    expect(run.stderr).toContain('no violations');
    expect(run.code).toBe(0);
    const r = run.report!;
    expect(r.pages.map((p) => p.url)).toEqual([page, server.url + 'company-site/produkt.html', server.url + 'company-site/personvern.html']);
    expect(r.violations).toEqual([]);
    expect(findings(r, page, 'none')).toEqual([]);
    expect(
      findings(r, page, 'reject')
        .map((f) => `${f.kind} ${f.name} ${f.status}`)
        .sort(),
    ).toEqual(['cookie consentry consentry', 'database consentry consentry']);
    const ga = cookie(r, page, 'accept', '_ga')!;
    expect(ga).toMatchObject({
      status: 'declared',
      category: 'analytics',
      service: 'ga',
      party: 'first',
      setBy: server.url + 'company-site/js/analytics.js',
      violation: false,
    });
    expect(cookie(r, page, 'accept', '_fbp')).toMatchObject({ status: 'declared', service: 'meta', setBy: server.url + 'company-site/js/marketing.js' });
    // The product video's frame sets its cookie: the page that set it is the embed, not the host page.
    expect(cookie(r, server.url + 'company-site/produkt.html', 'accept', 'VISITOR_INFO1_LIVE')).toMatchObject({
      status: 'declared',
      service: 'youtube',
      setBy: server.url + 'company-site/embed.html',
    });
    // The timeline: the stand-ins' cookies appear after the click (time 0).
    expect(ga.at).toBeGreaterThan(0);
    expect(run.html).toContain('<svg');
    expect(run.html).toContain('After Accept all');
  });

  it("with the analytics stand-in left unheld (above Consentry, out of its guard's reach): --ci exits 1 and names _ga, the page and analytics.js", {
    timeout: SCAN_TIMEOUT,
  }, async () => {
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
      browser = await chromium.launch({
        executablePath: CHROME,
        args: CHROMIUM_ARGS,
      });
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
        for (const held of COMPANY_SITE_HELD_URLS) expect(paths, held).not.toContain(held);
        expect(await names(context)).toEqual([]);

        await page.getByRole('button', { name: 'Godta alle', exact: true }).click();
        await expect
          .poll(() => names(context), { timeout: 15_000 })
          .toEqual(expect.arrayContaining(['_ga', '_gid', '_fbp', 'VISITOR_INFO1_LIVE', 'consentry']));

        await page.evaluate(() => (window as unknown as { Consentry: { rejectAll(): Promise<void> } }).Consentry.rejectAll());
        await expect.poll(() => names(context), { timeout: 15_000 }).toEqual(['consentry']);
      } finally {
        await context.close();
      }
    }

    it('the copy with its cookie declarations removed fails the withdrawal check; with the draft it passes them all, and a new scan finds every cookie declared', {
      timeout: SCAN_TIMEOUT * 2,
    }, async () => {
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
      // Nobody declared the video frame's cookie: it is named after the held element it came from.
      expect(cookie(first.report!, server.url + 'company-site/produkt.html', 'accept', 'VISITOR_INFO1_LIVE')).toMatchObject({
        status: 'unknown',
        setBy: server.url + 'company-site/embed.html',
        classification: 'undeclared, from held marketing.youtube',
      });
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
      const undeclared = again
        .report!.pages.flatMap((p) => p.states.accept!.findings)
        .filter((f) => f.kind == 'cookie' && !['declared', 'consentry'].includes(f.status));
      expect(undeclared).toEqual([]);
    });
  });
});

/** Routes of ad-hoc pages: path → HTML. */
const pages =
  (table: Record<string, string>): Routes =>
  (_req, res, url) => {
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
  it('maps the cookie Clarity sets to the catalogue service microsoft-clarity, names each SDK file as the script behind its cookies, storage and beacons; held, nothing before consent', {
    timeout: SCAN_TIMEOUT,
  }, async () => {
    let port = '';
    const vendors = () => `
<script type="text/plain" data-category="analytics" data-service="clarity" src="/node_modules/clarity-js/build/clarity.min.js"></script>
<script type="text/plain" data-category="analytics" data-service="clarity">clarity('start', { projectId: 'scantest', upload: 'http://localhost:${port}/collect', track: true, content: true, delay: 100 });</script>
<script type="text/plain" data-category="analytics" data-service="ga" src="/node_modules/ga-lite/dist/ga-lite.min.js"></script>
<script type="text/plain" data-category="analytics" data-service="ga">galite('create', 'UA-12345-1', 'auto'); galite('send', 'pageview');</script>`;
    const server = await start({
      routes: (req, res, url) => {
        // Clarity's upload endpoint, on "another site" (localhost, while the page is on 127.0.0.1).
        if (url.pathname == '/collect') return (res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }), res.end(''), true);
        return pages({
          '/vendors/':
            head(`{ categories: { analytics: { services: { clarity: { label: 'Clarity' }, ga: { label: 'GA' } } } } }`, vendors()) +
            '<body><h1>Vendors</h1></body></html>',
        })(req, res, url);
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
    expect(cookie(r, page, 'accept', '_clck')).toMatchObject({
      status: 'known',
      catalogue: 'microsoft-clarity',
      category: 'analytics',
      party: 'first',
      setBy: clarity,
      classification: 'undeclared, known: catalogue service microsoft-clarity (analytics)',
    });
    const accepted = findings(r, page, 'accept');
    // ga-lite keeps its client id in localStorage (not a _ga cookie): not in the catalogue, but named after its held element.
    expect(accepted.find((f) => f.kind == 'storage' && f.name == 'uid')).toMatchObject({ setBy: galite, classification: 'undeclared, from held analytics.ga' });
    // Their beacons go to other sites: listed with the SDK that sent them.
    const requests = accepted.filter((f) => f.kind == 'request');
    expect(requests.some((q) => q.name == `http://localhost:${port}/collect` && q.setBy == clarity)).toBe(true);
    expect(requests.some((q) => q.name.startsWith('https://www.google-analytics.com/collect?') && q.setBy == galite)).toBe(true);
  });
});

/** Files of installed packages, by package path (`posthog-js/dist/array.full.js`). */
const vendorFile = (path: string) => readFileSync(require.resolve(path));

/**
 * The vendors' own hosts, answered on 127.0.0.1: an HTTPS server (self-signed certificate, made by
 * openssl for this run; the scanner's browser context ignores certificate errors) that serves each
 * SDK's bundle from node_modules and answers its collection requests with 200.
 */
async function startVendorHosts(pageOrigin: string) {
  const dir = temp();
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=vendor stand-in',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const bundles: Array<[RegExp, string]> = [
    [/^us-assets\.i\.posthog\.com\/static\/([\w.-]+\.js)$/, 'posthog-js/dist/$1'],
    [/^cdn\.mxpnl\.com\/libs\/mixpanel-2-latest\.min\.js$/, 'mixpanel-browser/dist/mixpanel.min.js'],
    [/^cdn\.amplitude\.com\/libs\/analytics-browser-[\d.]+-min\.js\.gz$/, '@amplitude/analytics-browser/lib/scripts/amplitude-min.js'],
    [/^cdn\.segment\.com\/analytics\.js\/v1\/\w+\/analytics\.min\.js$/, '@segment/analytics-next/dist/umd/standalone.js'],
    [/^cdn\.segment\.com\/analytics-next\/bundles\/([\w.-]+\.js)$/, '@segment/analytics-next/dist/umd/$1'],
  ];
  const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const where = `${req.headers.host}${req.url}`.split('?')[0]!;
    const cors = { 'Access-Control-Allow-Origin': pageOrigin, 'Access-Control-Allow-Credentials': 'true' };
    if (req.method == 'OPTIONS')
      return res
        .writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || '',
        })
        .end();
    for (const [re, path] of bundles) {
      const m = re.exec(where);
      if (m) return res.writeHead(200, { ...cors, 'Content-Type': 'text/javascript' }).end(vendorFile(path.replace('$1', m[1]!)));
    }
    // Remote config as a script (PostHog's /array/<token>/config.js), and any other script: nothing to run.
    if (where.endsWith('.js')) return res.writeHead(200, { ...cors, 'Content-Type': 'text/javascript' }).end('');
    if (where.startsWith('fonts.googleapis.com/')) return res.writeHead(200, { ...cors, 'Content-Type': 'text/css' }).end('body { font-family: system-ui }');
    if (where.startsWith('cdn.segment.com/v1/projects/'))
      return res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end('{"integrations":{"Segment.io":{"apiKey":"seg_test_key"}}}');
    if (req.headers.host == 'maps.google.com') return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>Map</p>');
    req.resume();
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end('{"status":1,"code":200}');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  closers.push(() => new Promise((done) => server.close(() => done())));
  return (server.address() as AddressInfo).port;
}

/**
 * A browser for consentry-scan's `--chromium` that resolves `rules` (Chromium's
 * `--host-resolver-rules`): the machine's Chromium started through a two-line shell script.
 */
function chromiumWithHosts(rules: string) {
  const path = join(temp(), 'chromium');
  writeFileSync(path, `#!/bin/sh\nexec ${JSON.stringify(CHROME)} ${JSON.stringify('--host-resolver-rules=' + rules)} "$@"\n`, { mode: 0o755 });
  return path;
}

describe('consentry-scan on pages running real vendor SDKs unheld (PostHog, Mixpanel, Amplitude, Segment from npm), on their own host names', () => {
  const VENDORS: Array<{ id: string; hosts: RegExp; script: string; writes: string[] }> = [
    {
      id: 'posthog',
      hosts: /(^|\.)posthog\.com$/,
      writes: ['cookie ph_phc_test_posthog', 'storage ph_phc_test_posthog'],
      // posthog-js's script-tag bundle, as its docs' snippet loads it (https://posthog.com/docs/libraries/js).
      script: `<script src="https://us-assets.i.posthog.com/static/array.full.js"></script>
<script>posthog.init('phc_test', { api_host: 'https://us.i.posthog.com', person_profiles: 'always' }); posthog.capture('scanned');</script>`,
    },
    {
      id: 'mixpanel',
      hosts: /(^|\.)(mixpanel|mxpnl)\.com$/,
      writes: ['cookie mp_mp_test_token_mixpanel', 'database mixpanelBrowserDb'],
      // The snippet mixpanel-browser ships (https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript).
      // It loads the library protocol-relative (http here); MIXPANEL_CUSTOM_LIB_URL, its hook for another
      // copy of the library, asks for https, which the stand-in host speaks.
      script: `<script>window.MIXPANEL_CUSTOM_LIB_URL = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';
${vendorFile('mixpanel-browser/dist/mixpanel-jslib-snippet.min.js')}
mixpanel.init('mp_test_token', { track_pageview: true }); mixpanel.track('scanned');</script>`,
    },
    {
      id: 'amplitude',
      hosts: /(^|\.)amplitude\.com$/,
      writes: ['cookie AMP_amp_test_k', 'storage AMP_unsent_amp_test_k', 'database AMP_diagnostics_amp_test_k'],
      // The snippet @amplitude/analytics-browser ships (https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2).
      script: `<script>${vendorFile('@amplitude/analytics-browser/lib/scripts/amplitude-snippet-min.js')}
amplitude.init('amp_test_key', { autocapture: false, flushIntervalMillis: 200 }); amplitude.track('scanned');</script>`,
    },
    {
      id: 'segment',
      hosts: /(^|\.)segment\.(com|io)$/,
      writes: ['cookie ajs_anonymous_id', 'storage ajs_anonymous_id'],
      // The snippet of Segment's docs, 5.2.0 (https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/):
      // its queue keeps page() until analytics-next's standalone bundle has loaded.
      script: `<script>!function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");else{analytics.invoked=!0;analytics.methods=["trackSubmit","trackClick","trackLink","trackForm","pageview","identify","reset","group","track","ready","alias","debug","page","screen","once","off","on","addSourceMiddleware","addIntegrationMiddleware","setAnonymousId","addDestinationMiddleware","register"];analytics.factory=function(e){return function(){if(window[i].initialized)return window[i][e].apply(window[i],arguments);var n=Array.prototype.slice.call(arguments);if(["track","screen","alias","group","page","identify"].indexOf(e)>-1){var c=document.querySelector("link[rel='canonical']");n.push({__t:"bpc",c:c&&c.getAttribute("href")||void 0,p:location.pathname,u:location.href,s:location.search,t:document.title,r:document.referrer})}n.unshift(e);analytics.push(n);return analytics}};for(var n=0;n<analytics.methods.length;n++){var key=analytics.methods[n];analytics[key]=analytics.factory(key)}analytics.load=function(key,n){var t=document.createElement("script");t.type="text/javascript";t.async=!0;t.setAttribute("data-global-segment-analytics-key",i);t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(t,r);analytics._loadOptions=n};analytics._writeKey="seg_test_key";analytics.SNIPPET_VERSION="5.2.0";
analytics.load("seg_test_key");
analytics.page();
}}();</script>`,
    },
  ];

  it('names every cookie, storage key and IndexedDB database each SDK writes, and each request to its hosts, with its catalogue service and category; requests to other catalogue hosts too, and the --config draft lists them', {
    timeout: SCAN_TIMEOUT,
  }, async () => {
    const table: Record<string, string> = {};
    const links = VENDORS.map((v) => `<a href="/vendors/${v.id}.html">${v.id}</a>`).join(' ');
    // The start page: a Google Fonts stylesheet and a LinkedIn pixel unheld (request-only catalogue
    // services), a map the config declares by catalogue name, and a script from a host no one knows.
    table['/vendors/'] =
      head(`{ categories: { functional: { services: { maps: 'google-maps' } } } }`) +
      `<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
<body><h1>Vendors</h1><nav>${links}</nav>
<img alt="" width="1" height="1" src="https://px.ads.linkedin.com/collect?pid=1&fmt=gif">
<iframe title="Map" src="https://maps.google.com/maps?q=Oslo"></iframe>
<script src="https://cdn.unknown-vendor.test/tag.js"></script></body></html>`;
    for (const v of VENDORS) table[`/vendors/${v.id}.html`] = head('{}', v.script) + `<body><h1>${v.id}</h1></body></html>`;
    const server = await start({ routes: pages(table) });
    const port = new URL(server.url).port;
    const origin = `http://www.shop.test:${port}`;
    const vendorPort = await startVendorHosts(origin);
    const hosts = [
      '*.posthog.com',
      'cdn.mxpnl.com',
      '*.mixpanel.com',
      '*.amplitude.com',
      'cdn.segment.com',
      'api.segment.io',
      'fonts.googleapis.com',
      'px.ads.linkedin.com',
      'maps.google.com',
      'cdn.unknown-vendor.test',
    ];
    const browser = chromiumWithHosts([`MAP www.shop.test 127.0.0.1`, ...hosts.map((h) => `MAP ${h} 127.0.0.1:${vendorPort}`)].join(', '));
    const draft = join(temp(), 'consentry.config.json');
    const run = await scan([origin + '/vendors/', '--pages', '5', '--ci', '--chromium', browser, '--config', draft]);
    expect(run.code, run.stderr).toBe(1);
    const r = run.report!;
    expect(r.pages.map((p) => p.url).sort()).toEqual([origin + '/vendors/', ...VENDORS.map((v) => `${origin}/vendors/${v.id}.html`)].sort());

    for (const v of VENDORS) {
      const page = `${origin}/vendors/${v.id}.html`;
      for (const state of ['none', 'accept']) {
        const found = findings(r, page, state).filter((f) => f.status != 'consentry');
        const stored = found.filter((f) => f.kind != 'request');
        const requests = found.filter((f) => f.kind == 'request' && v.hosts.test(new URL(f.name).hostname));
        console.log(`${v.id} ${state}: ${stored.map((f) => `${f.kind} ${f.name}`).join(', ')}; ${requests.length} requests to its hosts`);
        expect(stored.map((f) => `${f.kind} ${f.name}`)).toEqual(expect.arrayContaining(v.writes));
        expect(requests.length, `${v.id} ${state} sent nothing`).toBeGreaterThan(0);
        for (const f of [...stored, ...requests])
          expect(f, `${v.id} ${state} ${f.kind} ${f.name}`).toMatchObject({
            status: 'known',
            catalogue: v.id,
            category: 'analytics',
            classification: `undeclared, known: catalogue service ${v.id} (analytics)`,
          });
        // No request to another site but the vendor's own.
        expect(found.filter((f) => f.kind == 'request' && !v.hosts.test(new URL(f.name).hostname))).toEqual([]);
      }
      // Before consent, each is a violation naming the page and the SDK's script.
      const violations = r.violations.filter((x) => x.page == page && x.state == 'none');
      expect(violations.length).toBe(findings(r, page, 'none').filter((f) => f.status != 'consentry').length);
      expect(
        violations.some((x) => x.kind != 'request' && x.scriptUrl && v.hosts.test(new URL(x.scriptUrl).hostname)),
        `${v.id}: no write named its script`,
      ).toBe(true);
    }

    const home = findings(r, origin + '/vendors/', 'none');
    const request = (host: string) => home.find((f) => f.kind == 'request' && new URL(f.name).hostname == host);
    expect(request('fonts.googleapis.com')).toMatchObject({ status: 'known', catalogue: 'google-fonts', category: 'functional', violation: true });
    expect(request('px.ads.linkedin.com')).toMatchObject({
      status: 'known',
      catalogue: 'linkedin-insight',
      category: 'marketing',
      classification: 'undeclared, known: catalogue service linkedin-insight (marketing)',
    });
    expect(request('maps.google.com')).toMatchObject({
      status: 'declared',
      catalogue: 'google-maps',
      category: 'functional',
      service: 'maps',
      classification: 'declared (functional.maps)',
    });
    expect(request('cdn.unknown-vendor.test')).toMatchObject({ status: 'unknown', classification: 'unknown' });
    expect(run.stderr).toContain(
      `violation: before consent, ${origin}/vendors/: request https://px.ads.linkedin.com/collect?pid=1&fmt=gif set by ${origin}/vendors/ — undeclared, known: catalogue service linkedin-insight (marketing)\n`,
    );

    // The draft: each catalogue service found, by catalogue name, in the catalogue's category for it.
    const config = JSON.parse(readFileSync(draft, 'utf8'));
    expect(config.categories.analytics.services).toEqual({ posthog: 'posthog', mixpanel: 'mixpanel', amplitude: 'amplitude', segment: 'segment' });
    expect(config.categories.functional.services).toEqual({ maps: 'google-maps', 'google-fonts': 'google-fonts' });
    expect(config.categories.marketing.services).toEqual({ 'linkedin-insight': 'linkedin-insight' });
    expect(config.categories.unclassified).toBeUndefined();
  });
});

describe('consentry-scan, other cases', () => {
  it('a site without Consentry: "no consent tool found", only the state before a decision, and an unheld tracker is a violation', {
    timeout: SCAN_TIMEOUT,
  }, async () => {
    const server = await start({
      routes: pages({
        '/plain/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title><script src="/company-site/js/marketing.js"></script></head><body><p>Hi</p></body></html>`,
      }),
    });
    const page = server.url + 'plain/';
    // The site's own config file: --config must never write over it.
    const own = join(temp(), 'consentry.config.json');
    writeFileSync(own, '{ "revision": 3 }\n');
    const run = await scan([page, '--ci', '--config', own]);
    expect(run.code).toBe(1);
    expect(readFileSync(own, 'utf8')).toBe('{ "revision": 3 }\n');
    expect(run.stderr).toContain(`${own} is there already: not overwritten`);
    // The draft went beside the report instead, and says so.
    expect(JSON.parse(readFileSync(join(run.out, 'config-draft.json'), 'utf8'))).toHaveProperty('categories');
    expect(run.stderr).toContain(`draft config: ${join(run.out, 'config-draft.json')}`);
    const p = run.report!.pages[0]!;
    expect(p.consentTool).toBeNull();
    expect(p.note).toBe('no consent tool found: only the state without a decision was scanned');
    expect(Object.keys(p.states)).toEqual(['none']);
    expect(run.report!.violations).toEqual([
      {
        page,
        state: 'none',
        kind: 'cookie',
        name: '_fbp',
        scriptUrl: server.url + 'company-site/js/marketing.js',
        classification: 'undeclared, known: catalogue service meta-pixel (marketing)',
      },
    ]);
    expect(run.stderr).toContain('1 page(s) without Consentry');
  });

  it('a cookie from a Set-Cookie header: named after the response that set it, with its HttpOnly and SameSite as the browser keeps them', {
    timeout: SCAN_TIMEOUT,
  }, async () => {
    const server = await start({
      routes: (req, res, url) => {
        if (url.pathname == '/hit')
          return (res.writeHead(204, { 'Set-Cookie': 'srv_id=1; Path=/; Max-Age=3600; HttpOnly; SameSite=Strict' }), res.end(''), true);
        return pages({ '/served/': head('{}', `<script>fetch('/hit?from=page');</script>`) + '<body><p>Hi</p></body></html>' })(req, res, url);
      },
    });
    const page = server.url + 'served/';
    const run = await scan([page, '--pages', '1']);
    expect(run.code, run.stderr).toBe(0);
    const srv = cookie(run.report!, page, 'none', 'srv_id')!;
    expect(srv).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      party: 'first',
      setBy: server.url + 'hit?from=page',
      setVia: 'Set-Cookie',
      status: 'unknown',
      violation: true,
    });
    expect((srv as unknown as { lifetimeSeconds: number }).lifetimeSeconds).toBeGreaterThan(3500);
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

describe('consentry-scan on sites that go wrong', () => {
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

  it('a bad --out or --config: one clear message and exit 2 before the browser opens a page, no stack trace', { timeout: 30_000 }, async () => {
    let hits = 0;
    const server = await start({ routes: () => void hits++ });
    const page = server.url + 'company-site/';
    const file = join(temp(), 'report.txt');
    writeFileSync(file, 'not a folder\n');
    const folder = temp();
    const missing = join(temp(), 'no-such-folder');
    const [out, configDir, configMissing] = await Promise.all([
      scan([page, '--pages', '1'], {}, file),
      scan([page, '--pages', '1', '--config', folder]),
      scan([page, '--pages', '1', '--config', join(missing, 'consentry.config.json')]),
    ]);
    for (const run of [out, configDir, configMissing]) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
      noStack(run.stderr);
    }
    expect(out.stderr).toContain(`[consentry-scan] --out ${file}: a file is there, not a folder`);
    expect(configDir.stderr).toContain(`[consentry-scan] --config ${folder}: a folder is there, not a file`);
    expect(configMissing.stderr).toContain(`[consentry-scan] --config ${join(missing, 'consentry.config.json')}: the folder ${missing} does not exist`);
    // Checked before the scan: not one page was asked for.
    expect(hits).toBe(0);
  });

  it('a start page that answers 404 or 500: "could not load" and exit 2, no report', { timeout: SCAN_TIMEOUT }, async () => {
    const server = await start({
      routes: (_req, res, url) => {
        if (url.pathname != '/broken/') return false;
        res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Error</title><p>Server error</p>');
        return true;
      },
    });
    const [notFound, failing] = await Promise.all([scan([server.url + 'nothing/', '--ci']), scan([server.url + 'broken/', '--ci'])]);
    expect(notFound.code, notFound.stderr).toBe(2);
    expect(notFound.stderr).toContain(`[consentry-scan] could not load ${server.url}nothing/: it answered HTTP 404`);
    expect(failing.code, failing.stderr).toBe(2);
    expect(failing.stderr).toContain(`[consentry-scan] could not load ${server.url}broken/: it answered HTTP 500`);
    expect(notFound.report).toBeUndefined();
  });

  it('a page config that is no object ({ categories: "x" }): the draft starts from {} and is written', { timeout: SCAN_TIMEOUT }, async () => {
    const server = await start({
      routes: pages({
        '/odd/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Odd</title><script>window.consentryConfig = { categories: "x" };</script></head><body><p>Hi</p></body></html>`,
      }),
    });
    const draft = join(temp(), 'consentry.config.json');
    const run = await scan([server.url + 'odd/', '--pages', '1', '--config', draft]);
    expect(run.code, run.stderr).toBe(0);
    noStack(run.stderr);
    expect(JSON.parse(readFileSync(draft, 'utf8'))).toEqual({ categories: { necessary: {} } });
  });

  it('draftConfig: a config of 5, categories of "x", and category or service values that are no objects never throw', async () => {
    const { draftConfig } = (await import('../../packages/scan/src/draftConfig.mjs' as string)) as { draftConfig(r: unknown): Record<string, unknown> };
    const finding = { kind: 'cookie', name: 'a_id', status: 'declared', category: 'analytics', service: 'a', lifetimeSeconds: null };
    const report = (config: unknown) => ({ pages: [{ config, states: { accept: { findings: [finding] } } }] });
    expect(draftConfig(report(5))).toEqual({
      categories: { necessary: {}, analytics: { services: { a: { cookies: [{ name: 'a_id', duration: 'Session' }] } } } },
    });
    expect(draftConfig(report({ categories: 'x', revision: 2 }))).toMatchObject({ revision: 2, categories: { necessary: {}, analytics: {} } });
    expect(draftConfig(report({ categories: [] }))).toMatchObject({ categories: { necessary: {}, analytics: {} } });
    expect(draftConfig(report({ categories: { necessary: 'x', analytics: 'y' } }))).toMatchObject({ categories: { necessary: {}, analytics: {} } });
    expect(draftConfig(report({ categories: { analytics: { services: 'y' } } }))).toMatchObject({ categories: { analytics: { services: { a: {} } } } });
    expect(draftConfig(report({ categories: { analytics: { services: { a: 5 } } } }))).toMatchObject({ categories: { analytics: { services: { a: {} } } } });
  });

  it('the crawl queue keeps each URL once and stops at --pages, on a page with 20 000 links', async () => {
    const { crawlQueue } = (await import('../../packages/scan/src/scanSite.mjs' as string)) as {
      crawlQueue(first: string, max: number): { urls: string[]; add(links: string[]): void };
    };
    const links = Array.from({ length: 20_000 }, (_, i) => `http://127.0.0.1/p${i % 10_000}.html`);
    const queue = crawlQueue('http://127.0.0.1/', 20);
    queue.add(links);
    queue.add(links);
    expect(queue.urls).toEqual(['http://127.0.0.1/', ...links.slice(0, 19)]);
  });

  it("an unclickable button's message names Playwright's last finding, not a step under way when the time ran out", async () => {
    const { clickFailure } = (await import('../../packages/scan/src/scanState.mjs' as string)) as { clickFailure(e: unknown): string };
    // A call log as Playwright gives it for a banner that never stops moving, cut off while a new attempt waits.
    const log = (...end: string[]) =>
      Error(
        [
          'locator.click: Timeout 15000ms exceeded.',
          'Call log:',
          "  - waiting for locator('consentry-ui button[data-action=accept-all]')",
          '    - locator resolved to <button data-action="accept-all">Accept all</button>',
          '  - attempting click action',
          '    2 × waiting for element to be visible, enabled and stable',
          '      - element is not stable',
          '    - retrying click action',
          ...end,
        ].join('\n'),
      );
    for (const end of [[], ['    - waiting 20ms'], ['    - waiting 500ms', '    - waiting for element to be visible, enabled and stable']])
      expect(clickFailure(log(...end))).toBe('locator.click: Timeout 15000ms exceeded. (last: element is not stable)');
  });

  it('a start page that redirects to another site, a renamed Consentry file, its records endpoint on another site, a page whose load never ends, one that cannot be loaded, a 404, a covered and a moving banner: each scanned or named, --ci exits 2', {
    timeout: SCAN_TIMEOUT,
  }, async () => {
    let port = '';
    const other = () => `http://127.0.0.1:${port}`; // the site the start URL names; the pages live on localhost
    const config = () =>
      `<script type="application/json" id="cmp-config">{ "categories": { "necessary": { "cookies": ["sess_ok"] } }, "endpoint": "${other()}/consent" }</script>
<script src="/assets/cmp.js" data-config="#cmp-config"></script>`;
    const doc = (title: string, before: string, body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${before}${config()}</head><body><h1>${title}</h1>${body}</body></html>`;
    const links = ['slow', 'broken', 'missing', 'covered', 'moving'].map((p) => `<a href="/site/${p}.html">${p}</a>`).join(' ');
    // More links than --pages: the queue stops at --pages (the 20 000-link case is the crawl queue's test above).
    const many = Array.from({ length: 200 }, (_, i) => `<a href="/site/n${i}.html">${i}</a>`).join('');
    const table = () => ({
      // A necessary cookie (declared in the config the renamed tag names) and, before any decision only, a pixel to another site.
      '/site/': doc(
        'Home',
        `<script>document.cookie = 'sess_ok=1; path=/'; if (!document.cookie.includes('consentry=')) new Image().src = '${other()}/pixel';</script>`,
        `<nav>${links}${many}</nav>`,
      ),
      // An unheld tracker above Consentry, and an image whose server never answers: no load event.
      '/site/slow.html': doc('Slow', `<script>document.cookie = '_fbp=fb.1.1700000000.1; path=/';</script>`, '<img alt="" src="/hang">'),
      // A full-screen layer above everything: the banner's buttons cannot be clicked.
      '/site/covered.html': doc('Covered', '', '<div style="position:fixed;inset:0;z-index:2147483647;background:rgb(0 0 0 / 1%)"></div>'),
      // The banner never stops moving: Playwright never finds its buttons stable, and the message says what it waited for.
      '/site/moving.html': doc(
        'Moving',
        '<style>consentry-ui{display:block;position:fixed;inset:0;animation:m .3s linear infinite alternate}@keyframes m{to{translate:0 -40px}}</style>',
        '',
      ),
    });
    const server = await start({
      routes: (req, res, url) => {
        const r = req as { method: string; headers: Record<string, string>; socket: { destroy(): void } };
        if (url.pathname == '/go') return (res.writeHead(302, { Location: `http://localhost:${port}/site/` }), res.end(''), true);
        if (url.pathname == '/hang') return true; // never answered
        if (url.pathname == '/site/broken.html') return (r.socket.destroy(), true);
        if (url.pathname == '/pixel' || url.pathname == '/consent') {
          const cors = {
            'Access-Control-Allow-Origin': r.headers.origin || '*',
            'Access-Control-Allow-Headers': 'content-type',
            'Access-Control-Allow-Methods': 'POST',
          };
          return (res.writeHead(204, cors), res.end(''), true);
        }
        if (url.pathname.startsWith('/assets/')) {
          // Consentry's script-tag files under another name: cmp.js is consentry.min.js, its chunks beside it.
          const name = url.pathname.slice('/assets/'.length).replace(/^cmp\.js$/, 'consentry.min.js');
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
          res.end(readFileSync(join(ROOT, 'packages/consentry/dist', name.replace(/[^\w.-]/g, '')), 'utf8'));
          return true;
        }
        return pages(table())(req, res, url);
      },
    });
    port = new URL(server.url).port;
    const site = `http://localhost:${port}/site/`;
    const [slow, broken, missing, covered, moving] = ['slow', 'broken', 'missing', 'covered', 'moving'].map((p) => `${site}${p}.html`);
    const run = await scan([`${other()}/go`, '--pages', '6', '--ci'], { CONSENTRY_SCAN_LOAD_TIMEOUT_MS: '1500' });
    const r = run.report!;
    const json = readFileSync(join(run.out, 'report.json'), 'utf8');
    noStack(run.stderr);

    // The redirect is followed: the pages of localhost are scanned, and its own files are no third-party requests.
    expect.soft(run.stderr).toContain(`[consentry-scan] ${other()}/go redirects to ${site}: scanning http://localhost:${port}`);
    expect.soft(r.pages.map((p) => p.url).sort()).toEqual([site, broken, covered, missing, moving, slow].sort());
    expect.soft(r.violations.filter((v) => v.name.startsWith(`http://localhost:${port}/`))).toEqual([]);
    // The tag that names the config is Consentry's, whatever its file is called: sess_ok is declared necessary.
    expect.soft(r.pages[0]!.consentTool).toMatchObject({ configSource: '#cmp-config' });
    expect.soft(cookie(r, site, 'none', 'sess_ok')).toMatchObject({ status: 'declared', category: 'necessary', violation: false });
    // Before a decision the pixel is a violation; in the decided states it went out before the click: not counted.
    expect
      .soft(r.violations.filter((v) => v.page == site))
      .toEqual([{ page: site, state: 'none', kind: 'request', name: `${other()}/pixel`, scriptUrl: site, classification: 'unknown' }]);
    // The consent record Consentry posts to its endpoint is its own.
    for (const state of ['reject', 'accept'])
      expect
        .soft(
          findings(r, site, state).find((f) => f.name == `${other()}/consent`),
          state,
        )
        .toMatchObject({ status: 'consentry', violation: false });

    // No load event: the page is scanned all the same, the tracker's cookie found, and it says so.
    const slowPage = r.pages.find((p) => p.url == slow);
    expect.soft(slowPage?.consentTool).toMatchObject({ name: 'Consentry' });
    expect.soft(slowPage && cookie(r, slow, 'none', '_fbp')).toMatchObject({ status: 'known', violation: true });
    expect.soft(run.stderr).toContain(`[consentry-scan] ${slow}, before any decision: no load event within 1.5 s; scanned what was there`);
    // Only the 404 page has no Consentry; the slow and the broken one are not counted as such.
    expect.soft(run.stderr).toContain('[consentry-scan] 1 page(s) without Consentry');

    // What could not be scanned is named, and --ci does not pass: exit 2, not 1, with violations too.
    expect
      .soft(run.stderr)
      .toMatch(new RegExp(`\\[consentry-scan\\] could not scan ${broken.replace(/\W/g, '\\$&')}, before any decision: .*ERR_EMPTY_RESPONSE`));
    for (const [state, button] of [
      ['after Reject all', 'reject-all'],
      ['after Accept all', 'accept-all'],
    ])
      expect
        .soft(run.stderr)
        .toMatch(`[consentry-scan] could not scan ${covered}, ${state}: the banner's ${button} button could not be clicked: <div></div> covers it\n`);
    expect
      .soft(run.stderr)
      .toMatch(
        new RegExp(
          `could not scan ${moving.replace(/\W/g, '\\$&')}, after Accept all: the banner's accept-all button could not be clicked: locator.click: Timeout \\d+ms exceeded. \\(last: [^)\\n]*not stable`,
        ),
      );
    expect.soft(run.stderr).not.toContain('no violations');
    expect.soft(run.code).toBe(2);
    // Error text without the terminal colours of Playwright's messages.
    expect.soft(json).not.toContain('\\u001b');
    expect.soft(run.html).not.toContain('\u001b');
    // A page that answered with an error status is listed.
    expect.soft(run.stderr).toContain(`[consentry-scan] ${missing} answered HTTP 404`);
    expect.soft(run.html).toContain('answered HTTP 404');
  });
});
