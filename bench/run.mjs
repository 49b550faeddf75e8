// npm run bench [-- --quick] [--rounds N] [--only a,b] [--variant name=dist-folder] [--out file.md]
// npm run bench -- --from bench/.last-run.json [--previous bench/.previous-run.json]: the report again, no visits
// Builds the bundled pages, serves every page on 127.0.0.1, and visits the tools interleaved: each
// round visits every tool once at normal CPU and once at 4× CPU throttling through playwright-core,
// and the same again through the bare driver (banner and script time without a client library's work
// in the browser, bareChromium.mjs), in a shuffled order, each visit in a fresh browser context. Writes
// docs/performance.md and docs/performance.svg.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../packages/scan/src/findChromium.mjs';
import { launchBareChromium } from './bareChromium.mjs';
import { bareVisit } from './bareVisit.mjs';
import { buildEntries } from './build.mjs';
import { watchOtherCpu } from './otherCpu.mjs';
import { report } from './report.mjs';
import { startServer } from './server.mjs';
import { consentryTool, TOOLS } from './tools.mjs';
import { visit } from './visit.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: new URL('../docs/performance.md', import.meta.url).pathname },
    json: { type: 'string' },
    from: { type: 'string' },
    previous: { type: 'string' },
    settle: { type: 'string' },
    // name=folder: another build of packages/consentry/dist, visited interleaved with the rest (A/B).
    variant: { type: 'string', multiple: true, default: [] },
  },
});
const rounds = Number(args.rounds ?? (args.quick ? 2 : 8));
const variants = Object.fromEntries(args.variant.map((v) => v.split('=')));
const tools = [
  ...(args.only ? TOOLS.filter((t) => args.only.split(',').includes(t.id)) : TOOLS),
  ...Object.keys(variants).map((name) => ({ ...consentryTool(`variant-${name}`, `Consentry (${name})`, `/variant/${name}/`), variant: true })),
];
const CPUS = [1, 4];

const started = Date.now();
const load = loadavg()[0];
const readRun = (file) => JSON.parse(readFileSync(file, 'utf8'));
const LAST = new URL('./.last-run.json', import.meta.url);
const PREVIOUS = new URL('./.previous-run.json', import.meta.url);
const server = await startServer({ tools, variants });
const run = args.from ? readRun(args.from) : await measure();
// The previous run (kept beside the bench, not committed) shows whether two runs agree.
const previous = args.previous ? readRun(args.previous) : args.from ? undefined : existsSync(LAST) ? readRun(LAST) : undefined;
if (!args.from) {
  if (existsSync(LAST)) renameSync(LAST, PREVIOUS);
  writeFileSync(LAST, JSON.stringify(run));
}
const { markdown, svg } = report(run, { sizesOf: server.sizesOf, previous });
await server.close();
writeFileSync(args.out, markdown);
// Tables aligned as the project's formatter writes them, so a run leaves `biome ci` clean.
try {
  execFileSync(new URL('../node_modules/.bin/biome', import.meta.url).pathname, ['format', '--write', args.out], { stdio: 'ignore' });
} catch {
  // Outside the repository (an --out elsewhere) the formatter may refuse the file: it stays unaligned.
}
writeFileSync(args.out.replace(/\.md$/, '.svg'), svg);
if (args.json) writeFileSync(args.json, JSON.stringify(run, null, 1));
console.log(`wrote ${args.out} (${run.seconds} s)`);

/** Every visit of every tool, interleaved, and what the report needs to know about the run. */
async function measure() {
  const otherCpu = watchOtherCpu();
  let others = null;
  await buildEntries();
  const launch = () =>
    chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    });
  let browser = await launch();
  let bare = launchBareChromium();
  const version = browser.version();
  const visits = [];
  const settle = Number(args.settle ?? 500);
  try {
    for (let round = 1; round <= rounds; round++) {
      // Each tool at each CPU rate under playwright-core, and again through the bare driver.
      const order = tools
        .flatMap((t) =>
          CPUS.flatMap((cpu) => [
            [t, cpu],
            [t, cpu, 'bare'],
          ]),
        )
        .sort(() => Math.random() - 0.5);
      for (const [tool, cpu, driver] of order) {
        // A browser that died (out of memory on a loaded machine, say) is started again; that visit counts as failed.
        let v;
        if (driver) {
          if (!bare.connected) bare = launchBareChromium();
          v = { round, driver, ...(await bareVisit(bare, server.origin, tool, { settle, cpu })) };
        } else {
          if (!browser.isConnected()) browser = await launch();
          v = { round, ...(await visit(browser, server.origin, tool, cpu, { settle })) };
        }
        if (v.error) console.warn(`  ${tool.id} ${v.cpu}×${v.driver ? ' (bare driver)' : ''}: ${v.error}`);
        visits.push(v);
      }
      console.log(`round ${round}/${rounds} done (${Math.round((Date.now() - started) / 1000)} s)`);
    }
  } finally {
    others = otherCpu();
    await browser.close();
    bare.close();
  }
  return {
    date: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    rounds,
    cores: availableParallelism(),
    loadBefore: load,
    loadAfter: loadavg()[0],
    otherCpu: others,
    chromium: version,
    tools: tools.map(({ id, label, package: pkg, floor, variant }) => ({ id, label, pkg, floor: !!floor, variant: !!variant })),
    visits,
  };
}
