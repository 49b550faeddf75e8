#!/usr/bin/env node
// `npx consentry-scan <url> [--pages 20] [--out ./scan] [--config consentry.config.json] [--ci]
// [--chromium <path>]` (docs/scan.md). Exit codes: 0 done (or violations without --ci), 1 a
// violation with --ci, 2 the command could not run (bad arguments, no browser, start page unreachable).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftConfig } from '../src/draftConfig.mjs';
import { parseArgs, USAGE, UsageError } from '../src/parseArgs.mjs';
import { createProgress } from '../src/progress.mjs';
import { reportHtml } from '../src/reportHtml.mjs';
import { scanSite } from '../src/scanSite.mjs';

const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const say = (s) => process.stderr.write(`[consentry-scan] ${s}\n`);

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    say(e.message);
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  if (o.help) return void process.stdout.write(USAGE + '\n');
  const progress = createProgress();
  let report;
  try {
    report = await scanSite(o.url, { pages: o.pages, chromium: o.chromium, onProgress: progress.update });
  } catch (e) {
    progress.end();
    say(e.message);
    return 2;
  }
  progress.end();
  report = { ...report, version: VERSION };
  const first = report.pages[0];
  if (!first || (first.states.none.error && report.pages.length == 1)) {
    say(`could not load ${o.url}: ${first?.states.none.error ?? 'no page scanned'}`);
    return 2;
  }
  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(resolve(out, 'report.html'), reportHtml(report));
  // The draft goes to --config FILE, but never over a file already there (the site's own config,
  // say, which `npx consentry texts` reads too): then, as without --config, beside the report.
  const draft = JSON.stringify(draftConfig(report), null, 2) + '\n';
  let draftFile = o.config ? resolve(o.config) : undefined;
  if (draftFile && existsSync(draftFile) && readFileSync(draftFile, 'utf8') != draft) {
    say(`${draftFile} is there already: not overwritten`);
    draftFile = undefined;
  }
  draftFile ||= resolve(out, 'config-draft.json');
  writeFileSync(draftFile, draft);

  const v = report.violations;
  const noTool = report.pages.filter((p) => !p.consentTool).length;
  say(`${report.pages.length} page(s) in ${(report.durationMs / 1000).toFixed(1)} s; report: ${resolve(out, 'report.html')}`);
  say(`draft config: ${draftFile} (review the "unclassified" category, if any)`);
  if (noTool) say(`${noTool} page(s) without Consentry: only the state before a decision was scanned there`);
  for (const x of v)
    say(
      `violation: ${x.state == 'none' ? 'before consent' : 'after Reject all'}, ${x.page}: ${x.area || x.kind} ${x.name}${x.scriptUrl ? ` set by ${x.scriptUrl}` : ''} — ${x.classification}`,
    );
  if (!v.length) say('no violations');
  return v.length && o.ci ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code ?? 0),
  (e) => {
    say(`failed: ${e?.stack || e}`);
    process.exitCode = 2;
  },
);
