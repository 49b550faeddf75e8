// The bench (npm run bench) is not part of the tests, but its page set and its report are: every
// tool's page is served with every file it names, and a run's figures become the table and chart.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME, CHROMIUM_ARGS } from '../browser/harness';

const bench = (file: string) => import(new URL(`../../bench/${file}`, import.meta.url).href);

/** The page without a banner, the floor every real visit here is measured against. */
const EMPTY = { id: 'empty', html: '<!doctype html><html><body><p>Text</p></body></html>' };

describe('bench page set', () => {
  it('serves every tool page and every local file it names, gzip-compressed, code cacheable and pages not', async () => {
    const { buildEntries } = await bench('build.mjs');
    const { startServer } = await bench('server.mjs');
    const { TOOLS } = await bench('tools.mjs');
    await buildEntries();
    const server = await startServer();
    try {
      for (const tool of TOOLS) {
        const page = await fetch(`${server.origin}/${tool.id}.html`);
        expect(page.status, tool.id).toBe(200);
        expect(page.headers.get('cache-control')).toBe('no-store');
        const html = await page.text();
        const files = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
        if (!tool.floor || tool.id == 'preact-floor') expect(files.length, `${tool.id} names its files`).toBeGreaterThan(0);
        for (const f of files) {
          const res = await fetch(server.origin + f);
          expect(res.status, `${tool.id}: ${f}`).toBe(200);
          expect(res.headers.get('content-encoding'), f).toBe('gzip');
          expect(res.headers.get('cache-control'), f).toMatch(/max-age/);
        }
      }
    } finally {
      await server.close();
    }
  }, 30_000);
});

describe('bench report', () => {
  /** A run as run.mjs records it: Consentry, one peer and the empty page, two visits each per CPU rate. */
  const visit = (tool: string, cpu: number, k: number) => ({
    tool,
    cpu,
    bannerMs: (tool == 'consentry' ? 100 : 200) * cpu + k,
    scriptMs: (tool == 'consentry' ? 5 : 10) * cpu,
    tbtMs: 0,
    longTasks: 0,
    ownScriptMs: tool == 'empty' ? 0 : (tool == 'consentry' ? 20 : 40) * cpu + k,
    heapBytes: tool == 'empty' ? 700_000 : tool == 'consentry' ? 1_300_000 : 1_400_000,
    cls: 0,
    ...(tool == 'empty'
      ? { firstFiles: [], returnFiles: [], returnScriptMs: 0.2 }
      : {
          firstFiles: [`/${tool}.js`],
          beforeClickFiles: [`/${tool}.js`],
          returnFiles: [`/${tool}.js`],
          acceptMs: (tool == 'consentry' ? 8 : 12) * cpu,
          acceptReleasedMs: (tool == 'consentry' ? 3 : 4) * cpu + k,
          inpMs: 16,
          fetchedOnClick: [],
          returnScriptMs: 3,
          returnAnalyticsMs: 40,
          returnDclMs: 50,
        }),
  });
  const run = {
    date: '2026-12-03T09:00:00.000Z',
    seconds: 1,
    rounds: 2,
    cores: 2,
    loadBefore: 1,
    loadAfter: 1,
    chromium: '1',
    tools: [
      { id: 'consentry', label: 'Consentry', floor: false },
      { id: 'vanilla-cookieconsent', label: 'vanilla-cookieconsent', pkg: 'vanilla-cookieconsent', floor: false },
      { id: 'empty', label: 'floor: the page without a banner', floor: true },
    ],
    visits: ['consentry', 'vanilla-cookieconsent', 'empty'].flatMap((t) => [1, 4].flatMap((cpu) => [0, 2].map((k) => visit(t, cpu, k)))),
  };
  const sizesOf = (path: string) => ({ raw: 3000, gzip: path == '/consentry.js' ? 1000 : 2000, brotli: 900 });

  it('states each target with its figures and whether it is met, and draws the same run', async () => {
    const { report } = await bench('report.mjs');
    const { markdown, svg, targets } = report(run, { sizesOf });
    const target = (name: string) => targets.find((t: { target: string }) => t.target.startsWith(name));

    expect(target('Banner visible ≤ 0.8 × the fastest peer (1× CPU)')).toMatchObject({ mine: '100 ms', met: true });
    expect(target('Banner visible ≤ 0.8 × the fastest peer (1× CPU)').other).toContain('ratio 0.50');
    expect(target('Accept all → analytics ran ≤ 1.0 × the fastest peer (4× CPU)')).toMatchObject({ mine: '32.0 ms', met: true });
    expect(target('JS heap above the empty page')).toMatchObject({ met: true });
    expect(target('CLS 0')).toMatchObject({ met: true });
    expect(target("Same, Consentry's own script alone")).toMatchObject({ mine: '20.0 ms at 1×, 80.0 ms at 4× (p90 22.0 / 82.0 ms)', met: false });
    expect(markdown).toMatch(/\| Longest run of its own script \(ms\) \| 20 \(22\) \| 40 \(42\) \| 0\.0 \(0\.0\) \| 0\.50 \(vanilla-cookieconsent\) \|/);
    expect(target("Returning visitor: Consentry's own script time")).toMatchObject({ mine: '2.8 ms', met: true });
    expect(target("Returning visitor: Consentry's own script time").other).toMatch(/the leanest peer's own: vanilla-cookieconsent 2\.8 ms$/);
    expect(markdown).toMatch(/\| Banner visible \(ms\) \| 100 \(102\) \| 200 \(202\) \| 200 \(202\) \| 0\.50 \(vanilla-cookieconsent\) \|/);
    expect(markdown).toMatch(/\| Accept all → held script put in \(ms\) \| 12\.0 \(14\.0\) \| 16\.0 \(18\.0\) \| – \| 0\.75 \(vanilla-cookieconsent\) \|/);
    expect(markdown).toContain('| First visit until the banner shows, gzip | 1.0 | 2.0 | 0.0 | 0.50 (vanilla-cookieconsent) |');
    expect(svg).toMatch(/^<svg /);
    expect(svg.match(/<rect x=/g)?.length).toBe(7 * 2); // seven panels, one bar per tool but the empty page
  });

  it('marks a target missed when Consentry is slower', async () => {
    const { report } = await bench('report.mjs');
    const slow = { ...run, visits: run.visits.map((v) => (v.tool == 'consentry' ? { ...v, acceptMs: 100, cls: 0.2 } : v)) };
    const { targets } = report(slow, { sizesOf });
    expect(targets.find((t: { target: string }) => t.target.startsWith('Accept all → analytics ran ≤ 1.0 × the fastest peer (1× CPU)')).met).toBe(false);
    expect(targets.find((t: { target: string }) => t.target == 'CLS 0').met).toBe(false);
  });

  it("gives the floor's own figures beside the heap, long-task and returning-visit targets, when the run has the floor", async () => {
    const { report } = await bench('report.mjs');
    const floor = { id: 'preact-floor', label: 'floor: Preact + a bare banner, one file', floor: true };
    const floorVisits = [1, 4].flatMap((cpu) =>
      [0, 2].map((k) => ({ ...visit('preact-floor', cpu, k), heapBytes: 1_024_000 + 1024 * k, longTasks: cpu == 4 ? 2 : 0, returnScriptMs: 1.7 })),
    );
    const { targets } = report({ ...run, tools: [...run.tools, floor], visits: [...run.visits, ...floorVisits] }, { sizesOf });
    const other = (name: string) => targets.find((t: { target: string }) => t.target.startsWith(name)).other;
    expect(other('JS heap above the empty page')).toMatch(/; floor: 316\.4 KiB$/);
    expect(other('No long task from Consentry')).toMatch(/; floor: 0 \/ 2$/);
    expect(other("Returning visitor: Consentry's own script time")).toMatch(/; the floor's own: 1\.5 ms$/);
  });

  it('reports banner and script time through the bare driver beside the figures under playwright-core, and each target judged on each', async () => {
    const { report } = await bench('report.mjs');
    // Visits through the bare driver, with figures of their own beside the playwright-core ones:
    // at normal CPU the first visit and the returning view, at 4× the banner only.
    const bare = ['consentry', 'vanilla-cookieconsent', 'empty'].flatMap((tool) =>
      [0, 2].flatMap((k) => [
        {
          tool,
          round: k / 2 + 1,
          cpu: 1,
          driver: 'bare',
          bannerMs: (tool == 'consentry' ? 300 : 100) + k,
          scriptMs: (tool == 'consentry' ? 1 : tool == 'empty' ? 0.1 : 10) + k / 2,
          returnScriptMs: (tool == 'consentry' ? 0.6 : tool == 'empty' ? 0.1 : 3) + (tool == 'vanilla-cookieconsent' ? k / 2 : k / 10),
        },
        { tool, round: k / 2 + 1, cpu: 4, driver: 'bare', bannerMs: (tool == 'consentry' ? 70 : 100) + k },
      ]),
    );
    const { markdown, targets } = report({ ...run, visits: [...run.visits, ...bare] }, { sizesOf });
    const after = (name: string) => targets[targets.findIndex((t: { target: string }) => t.target.startsWith(name)) + 1];
    expect(after('Banner visible ≤ 0.8 × the fastest peer (1× CPU)')).toMatchObject({
      target: expect.stringContaining('bare DevTools pipe, 1×'),
      mine: '300 ms',
      met: false,
    });
    expect(after('Banner visible ≤ 0.8 × the fastest peer (4× CPU)')).toMatchObject({
      target: expect.stringContaining('bare DevTools pipe, 4×'),
      mine: '70 ms',
      met: true,
    });
    expect(after('Banner visible ≤ 0.8 × the fastest peer (4× CPU)').other).toMatch(/^vanilla-cookieconsent 100 ms \(ratio 0\.70, 80 % interval/);
    expect(after('Script time ≤ 0.8 × the leanest peer')).toMatchObject({ target: expect.stringContaining('bare DevTools pipe'), mine: '1.0 ms', met: true });
    expect(after('Script time ≤ 0.8 × the leanest peer').other).toMatch(/^vanilla-cookieconsent 10\.0 ms \(ratio 0\.10, 80 % interval/);
    expect(after("Returning visitor: Consentry's own script time")).toMatchObject({ mine: '0.5 ms', met: true });
    expect(after("Returning visitor: Consentry's own script time").other).toMatch(
      /^page 0\.6 ms, empty 0\.1 ms; the leanest peer's own: vanilla-cookieconsent 2\.9 ms$/,
    );
    // The figures under playwright-core are unchanged by the bare driver's visits.
    expect(targets.find((t: { target: string }) => t.target.startsWith("Returning visitor: Consentry's own script time")).mine).toBe('2.8 ms');
    expect(markdown).toMatch(/\| Script time, bare driver \(ms\) \| 1\.0 \(2\.0\) \| 10\.0 \(11\.0\) \| 0\.1 \(1\.1\) \| 0\.10 \(vanilla-cookieconsent\) \|/);
    expect(markdown).toMatch(/\| Banner visible, bare driver \(ms\) \| 300 \(302\) \| 100 \(102\) \| 100 \(102\) \| 3\.00 \(vanilla-cookieconsent\) \|/);
    // Script time through the bare driver is at normal CPU only: the table at 4× has the banner's row alone.
    const at4 = markdown.split('## Timings at 4× CPU')[1];
    expect(at4).toMatch(/\| Banner visible, bare driver \(ms\) \| 70 \(72\) \|/);
    expect(at4).not.toContain('script time, bare driver');
    expect(at4).not.toContain('Script time, bare driver');
    // The banner's figures under playwright-core are unchanged by the bare driver's visits.
    expect(targets.find((t: { target: string }) => t.target.startsWith('Banner visible ≤ 0.8 × the fastest peer (4× CPU)')).mine).toBe('400 ms');
  });
});

describe('the playwright-core visit', () => {
  // A banner of a few elements, kept by one small script: its heap is a few KiB above the empty
  // page's. Playwright's in-page helper (what page.waitForFunction and locators run on) is hundreds
  // of KiB in the same JS heap, so a visit that waited through it would count it.
  const small = {
    id: 'small',
    html: `<!doctype html><html><body><p>Text</p><script>
      const b = document.createElement('div'); b.className = 'banner'; b.textContent = 'Cookies?'; document.body.append(b);
    </script></body></html>`,
    banner: `document.querySelector('.banner')`,
  };
  // The same banner, put in by a script that first runs for 80 ms.
  const busy = {
    ...small,
    id: 'busy',
    html: small.html.replace('<script>', '<script>const until = performance.now() + 80; while (performance.now() < until);'),
  };
  let browser: Browser;
  let server: { origin: string; close(): Promise<void> };
  let visitOnce: (tool: object) => Promise<Record<string, number | string | undefined>>;
  beforeAll(async () => {
    const { startServer } = await bench('server.mjs');
    const { visit } = await bench('visit.mjs');
    server = await startServer({ tools: [small, busy, EMPTY] });
    browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
    visitOnce = (tool) => visit(browser, server.origin, tool, 1, { settle: 100 });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("measures the page's heap without the driver's own script in it", async () => {
    const s = await visitOnce(small);
    const e = await visitOnce(EMPTY);
    expect(s.error).toBeUndefined();
    expect(s.bannerMs).toBeGreaterThan(0);
    expect(((s.heapBytes as number) - (e.heapBytes as number)) / 1024).toBeLessThan(100);
  }, 30_000);

  it("gives the longest run of the page's own script, and none for a page without one", async () => {
    const b = await visitOnce(busy);
    const e = await visitOnce(EMPTY);
    expect(b.error).toBeUndefined();
    expect(b.ownScriptMs).toBeGreaterThanOrEqual(80);
    expect(b.ownScriptMs).toBeLessThan(500);
    expect(e.ownScriptMs).toBe(0);
  }, 30_000);
});

describe('the bare driver', () => {
  /** Serves `tools` and the empty page, and visits them through a bare Chromium started for `fn`. */
  async function withBareDriver(tools: object[], fn: (visit: (tool: object, options: object) => Promise<Record<string, unknown>>) => Promise<void>) {
    const { launchBareChromium } = await bench('bareChromium.mjs');
    const { bareVisit } = await bench('bareVisit.mjs');
    const { startServer } = await bench('server.mjs');
    const server = await startServer({ tools: [...tools, EMPTY] });
    const chrome = launchBareChromium();
    try {
      await fn((tool, options) => bareVisit(chrome, server.origin, tool, options));
    } finally {
      chrome.close();
      await server.close();
    }
  }

  it('measures a page through Chromium without a client library, clicking as a visitor does', async () => {
    // A page that spends 100 ms in script on every view; its banner (in a shadow root) takes only a
    // trusted click, which sets its cookie and runs the held script, as on a returning view.
    const busy = {
      id: 'busy',
      html: `<!doctype html><html><head><script>
        const until = performance.now() + 100; while (performance.now() < until);
        const run = () => { const s = document.createElement('script'); s.src = '/analytics.js'; document.head.append(s); };
        if (document.cookie.includes('ok=1')) run();
      </script></head><body><p>Text</p><div id="host"></div><script>
        if (!document.cookie.includes('ok=1')) {
          const root = document.getElementById('host').attachShadow({ mode: 'open' });
          root.innerHTML = '<div class="banner"><button data-accept>OK</button></div>';
          root.querySelector('button').addEventListener('click', (e) => { if (e.isTrusted) { document.cookie = 'ok=1; path=/'; run(); } });
        }
      </script></body></html>`,
      banner: `document.querySelector('#host').shadowRoot.querySelector('.banner')`,
      accept: '#host .banner [data-accept]',
    };
    await withBareDriver([busy], async (visit) => {
      const b = await visit(busy, { settle: 100 });
      const e = await visit(EMPTY, { settle: 100 });
      expect(b.error).toBeUndefined();
      expect(b.scriptMs).toBeGreaterThanOrEqual(100);
      expect(b.returnScriptMs).toBeGreaterThanOrEqual(100);
      expect(e).toMatchObject({ tool: 'empty' });
      // Chromium's own work on an empty page varies with the machine (2-20 ms); the spin does not.
      expect(e.returnScriptMs as number).toBeLessThan((b.returnScriptMs as number) - 50);
    });
  }, 60_000);

  it('measures when the banner shows, at 4× CPU too, where it stops once the banner is up', async () => {
    // A fixed amount of work (not a wait for the clock) before the banner goes in: 4× CPU makes it take longer.
    const working = {
      id: 'working',
      html: `<!doctype html><html><body><p>Text</p><script>
        let x = 0; for (let i = 0; i < 4e7; i++) x += i % 7;
        const b = document.createElement('div'); b.className = 'banner'; b.textContent = 'Cookies? ' + (x > 0); document.body.append(b);
      </script></body></html>`,
      banner: `document.querySelector('.banner')`,
    };
    await withBareDriver([working], async (visit) => {
      const at1 = await visit(working, { settle: 0, cpu: 1 });
      const at4 = await visit(working, { settle: 0, cpu: 4 });
      const e = await visit(EMPTY, { settle: 0, cpu: 4 });
      expect(at4).toEqual({ tool: 'working', cpu: 4, bannerMs: expect.any(Number) });
      expect((at4.bannerMs as number) - (at1.bannerMs as number)).toBeGreaterThan(40);
      expect(e.bannerMs).toBeGreaterThan(0); // the empty page's first contentful paint
    });
  }, 60_000);

  it('gives up on a page whose load never ends, and on a browser that is gone, instead of waiting for ever', async () => {
    const { launchBareChromium } = await bench('bareChromium.mjs');
    const { bareVisit } = await bench('bareVisit.mjs');
    // An image the server never answers: the page's load event never comes.
    const server = createServer((req, res) => {
      if (req.url == '/hang.html') res.end('<!doctype html><html><body><img src="/never"></body></html>');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const chrome = launchBareChromium();
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const started = Date.now();
      const v = await bareVisit(chrome, origin, { id: 'hang' }, { settle: 0, timeout: 1000 });
      expect(v.error).toBe('no Page.loadEventFired within 1000 ms');
      expect(Date.now() - started).toBeLessThan(10_000);
      // The browser dies while an event is awaited: the wait ends with that news.
      const waiting = chrome.next('Page.loadEventFired', 'none', 60_000);
      chrome.close();
      await expect(waiting).rejects.toThrow(/^Chromium exited/);
      expect(chrome.connected).toBe(false);
    } finally {
      chrome.close();
      server.closeAllConnections();
      server.close();
    }
  }, 30_000);
});

describe('agreement between two runs', () => {
  const ratios = { 'banner 1×': 1.2, 'accept 1×': 1.1 };

  it('agrees only on ratios both runs have', async () => {
    const { agreement } = await bench('report.mjs');
    expect(agreement(ratios, { 'banner 1×': 1.25, 'accept 1×': 1.1 })).toBe("The runs agree: every key ratio is within 20 % of the other run's.");
    expect(agreement(ratios, { 'banner 1×': 1.25, 'accept 1×': Number.NaN })).toBe('The runs agree (within 20 %) on banner 1×. Not in both runs: accept 1×.');
    expect(agreement(ratios, { 'banner 1×': Number.NaN, 'accept 1×': undefined })).toMatch(/^Nothing to compare/);
    expect(agreement(ratios, { 'banner 1×': 2, 'accept 1×': 1.1 })).toMatch(/agree \(within 20 %\) on accept 1×; they \*\*disagree\*\* on banner 1×/);
  });
});

describe('how far a ratio of one run can be trusted', () => {
  const tools = [
    { id: 'consentry', label: 'Consentry', floor: false },
    { id: 'orejime', label: 'Orejime', floor: false },
    { id: 'preact-floor', label: 'floor', floor: true },
  ];
  /** A run of `loads.length` rounds: in round r every tool is slowed by loads[r] (the machine's load), plus `noise(tool, r)`. */
  const runOf = (loads: number[], noise = (_tool: string, _r: number) => 0) => ({
    rounds: loads.length,
    tools,
    visits: loads.flatMap((load, r) =>
      tools.flatMap((t) =>
        [1, 4].map((cpu) => ({
          round: r + 1,
          tool: t.id,
          cpu,
          bannerMs: ({ consentry: 100, orejime: 200, 'preact-floor': 80 }[t.id]! + noise(t.id, r)) * load * cpu,
        })),
      ),
    ),
  });

  it('keeps each round together, so load that slowed every tool alike does not widen the interval', async () => {
    const { intervalOf } = await bench('report.mjs');
    const loaded = runOf([1, 3, 1.5, 2, 1, 4, 1.2, 2.5]);
    expect(intervalOf(loaded, 'bannerMs', 1, (t: { id: string }) => t.id == 'orejime')).toEqual([0.5, 0.5]);
    // A run recorded before visits carried their round is cut into rounds by position.
    const unnumbered = { ...loaded, visits: loaded.visits.map(({ round, ...v }) => v) };
    expect(intervalOf(unnumbered, 'bannerMs', 1, (t: { id: string }) => t.id == 'orejime')).toEqual([0.5, 0.5]);
  });

  it('widens with noise that differs between tools, and gives the same interval for the same run', async () => {
    const { intervalOf } = await bench('report.mjs');
    const noisy = runOf([1, 1, 1, 1, 1, 1, 1, 1], (tool, r) => (tool == 'consentry' ? [0, 40, -30, 10, 60, -20, 30, 0][r] : 0));
    const [lo, hi] = intervalOf(noisy, 'bannerMs', 4, (t: { id: string }) => t.id == 'orejime');
    expect(lo).toBeLessThan(0.5);
    expect(hi).toBeGreaterThan(0.5);
    expect(intervalOf(noisy, 'bannerMs', 4, (t: { id: string }) => t.id == 'orejime')).toEqual([lo, hi]);
  });

  it("states a target's interval and the floor's own ratio to the same peer", async () => {
    const { report } = await bench('report.mjs');
    const run = {
      ...runOf([1, 2, 1, 3]),
      date: '2026-12-04T09:00:00.000Z',
      seconds: 1,
      cores: 2,
      loadBefore: 1,
      loadAfter: 1,
      chromium: '1',
    };
    const { targets } = report(run, { sizesOf: () => ({ raw: 1, gzip: 1, brotli: 1 }) });
    const banner = targets.find((t: { target: string }) => t.target == 'Banner visible ≤ 0.8 × the fastest peer (1× CPU)');
    expect(banner.other).toMatch(/^Orejime \d+ ms \(ratio 0\.50, 80 % interval 0\.50–0\.50; floor 0\.40\)$/);
  });

  it('says the machine was shared only when other processes took its CPU during the run', async () => {
    const { machine } = await bench('report.mjs');
    // The load before the run is high (the run before it), but nothing else ran during this one.
    expect(machine({ loadBefore: 2.6, loadAfter: 2.3, otherCpu: 0.012 })).toBe(
      'The machine was otherwise idle (other processes used 1.2 % of its CPU time during the run; load average 2.6 before, 2.3 after); absolute times still move between runs, ratios within one run less.',
    );
    expect(machine({ loadBefore: 0.1, loadAfter: 3.1, otherCpu: 0.21 })).toMatch(
      /^\*\*The machine was shared\*\* \(other processes used 21\.0 % of its CPU time during the run;/,
    );
    // A run from before the share was counted: the load average before it decides.
    expect(machine({ loadBefore: 0.2, loadAfter: 2.3 })).toMatch(/^The machine was otherwise idle \(load average 0\.2 before the run, 2\.3 after\)/);
    expect(machine({ loadBefore: 1.4, loadAfter: 3.1, otherCpu: null })).toMatch(
      /^\*\*The machine was shared\*\* \(load average 1\.4 before the run, 3\.1 after\)/,
    );
  });

  it('counts the CPU time of processes outside the bench, not its own', async () => {
    const { cpuTicks, watchOtherCpu } = await bench('otherCpu.mjs');
    const { execFileSync, spawn } = await import('node:child_process');
    const { existsSync, readFileSync } = await import('node:fs');
    if (!existsSync('/proc/stat')) return expect(watchOtherCpu()()).toBeNull();
    // Spins for `ms` of CPU time (not wall time: other test files share the cores).
    const spin = 'const t=process.cpuUsage().user;while(process.cpuUsage().user-t<300e3);';
    const ticksOf = (pid: number) => {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\)\s/s, '')
        .split(' ');
      return +f[11] + +f[12];
    };
    // In clock ticks (1/100 s): its own work, a child's that ended, and a live child's are the bench's.
    const before = cpuTicks();
    const self = process.cpuUsage();
    new Function(spin)();
    const { user, system } = process.cpuUsage(self);
    // The child says how much it used (its spin asks the kernel often: system time too).
    const ended = Number(execFileSync(process.execPath, ['-e', `${spin}const u=process.cpuUsage();console.log(u.user+u.system)`], { encoding: 'utf8' }));
    const child = spawn('sh', ['-c', 'while :; do :; done']);
    try {
      await new Promise((done) => setTimeout(done, 600));
      const childTicks = ticksOf(child.pid!);
      const after = cpuTicks();
      const ticks = (us: number) => Math.floor(us / 1e4);
      expect(childTicks).toBeGreaterThanOrEqual(5);
      expect(after.own - before.own).toBeGreaterThanOrEqual(ticks(user + system) + ticks(ended) + childTicks - 3);
    } finally {
      child.kill('SIGKILL');
    }
    // A process outside its tree (the shell that started it has ended): all its time is others'.
    const other = Number(execFileSync('sh', ['-c', 'while :; do :; done >/dev/null 2>&1 & echo $!'], { encoding: 'utf8' }));
    try {
      const [start, spinStart, share] = [cpuTicks(), ticksOf(other), watchOtherCpu()];
      await new Promise((done) => setTimeout(done, 1000));
      const [end, spun, othersShare] = [cpuTicks(), ticksOf(other) - spinStart, share()];
      expect(spun).toBeGreaterThanOrEqual(10);
      // The machine's busy ticks and a process's are sampled a moment apart: on a loaded machine
      // (CI beside other work) they part by a few ticks in 100.
      expect(end.busy - start.busy - (end.own - start.own)).toBeGreaterThanOrEqual(0.95 * spun - 2);
      expect(end.own - start.own).toBeLessThan(spun);
      expect(othersShare).toBeGreaterThanOrEqual((0.8 * spun) / (end.total - start.total));
    } finally {
      process.kill(other, 'SIGKILL');
    }
  });

  it("reads a process's parent and CPU time whatever its command name holds", async () => {
    const { processTicks } = await bench('otherCpu.mjs');
    const { existsSync } = await import('node:fs');
    if (!existsSync('/proc/stat')) return;
    const { spawn } = await import('node:child_process');
    // A name with ') ' and spaces: fields counted from the first ')' would be off by five.
    const spin = "process.title='a) 1 2 3 4 5';const t=process.cpuUsage().user;while(process.cpuUsage().user-t<300e3);console.log('spun')";
    const child = spawn(process.execPath, ['-e', `${spin};setInterval(()=>{},1e3)`]);
    try {
      await new Promise((spun) => child.stdout.once('data', spun));
      const { ppid, own } = processTicks(child.pid);
      expect(ppid).toBe(process.pid);
      // 0.3 s of CPU time, in clock ticks (1/100 s).
      expect(own).toBeGreaterThanOrEqual(29);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says whether runs that disagree are still within each other’s noise', async () => {
    const { agreement } = await bench('report.mjs');
    const a = { 'accept 4×': 1.8, 'banner 1×': 1.2 };
    const b = { 'accept 4×': 1.39, 'banner 1×': 1.2 };
    expect(agreement(a, b, { 'accept 4×': [1.41, 1.98] }, { 'accept 4×': [1.34, 1.76] })).toMatch(
      /\*\*disagree\*\* on accept 4×: .*Their 80 % intervals overlap on accept 4×: that difference is within this machine's noise\.$/,
    );
    expect(agreement(a, b, { 'accept 4×': [1.7, 1.98] }, { 'accept 4×': [1.3, 1.5] })).toMatch(/They do not overlap on accept 4×\.$/);
  });
});
