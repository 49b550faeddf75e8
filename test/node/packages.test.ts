import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What an npm user gets: every published workspace package packed as `npm pack` packs it (after the
// build `npm test` has just run; `prepack` runs that build for a real publish), linted by publint and
// arethetypeswrong, then installed from the tarballs into a fresh app that type-checks under NodeNext
// and Bundler resolution, require()s and imports every entry point.

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

// Outer `npm test` settings (npm_config_*) must not leak into the npm runs of the fresh app.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const sh = (file: string, args: string[], cwd: string) =>
  run(file, args, { cwd, env, maxBuffer: 64 << 20, encoding: 'utf8' }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );

/** The workspace folders of the root package.json (a trailing `/*` lists a folder). */
function workspaceDirs(): string[] {
  return (readJson(join(root, 'package.json')).workspaces as string[]).flatMap((entry) =>
    entry.endsWith('/*')
      ? readdirSync(join(root, entry.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => join(root, entry.slice(0, -2), d.name))
      : [join(root, entry)],
  );
}

type Exports = string | { [key: string]: Exports };
interface Published {
  dir: string;
  json: { name: string; version: string; scripts?: Record<string, string>; types?: string; exports?: Exports; peerDependencies?: Record<string, string> };
  tarball: string;
  files: string[];
}

const published: Published[] = workspaceDirs()
  .filter((dir) => existsSync(join(dir, 'package.json')) && !readJson(join(dir, 'package.json')).private)
  .map((dir) => ({ dir, json: readJson(join(dir, 'package.json')), tarball: '', files: [] }));

/** A package's exports map by subpath (`"exports": "./x.js"` or bare conditions mean `"."`). */
const subpaths = (p: Published): Record<string, Exports | undefined> => {
  const exports = p.json.exports;
  if (exports === undefined) return { '.': undefined };
  return typeof exports == 'string' || !Object.keys(exports).some((key) => key.startsWith('.')) ? { '.': exports } : exports;
};

/** The import specifiers a package offers: its name plus every subpath of its exports map. */
const entryPoints = (p: Published) =>
  Object.keys(subpaths(p))
    .filter((key) => key != './package.json' && !key.includes('*'))
    .map((key) => (key == '.' ? p.json.name : p.json.name + key.slice(1)));

/** Whether `require()` may load an entry: a string target, or conditions naming require or default. */
const requirable = (target: Exports | undefined): boolean =>
  target === undefined || typeof target == 'string' || Object.entries(target).some(([c, t]) => (c == 'require' || c == 'default') && requirable(t));

const typesIn = (target: Exports | undefined): string[] =>
  target === undefined
    ? []
    : typeof target == 'string'
      ? []
      : Object.entries(target).flatMap(([c, t]) => (c == 'types' && typeof t == 'string' ? [t] : typesIn(t)));

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const attwCli = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
type Ran = Awaited<ReturnType<typeof sh>>;

let work = '';
const app = () => join(work, 'app');
// The slow checks start together once the tarballs exist; each test awaits its own.
const attw = new Map<string, Promise<Ran>>();
const typeChecks = new Map<string, Promise<Ran>>();
let installed: Promise<Ran>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'consentry-packages-'));
  // --ignore-scripts: the build already ran; a second build here would rewrite dist/ under the browser tests.
  const packed = await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work, ...published.flatMap((p) => ['-w', p.dir])], root);
  expect(packed.stderr.match(/npm error.*/g) ?? [], 'npm pack').toEqual([]);
  const results = JSON.parse(packed.stdout) as { name: string; filename: string; files: { path: string }[] }[];
  for (const p of published) {
    const result = results.find((r) => r.name == p.json.name)!;
    p.tarball = join(work, result.filename);
    p.files = result.files.map((f) => f.path);
    // Profile node16: the pre-exports `node10` resolution cannot see subpaths such as
    // `@consentry/core/records`; Node < 20.19 is not supported (engines). cjs-resolves-to-esm: attw
    // checks with TypeScript 5.6, which predates require(esm); Node >= 20.19 and TypeScript >= 5.8
    // allow it, as the CommonJS consumer below proves (type-checked and run).
    attw.set(p.json.name, sh(process.execPath, [attwCli, p.tarball, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'json'], work));
  }
  installed = makeApp();
  for (const mode of ['nodenext', 'bundler'])
    typeChecks.set(
      mode,
      installed.then(() => sh(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], app())),
    );
}, 120_000);

afterAll(async () => {
  await Promise.all([...attw.values(), ...typeChecks.values()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A consumer of every entry point, as an ES module or as CommonJS (require), with a few real uses. */
function consumerSource(style: 'esm' | 'cjs') {
  const entries = published.flatMap(entryPoints);
  const lines = entries.map((spec, i) => (style == 'esm' ? `import * as entry${i} from '${spec}';` : `import entry${i} = require('${spec}');`));
  lines.push(`export const entries = [${entries.map((_, i) => `entry${i}`).join(', ')}];`);
  lines.push(
    style == 'esm'
      ? `import { init, parseConsentCookie, type ConsentryApi } from 'consentry';\nimport { VERSION } from '@consentry/core';`
      : `import consentry = require('consentry');\nimport core = require('@consentry/core');\nconst { init, parseConsentCookie } = consentry;\nconst { VERSION } = core;\ntype ConsentryApi = import('consentry').ConsentryApi;`,
    `const api: ConsentryApi = init({ revision: 1 });`,
    `export const allowed: boolean = api.isAllowed('analytics');`,
    `export const parsed = parseConsentCookie('consentry=x', { revision: 1 });`,
    `export const version: string = VERSION;`,
  );
  return lines.join('\n') + '\n';
}

/** `@types/node` and `@types/<peer>` for each peer without types of its own, as installed here. */
function typePackages(): Record<string, string> {
  const wanted = new Set(['node', ...published.flatMap((p) => Object.keys(p.json.peerDependencies ?? {}))]);
  const found: Record<string, string> = {};
  for (const name of wanted) {
    const file = join(root, 'node_modules', '@types', name, 'package.json');
    if (existsSync(file)) found['@types/' + name] = JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return found;
}

/** A new app (outside this repository) that installs the tarballs like any npm user. */
async function makeApp(): Promise<Ran> {
  mkdirSync(app());
  writeFileSync(
    join(app(), 'package.json'),
    JSON.stringify({
      name: 'fresh-app',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(published.map((p) => [p.json.name, 'file:' + p.tarball])),
      // What a TypeScript user of each package has anyway: Node's types, and the types of every
      // peer (React's live in @types/react), at the versions this repository tests with.
      devDependencies: typePackages(),
      // Our packages depend on each other by version: take those from the tarballs, never the registry.
      overrides: Object.fromEntries(published.map((p) => [p.json.name, '$' + p.json.name])),
    }),
  );
  writeFileSync(join(app(), 'esm.ts'), consumerSource('esm'));
  writeFileSync(join(app(), 'cjs.cts'), consumerSource('cjs'));
  const options = { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, skipLibCheck: false, noEmit: true, types: ['node'] };
  writeFileSync(
    join(app(), 'tsconfig.nodenext.json'),
    JSON.stringify({ compilerOptions: { ...options, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: ['esm.ts', 'cjs.cts'] }),
  );
  writeFileSync(
    join(app(), 'tsconfig.bundler.json'),
    JSON.stringify({ compilerOptions: { ...options, module: 'ESNext', moduleResolution: 'Bundler' }, files: ['esm.ts'] }),
  );
  return sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app());
}

describe('the published packages', () => {
  it('are found in the workspaces (core, ui and consentry at least)', () => {
    expect(published.map((p) => p.json.name)).toEqual(expect.arrayContaining(['@consentry/core', '@consentry/ui', 'consentry']));
  });

  describe.each(published.map((p) => [p.json.name, p] as const))('%s', (name, p) => {
    it('builds itself before it is packed (prepack)', () => {
      expect(p.json.scripts?.prepack, 'a "prepack" script that runs the root build').toMatch(/\brun build\b/);
    });

    it('packs its LICENSE (the root one), a README and the types of every entry point', () => {
      expect(p.files, 'copy LICENSE from the repository root').toContain('LICENSE');
      expect(readFileSync(join(p.dir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'));
      expect(p.files).toContain('README.md');
      expect(readFileSync(join(p.dir, 'README.md'), 'utf8')).toContain(`npm install ${name}`);
      const types = [...Object.values(subpaths(p)).flatMap(typesIn), ...(p.json.types ? [p.json.types] : [])];
      expect(types.length).toBeGreaterThan(0);
      for (const file of types) expect(p.files, `${file} (exports)`).toContain(file.replace(/^\.\//, ''));
      expect(
        p.files.filter((file) => file.endsWith('.tsbuildinfo')),
        'build state in "files"',
      ).toEqual([]);
    });

    it('passes publint without errors or warnings', async () => {
      const data = readFileSync(p.tarball);
      const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, level: 'warning' });
      expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`)).toEqual([]);
    });

    it('has types that are not wrong (arethetypeswrong, for node16 and bundlers)', async () => {
      const out = await attw.get(name)!;
      const { analysis } = JSON.parse(out.stdout);
      expect(analysis.types, 'attw found no types').toBeTruthy();
      const problems = (analysis.problems as { kind: string; resolutionKind?: string }[]).filter(
        (problem) => problem.resolutionKind != 'node10' && problem.kind != 'CJSResolvesToESM',
      );
      expect(problems, out.stderr).toEqual([]);
      expect(out.code).toBe(0);
    }, 120_000);
  });
});

describe('a fresh app that installs the tarballs', () => {
  it('installs them (dependencies from the registry or the npm cache)', async () => {
    const out = await installed;
    expect(out.code, out.stderr).toBe(0);
  }, 120_000);

  it.each(['nodenext', 'bundler'])(
    'type-checks a consumer of every entry point under moduleResolution %s',
    async (mode) => {
      const out = await typeChecks.get(mode)!;
      expect(out.stdout + out.stderr).toBe('');
      expect(out.code).toBe(0);
    },
    120_000,
  );

  it("require()s every entry point that offers require, e.g. require('consentry') (Node >= 20.19)", async () => {
    expect((await installed).code).toBe(0);
    const offered = published.flatMap((p) =>
      entryPoints(p).filter((spec) => requirable(subpaths(p)[spec == p.json.name ? '.' : '.' + spec.slice(p.json.name.length)])),
    );
    // The bindings import @consentry/ui/gate: a CommonJS test runner (Jest) must resolve it too.
    const specs = [...new Set(['consentry', '@consentry/core', '@consentry/ui', '@consentry/ui/gate', '@consentry/react', '@consentry/vue', ...offered])];
    const script = `const specs = ${JSON.stringify(specs)};
      const loaded = specs.map((spec) => [spec, Object.keys(require(spec)).length]);
      if (typeof require('consentry').init != 'function') throw new Error('no init');
      console.log(JSON.stringify(loaded));`;
    const out = await sh(process.execPath, ['-e', script], app());
    expect(out.code, out.stderr).toBe(0);
    const loaded: [string, number][] = JSON.parse(out.stdout);
    expect(loaded.filter(([, count]) => count == 0)).toEqual([]);
    const plain = await sh(process.execPath, ['-e', "require('consentry')"], app());
    expect(plain.code, plain.stderr).toBe(0);
  }, 120_000);

  it('imports every entry point as ESM', async () => {
    expect((await installed).code).toBe(0);
    const specs = published.flatMap(entryPoints);
    const script = `const specs = ${JSON.stringify(specs)};
      const loaded = await Promise.all(specs.map(async (spec) => [spec, Object.keys(await import(spec)).length]));
      const { init } = await import('consentry');
      init({ revision: 1 });
      console.log(JSON.stringify(loaded));`;
    const out = await sh(process.execPath, ['--input-type=module', '-e', script], app());
    expect(out.code, out.stderr).toBe(0);
    expect((JSON.parse(out.stdout) as [string, number][]).filter(([, count]) => count == 0)).toEqual([]);
  }, 120_000);
});
