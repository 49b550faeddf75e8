#!/usr/bin/env node
// `npx consentry texts [config.json] [--out file]`: the text archive (issue 6, docs/records.md
// "textHash"). For one config (default ./consentry.config.json; `-` reads it from stdin) it writes,
// for every built-in language, the exact texts of the banner (without and with the Global Privacy
// Control notice), of the preferences dialog and of each embed placeholder, each with the
// `textHash` a record made in that layer carries. Plain ESM on the built packages (no build step of its own): it uses the same
// functions as the UI in the browser, so the hashes are the same.
import { readFileSync, writeFileSync } from 'node:fs';

const USAGE = `Usage: consentry texts [config.json | -] [--out file] [--publish <receiver url>]

  Writes the banner, preferences dialog and placeholder texts of every built-in language,
  with the textHash a consent record made in each carries, as JSON (stdout, or --out file).
  config.json defaults to ./consentry.config.json; "-" reads the config from stdin.
  --publish sends every language and layer to a Consentry receiver's text archive
  (PUT <url>/admin/texts/<textHash>) with the admin token from CONSENTRY_ADMIN_TOKEN.`;

class InputError extends Error {}
const fail = (message) => {
  throw new InputError(message);
};

const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** `[command, configPath, out]` from the command line (throws InputError on what it cannot use). */
function parseArgs(args) {
  let command;
  let file;
  let out;
  let publish;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a == '--publish') {
      publish = args[++i];
      if (!publish) fail('--publish needs the receiver URL (https://consent.example.com)');
    } else if (a.startsWith('--publish=')) publish = a.slice(10) || fail('--publish needs the receiver URL');
    else if (a == '--out' || a == '-o') {
      out = args[++i];
      if (!out) fail(`${a} needs a file name`);
    } else if (a.startsWith('--out=')) out = a.slice(6) || fail('--out needs a file name');
    else if (a == '-' || !a.startsWith('-')) {
      if (command === undefined) command = a;
      else if (file === undefined) file = a;
      else fail(`unexpected argument "${a}" (see consentry --help)`);
    } else fail(`unknown option "${a}" (see consentry --help)`);
  }
  return [command, file, out, publish];
}

/** How long a 429's `Retry-After` may make the publisher wait, in seconds, and how often in a row. */
const MAX_WAIT_S = 60;
const MAX_WAITS = 10;

/**
 * Sends each language's layers to the receiver's text archive, which refuses texts that do not
 * hash to their key (docs/receiver.md). A 429 (the admin routes' rate: bursts of 60, then 5 a
 * second) is waited out as its `Retry-After` says, so a config with many services still publishes.
 * One line on stderr at the end; throws on the first refusal.
 */
async function publishTexts(archive, receiverUrl) {
  let base;
  try {
    base = new URL(receiverUrl);
  } catch {
    fail(`--publish ${receiverUrl}: not a URL`);
  }
  if (base.protocol != 'https:' && base.protocol != 'http:') fail(`--publish ${receiverUrl}: use an http(s) URL`);
  const token = process.env.CONSENTRY_ADMIN_TOKEN;
  if (!token) fail("--publish needs the receiver's admin token in CONSENTRY_ADMIN_TOKEN");
  let sent = 0;
  // Each language's layers, its placeholders' among them (named `placeholder marketing.youtube`).
  const layersOf = ({ placeholders, ...layers }) => [...Object.entries(layers), ...Object.entries(placeholders).map(([name, l]) => [`placeholder ${name}`, l])];
  for (const [language, layers] of Object.entries(archive.languages))
    for (const [layer, { texts, textHash }] of layersOf(layers)) {
      const url = new URL(`admin/texts/${encodeURIComponent(textHash)}`, base.href.replace(/\/?$/, '/'));
      let response;
      for (let waits = 0; ; waits++) {
        try {
          response = await fetch(url, {
            method: 'PUT',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ language, revision: archive.revision, texts }),
          });
        } catch (e) {
          fail(`cannot reach the receiver at ${base.origin}: ${e.cause?.message || e.message}`);
        }
        const wait = Number(response.headers.get('retry-after'));
        if (response.status != 429 || waits == MAX_WAITS || !(wait >= 0 && wait <= MAX_WAIT_S)) break;
        await response.body?.cancel();
        await new Promise((r) => setTimeout(r, Math.max(wait, 0.2) * 1000));
      }
      if (!response.ok) {
        const detail = await response.json().then(
          (b) => b.error,
          () => response.statusText,
        );
        fail(`the receiver refused the ${language} ${layer} texts (${response.status}): ${detail}`);
      }
      sent++;
    }
  process.stderr.write(`[consentry] published ${sent} text layers to ${base.origin}\n`);
}

async function readStdin() {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** The config file parsed (throws InputError naming the file and what is wrong). */
async function readConfigFile(file) {
  const name = file == '-' ? 'stdin' : file;
  let text;
  try {
    text = file == '-' ? await readStdin() : readFileSync(file, 'utf8');
  } catch (e) {
    fail(e.code == 'ENOENT' ? `cannot read the config: ${name} does not exist` : `cannot read the config ${name}: ${e.message}`);
  }
  let config;
  try {
    config = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(`the config ${name} is not valid JSON: ${e.message}`);
  }
  if (!config || typeof config != 'object' || Array.isArray(config)) fail(`the config ${name} is not a JSON object`);
  return config;
}

/** The archive of one config: per built-in language, each layer's texts and textHash. */
async function texts(config) {
  const ui = await import('@consentry/ui');
  const { readConfig } = await import('@consentry/core/readConfig');
  const { textHash, collapseText } = await import('@consentry/core/texts');
  const { describeProblem } = await import('@consentry/core/diagnostics');
  // Node has SubtleCrypto; the small SHA-256 of the records code is the same fallback the page uses.
  const fallback = () => import('@consentry/core/records').then((m) => m.sha256);

  const problems = [];
  // Catalogue services get their entries' words, as the page does once their files arrive.
  const { catalogueEntry } = await import('@consentry/core/catalogue');
  const resolved = readConfig(config, (...p) => problems.push(p), catalogueEntry);
  for (const p of problems) process.stderr.write(`[consentry] warning: ${describeProblem(p)}\n`);
  // The banner reads its options as the page does (readUiOptions), the dialog the full config.
  const [options] = ui.readUiOptions(config);

  // The texts as the hash sees them (white space collapsed, empty ones left out): an auditor
  // recomputes `textHash` from `texts` alone.
  const layer = async (list) => {
    const texts = list.map(collapseText).filter(Boolean);
    return { texts, textHash: await textHash(texts, fallback) };
  };
  const languages = {};
  for (const lang of ui.builtInLanguages) {
    const dictionary = await ui.loadLanguage[lang]();
    const tr = ui.createTranslator(lang, { [lang]: dictionary }, options.translations);
    const banner = (gpc) => ui.textList(ui.bannerTexts(tr.t, { controllerName: options.controllerName, privacyPolicyUrl: options.privacyPolicyUrl, gpc }));
    // An embed's placeholder names what it holds: one layer per category that can hold one, and per service.
    const placeholders = {};
    for (const c of resolved.categories.filter((c) => !c.necessary))
      for (const name of [c.name, ...c.services.map((s) => `${c.name}.${s.name}`)]) {
        const [cat, svc] = name.split('.');
        placeholders[name] = await layer(ui.textList(ui.placeholderTexts(tr.t, ui.embedSubject(resolved, tr, cat, svc))));
      }
    languages[lang] = {
      banner: await layer(banner(false)),
      bannerWithGpc: await layer(banner(true)),
      dialog: await layer(ui.dialogTexts(ui.dialogModel(resolved, tr))),
      placeholders,
    };
  }
  return { revision: resolved.revision, generatedBy: `consentry ${VERSION}`, languages };
}

async function main(args) {
  if (args.includes('--help') || args.includes('-h')) return void process.stdout.write(USAGE + '\n');
  if (args.includes('--version') || args.includes('-v')) return void process.stdout.write(VERSION + '\n');
  const [command, file = 'consentry.config.json', out, publish] = parseArgs(args);
  if (command === undefined) fail('no command given: try "consentry texts [config.json]" (see consentry --help)');
  if (command != 'texts') fail(`unknown command "${command}": the command is "consentry texts [config.json]"`);
  const config = await readConfigFile(file);
  const archive = await texts(config);
  if (publish) {
    await publishTexts(archive, publish);
    if (!out) return;
  }
  const json = JSON.stringify(archive, null, 2) + '\n';
  if (!out) return void process.stdout.write(json);
  try {
    writeFileSync(out, json);
  } catch (e) {
    fail(`cannot write ${out}: ${e.message}`);
  }
}

main(process.argv.slice(2)).then(
  () => {},
  (e) => {
    const message =
      e instanceof InputError
        ? e.message
        : e?.code == 'ERR_MODULE_NOT_FOUND'
          ? `the built packages are missing (${e.message}); build them first`
          : String(e?.message || e);
    process.stderr.write(`[consentry] error: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
