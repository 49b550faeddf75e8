#!/usr/bin/env node
// `npx consentry-scan <url> [--pages 20] [--out ./scan] [--config consentry.config.json] [--ci]
// [--chromium <path>]` (docs/scan.md). Exit codes: 0 done (or violations without --ci), 1 a
// violation with --ci, 2 the command could not run (bad arguments or output paths, no browser,
// start page unreachable or answering an error status) or, with --ci, a page or state could not
// be scanned.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { draftConfig } from '../src/draftConfig.mjs';
import { parseArgs, USAGE, UsageError } from '../src/parseArgs.mjs';
import { createProgress } from '../src/progress.mjs';
import { reportHtml } from '../src/reportHtml.mjs';
import { scanSite } from '../src/scanSite.mjs';

const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const say = (s) => process.stderr.write(`[consentry-scan] ${s}\n`);
const STATE_NAMES = { none: 'before any decision', reject: 'after Reject all', accept: 'after Accept all' };

/** A path the command cannot use; its message is printed as it is, and the command exits 2. */
class PathError extends Error {}

/** What a filesystem error code means, in words. */
function fsReason(e) {
  const why = { EACCES: 'not allowed to write there', EPERM: 'not allowed to write there', EROFS: 'a read-only file system', ENOSPC: 'the disk is full' };
  return why[e?.code] || e?.message || String(e);
}

/** The closest folder that exists at or above `path`, checked to be a folder we may write in. */
function writableFolder(flag, given, path) {
  let dir = path;
  while (!existsSync(dir)) dir = dirname(dir);
  if (!statSync(dir).isDirectory()) throw new PathError(`${flag} ${given}: ${dir} is a file, not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new PathError(`${flag} ${given}: ${dir}: ${fsReason(e)}`);
  }
}

/**
 * --out and --config checked before the browser starts, so a typo costs no scan: --out must be a
 * folder or be creatable; --config a file (or nothing yet) in a folder that exists.
 */
function checkPaths(o) {
  const out = resolve(o.out);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new PathError(`--out ${o.out}: a file is there, not a folder`);
  writableFolder('--out', o.out, out);
  if (!o.config) return;
  const file = resolve(o.config);
  if (existsSync(file) && statSync(file).isDirectory()) throw new PathError(`--config ${o.config}: a folder is there, not a file`);
  if (!existsSync(dirname(file))) throw new PathError(`--config ${o.config}: the folder ${dirname(file)} does not exist`);
  writableFolder('--config', o.config, dirname(file));
}

/** Writes `text` to `file`; a filesystem error becomes a PathError naming the file. */
function write(file, text) {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new PathError(`could not write ${file}: ${fsReason(e)}`);
  }
}

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
  checkPaths(o);
  // Tests (and slow staging servers) may set how long a page's load event is waited for.
  const loadTimeoutMs = Number(process.env.CONSENTRY_SCAN_LOAD_TIMEOUT_MS) > 0 ? Number(process.env.CONSENTRY_SCAN_LOAD_TIMEOUT_MS) : undefined;
  const progress = createProgress();
  let report;
  try {
    report = await scanSite(o.url, { pages: o.pages, chromium: o.chromium, loadTimeoutMs, onProgress: progress.update });
  } catch (e) {
    progress.end();
    say(e.message);
    return 2;
  }
  progress.end();
  report = { ...report, version: VERSION };
  const first = report.pages[0];
  const firstNone = first?.states.none;
  if (!first || firstNone.error || firstNone.status >= 400) {
    say(`could not load ${o.url}: ${firstNone?.error ?? (firstNone?.status >= 400 ? `it answered HTTP ${firstNone.status}` : 'no page scanned')}`);
    return 2;
  }
  if (report.redirect) say(`${report.redirect.from} redirects to ${report.redirect.to}: scanning ${new URL(report.redirect.to).origin}`);
  const out = resolve(o.out);
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new PathError(`--out ${o.out}: ${fsReason(e)}`);
  }
  write(resolve(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  write(resolve(out, 'report.html'), reportHtml(report));
  // The draft goes to --config FILE, but never over a file already there (the site's own config,
  // say, which `npx consentry texts` reads too): then, as without --config, beside the report.
  const draft = JSON.stringify(draftConfig(report), null, 2) + '\n';
  let draftFile = o.config ? resolve(o.config) : undefined;
  if (draftFile && existsSync(draftFile) && readFileSync(draftFile, 'utf8') != draft) {
    say(`${draftFile} is there already: not overwritten`);
    draftFile = undefined;
  }
  draftFile ||= resolve(out, 'config-draft.json');
  write(draftFile, draft);

  const v = report.violations;
  const states = report.pages.flatMap((p) => Object.entries(p.states).map(([state, s]) => ({ page: p, state, s })));
  const unscanned = states.filter((x) => x.s.error);
  // A page whose scan failed is no page without Consentry: nobody could tell.
  const noTool = report.pages.filter((p) => !p.consentTool && !p.states.none.error).length;
  say(`${report.pages.length} page(s) in ${(report.durationMs / 1000).toFixed(1)} s; report: ${resolve(out, 'report.html')}`);
  say(`draft config: ${draftFile} (review the "unclassified" category, if any)`);
  if (noTool) say(`${noTool} page(s) without Consentry: only the state before a decision was scanned there`);
  for (const p of report.pages) if (p.states.none.status >= 400) say(`${p.url} answered HTTP ${p.states.none.status}`);
  for (const x of states) if (x.s.note) say(`${x.page.url}, ${STATE_NAMES[x.state]}: ${x.s.note}`);
  for (const x of unscanned) say(`could not scan ${x.page.url}, ${STATE_NAMES[x.state]}: ${x.s.error}`);
  for (const x of v)
    say(
      `violation: ${x.state == 'none' ? 'before consent' : 'after Reject all'}, ${x.page}: ${x.area || x.kind} ${x.name}${x.scriptUrl ? ` set by ${x.scriptUrl}` : ''} — ${x.classification}`,
    );
  if (unscanned.length) say(`${unscanned.length} state(s) could not be scanned: the scan is incomplete${o.ci ? ' (exit 2)' : ''}`);
  else if (!v.length) say('no violations');
  // An incomplete scan is no verdict, whatever it found: --ci fails it as "could not scan".
  if (o.ci && unscanned.length) return 2;
  return v.length && o.ci ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code ?? 0),
  (e) => {
    // Paths the command cannot use are told as they are; anything else in one line, never a stack trace.
    say(e instanceof PathError ? e.message : `failed: ${e?.message || e}`);
    process.exitCode = 2;
  },
);
