// `consentry texts [config.json]` (issue 6, docs/records.md "textHash"): the bin of the `consentry`
// package, run with Node as an owner runs it, on the built ESM packages (npm test builds first).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/consentry/bin/consentry.mjs');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'packages/consentry/package.json'), 'utf8')).version as string;
const LANGUAGES = ['en', 'nb', 'nn', 'sv', 'da', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ar'];

interface Layer {
  texts: string[];
  textHash: string;
}
interface Archive {
  revision: number;
  generatedBy: string;
  languages: Record<string, { banner: Layer; bannerWithGpc: Layer; dialog: Layer; placeholders: Record<string, Layer> }>;
}
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bin with `args` in `cwd`, `stdin` piped in when given. */
function run(args: string[], { cwd, stdin }: { cwd: string; stdin?: string }): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code == 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? '');
  });
}
/** What an auditor computes from an archive's texts: `sha256-` + base64 of SHA-256 over the UTF-8 JSON array. */
const recompute = (texts: string[]) => 'sha256-' + createHash('sha256').update(JSON.stringify(texts), 'utf8').digest('base64');

const CONFIG = {
  revision: 7,
  controller: { name: 'Acme Shop AS' },
  privacyPolicyUrl: 'https://acme.example/privacy',
  categories: { analytics: { services: { ga: 'google-analytics' } }, marketing: { label: 'Ads', services: { youtube: 'youtube' } } },
  translations: { en: { 'banner.title': 'Cookies at  Acme' }, nb: { 'dialog.title': 'Acmes informasjonskapsler' } },
};

let dir: string;
/** A folder without a consentry.config.json. */
let empty: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/ui/dist/index.js')) || !existsSync(join(ROOT, 'packages/core/dist/texts.js'))) {
    throw new Error('the built packages are missing: run `npm run build` first');
  }
  dir = mkdtempSync(join(tmpdir(), 'consentry-texts-'));
  writeFileSync(join(dir, 'consentry.config.json'), JSON.stringify(CONFIG));
  writeFileSync(join(dir, 'bad.json'), '{ "revision": 1, ');
  writeFileSync(join(dir, 'array.json'), '[]');
  empty = join(dir, 'empty');
  mkdirSync(empty);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('consentry texts', () => {
  let archive: Archive;

  it('should write the archive of ./consentry.config.json to stdout, with exit code 0 and nothing on stderr', async () => {
    const r = await run(['texts'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    archive = JSON.parse(r.stdout) as Archive;
    expect(archive.revision).toBe(7);
    expect(archive.generatedBy).toBe(`consentry ${VERSION}`);
    expect(Object.keys(archive.languages)).toEqual(LANGUAGES);
    for (const [lang, { placeholders, ...layers }] of Object.entries(archive.languages)) {
      expect(Object.keys(layers), lang).toEqual(['banner', 'bannerWithGpc', 'dialog']);
      expect(Object.keys(placeholders), lang).toEqual(['analytics', 'analytics.ga', 'marketing', 'marketing.youtube']);
      for (const [name, layer] of [...Object.entries(layers), ...Object.entries(placeholders)]) {
        expect(Object.keys(layer), `${lang}.${name}`).toEqual(['texts', 'textHash']);
        expect(layer.textHash, `${lang}.${name}`).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
        expect(layer.texts.length, `${lang}.${name}`).toBeGreaterThan(name.includes('analytics') || name.includes('marketing') ? 1 : 3);
        for (const text of layer.texts)
          expect(text, `${lang}.${name}: white space collapsed, no empty text`).toBe(text.replace(/\s+/g, ' ').trim() || '(empty)');
      }
    }
  });

  it('should give each layer the textHash an auditor recomputes from its texts', () => {
    for (const [lang, { placeholders, ...layers }] of Object.entries(archive.languages))
      for (const [name, layer] of [...Object.entries(layers), ...Object.entries(placeholders)])
        expect(layer.textHash, `${lang}.${name}`).toBe(recompute(layer.texts));
  });

  it("should name each placeholder's embed as the page does: the service and provider from config or catalogue, the category's title", () => {
    const { en, de } = archive.languages;
    expect(en.placeholders['marketing.youtube'].texts).toEqual(['YouTube by Google Ireland Limited is held until you allow Ads.', 'Allow and load']);
    expect(en.placeholders.marketing.texts).toEqual(['This content is held until you allow Ads.', 'Allow and load']);
    expect(en.placeholders['analytics.ga'].texts[0]).toMatch(/^Google Analytics by Google Ireland Limited /);
    expect(de.placeholders['marketing.youtube'].texts[1]).toBe('Erlauben und laden');
  });

  it('should apply the config: controller, privacy policy link, the GPC notice only in bannerWithGpc, translations and catalogue texts', () => {
    const { en, nb, de } = archive.languages;
    expect(en.banner.texts[0]).toBe('Cookies at Acme');
    expect(en.banner.texts[1]).toMatch(/^Acme Shop AS /);
    expect(en.banner.texts).toContain('Privacy policy');
    expect(en.banner.texts.slice(-3)).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(en.bannerWithGpc.texts).toEqual([...en.banner.texts.slice(0, 2), expect.stringMatching(/Global Privacy Control/), ...en.banner.texts.slice(2)]);
    expect(en.bannerWithGpc.textHash).not.toBe(en.banner.textHash);
    expect(nb.banner.texts[0]).not.toBe(en.banner.texts[0]);
    expect(nb.dialog.texts[0]).toBe('Acmes informasjonskapsler');
    expect(en.dialog.texts).toEqual(expect.arrayContaining(['Ads', 'Google Analytics', 'YouTube', 'Save choices']));
    expect(de.banner.texts[1]).toMatch(/Acme Shop AS/);
    expect(new Set(Object.values(archive.languages).map((l) => l.banner.textHash)).size).toBe(LANGUAGES.length);
  });

  it('should read the config from a path argument and from stdin ("-"), and write to --out', async () => {
    const byPath = await run(['texts', join(dir, 'consentry.config.json')], { cwd: empty });
    expect(byPath.code).toBe(0);
    expect(JSON.parse(byPath.stdout)).toEqual(archive);
    const fromStdin = await run(['texts', '-'], { cwd: empty, stdin: JSON.stringify(CONFIG) });
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(archive);
    const toFile = await run(['texts', '--out', 'archive.json'], { cwd: dir });
    expect(toFile).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'archive.json'), 'utf8'))).toEqual(archive);
  });

  it('should name a config problem on stderr as a warning and still write the archive', async () => {
    const r = await run(['texts', '-'], { cwd: dir, stdin: JSON.stringify({ ...CONFIG, revison: 2 }) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\[consentry\] warning: .*revison/);
    expect(JSON.parse(r.stdout).languages.en.banner).toEqual(archive.languages.en.banner);
  });

  it.each<[string, string[], string | undefined, RegExp]>([
    ['a missing file', ['texts', 'nope.json'], undefined, /nope\.json does not exist/],
    ['a missing default file', ['texts'], undefined, /consentry\.config\.json does not exist/],
    ['bad JSON', ['texts', 'bad.json'], undefined, /bad\.json is not valid JSON/],
    ['bad JSON on stdin', ['texts', '-'], '{nope', /stdin is not valid JSON/],
    ['a config that is no object', ['texts', 'array.json'], undefined, /array\.json is not a JSON object/],
    ['an unknown command', ['text'], undefined, /unknown command "text"/],
    ['no command', [], undefined, /no command/],
    ['--out without a file', ['texts', '--out'], undefined, /--out needs a file name/],
  ])('given %s, it should print one [consentry] error line on stderr, nothing on stdout, and exit with 1', async (_, args, stdin, message) => {
    const cwd = args.length == 1 && args[0] == 'texts' ? empty : dir;
    const r = await run(args, { cwd, stdin });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[consentry\] error: /);
    expect(lines[0]).toMatch(message);
  });
});
