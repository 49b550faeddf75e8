// One build for every package: ESM + type declarations (tsc -b) for npm, and the script-tag
// files (self-contained IIFEs, minified) in packages/consentry/dist/. Prints each file's size.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { emitDeclarations } from './scripts/emitDeclarations.mjs';
import { INTERNAL_PROPERTIES as INTERNAL_NAMES } from './scripts/internalProperties.mjs';

const root = dirname(fileURLToPath(import.meta.url));

// Declarations first: a type error stops the build, so no package is packed with wrong or missing types.
emitDeclarations(
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))
    .workspaces.map((dir) => resolve(root, dir))
    .filter((dir) => existsSync(resolve(dir, 'tsconfig.json'))),
);

// The receiver's package carries its own copy of the record schema; docs/ stays the one definition.
copyFileSync(resolve(root, 'docs/consent-record.schema.json'), resolve(root, 'packages/receiver/consent-record.schema.json'));

// Start from empty output folders (the type declarations in dist/types come from tsc -b and stay).
for (const name of ['core', 'ui', 'consentry', 'react', 'vue']) {
  const dist = resolve(root, 'packages', name, 'dist');
  if (existsSync(dist)) for (const f of readdirSync(dist)) if (f.endsWith('.js')) rmSync(resolve(dist, f));
}
const pkg = (name) => resolve(root, 'packages', name);
const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;

/** Type-strips TypeScript per file; type checking is `tsc -b`'s job (npm test runs both). */
function transpile(jsxImportSource = 'preact') {
  return {
    name: 'consentry-transpile',
    transform(code, id) {
      if (!/\.tsx?$/.test(id)) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2020,
          module: ts.ModuleKind.ESNext,
          jsx: ts.JsxEmit.ReactJSX,
          jsxImportSource,
          sourceMap: false,
          verbatimModuleSyntax: true,
        },
      });
      return { code: out.outputText, map: null };
    },
  };
}

/** A TypeScript module without imports, read at build time. */
async function readModule(file) {
  const code = ts.transpileModule(readFileSync(pkg(file), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020, verbatimModuleSyntax: true },
  }).outputText;
  return import('data:text/javascript,' + encodeURIComponent(code));
}

/** Core's entries besides index and internal (chunks/manifest.ts): package subpaths, and the lazy ones script-tag chunks. */
const CORE_ENTRIES = Object.entries((await readModule('core/src/chunks/manifest.ts')).CORE_ENTRIES);

/** Whitespace out of CSS text: newlines and indentation, and spaces around `{ } ; , > :` and before `!important`. */
const collapseCss = (css) =>
  css
    .replace(/\s*\n\s*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s*!important/g, '!important')
    .replace(/;}/g, '}');

/**
 * The UI's stylesheets (`*Styles.ts`) are written one declaration a line; the built files carry
 * them collapsed, as compact as hand-minified CSS. Only the text of template literals changes,
 * never the code in their `${…}`.
 */
function compactStyles() {
  return {
    name: 'consentry-compact-styles',
    transform(code, id) {
      if (!/Styles\.ts$/.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest);
      const parts = [];
      const visit = (node) => {
        if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
          // Each part sits between its delimiters: ` or } before, ` or ${ after.
          const start = node.getStart(file) + 1;
          const end = node.getEnd() - (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateTail(node) ? 1 : 2);
          parts.push([start, end]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const [start, end] of parts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + collapseCss(out.slice(start, end)) + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/** Our packages resolve to their sources, so the script-tag files are built in one pass. */
const SOURCES = {
  '@consentry/core': pkg('core/src/index.ts'),
  '@consentry/core/internal': pkg('core/src/internal.ts'),
  ...Object.fromEntries(CORE_ENTRIES.map(([name, { file }]) => [`@consentry/core/${name}`, pkg(`core/src/chunks/${file}.ts`)])),
  '@consentry/ui': pkg('ui/src/index.ts'),
  '@consentry/ui/prefs': pkg('ui/src/prefs.ts'),
  '@consentry/ui/start': pkg('ui/src/start.ts'),
};
function sources() {
  return { name: 'consentry-sources', resolveId: (id) => SOURCES[id] ?? null };
}

/** Prints raw, gzip and brotli bytes of each file written. */
function sizes() {
  return {
    name: 'consentry-sizes',
    generateBundle(options, bundle) {
      // `npm start` builds quietly, so the URL it serves on is what it prints last.
      if (process.env.CONSENTRY_QUIET) return;
      for (const file of Object.values(bundle)) {
        if (file.type != 'chunk') continue;
        const code = Buffer.from(file.code);
        const kib = (n) => (n / 1024).toFixed(2).padStart(6) + ' KiB';
        const where = (options.dir || dirname(options.file)).replace(root + '/', '');
        console.log(
          `${(where + '/' + file.fileName).padEnd(52)} ${kib(code.length)}  gzip ${kib(gzipSync(code, { level: 9 }).length)}  brotli ${kib(brotliCompressSync(code).length)}`,
        );
      }
    },
  };
}

const extensions = ['.ts', '.tsx', '.mjs', '.js'];

/** `./x.js` in TypeScript means `./x.ts` or `./x.tsx` (the bindings write it so their .d.ts resolve under Node). */
function jsToTs() {
  return {
    name: 'consentry-js-to-ts',
    resolveId(id, importer) {
      if (!importer || !/^\.\.?\/.*\.js$/.test(id) || !/\.tsx?$/.test(importer)) return null;
      const base = resolve(dirname(importer), id.slice(0, -3));
      return ['.ts', '.tsx'].map((e) => base + e).find((f) => existsSync(f)) ?? null;
    },
  };
}
const plugins = () => [sources(), nodeResolve({ extensions, browser: true }), compactStyles(), transpile(), sizes()];

/** ESM for npm: one file per entry, dependencies left to the user's bundler. */
const esm = (name, entries, { jsx, banner } = {}) => ({
  // An entry is a file under src/ (`prefs/index`), or [name in dist, file under src/].
  input: Object.fromEntries(entries.map((e) => (typeof e == 'string' ? [e, e] : e)).map(([e, file]) => [e, pkg(`${name}/src/${file}.ts`)])),
  external: (id) => /^(@consentry\/|preact|idb-keyval|consentry$|react($|\/|-dom)|vue($|\/))/.test(id),
  plugins: [jsToTs(), nodeResolve({ extensions }), compactStyles(), transpile(jsx), sizes()],
  output: { dir: pkg(`${name}/dist`), format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', banner },
});

/** Names the minifier shortens: `_…` and the internal ones (scripts/internalProperties.mjs). */
const INTERNAL_PROPERTIES = new RegExp(`^(_.*|${INTERNAL_NAMES.join('|')})$`);

/**
 * One cache of mangled property names for every script-tag file, so the main file and its chunks
 * agree on each short name. Variable names are not shared: a cache of those makes later files'
 * names longer for nothing (each file is its own function scope).
 */
function sharedPropertyNames() {
  let props = {};
  return {
    get props() {
      return props;
    },
    set props(value) {
      props = value;
    },
    get vars() {
      return { props: {} };
    },
    set vars(_value) {},
  };
}

// Measured on consentry.min.js (gzip -9). Not `unsafe_methods`: it turns `f: () => x` into the longer
// `f() { return x }`. Not `module`: it drops the IIFE's "use strict".
// `hoist_funs`: −17 B on the main file.
const minify = terser({
  ecma: 2020,
  compress: { ecma: 2020, passes: 5, pure_getters: true, unsafe_arrows: true, hoist_funs: true },
  // Names of internal members (`_…` and scripts/internalProperties.mjs) are shortened, with one cache for every file.
  mangle: { properties: { regex: INTERNAL_PROPERTIES } },
  nameCache: sharedPropertyNames(),
  format: { comments: false },
});

/**
 * V8's compile hint: every function compiled with the script, instead of each one parsed a second
 * time when first called. On the main file (it runs on every page view and calls nearly all of its
 * functions), measured with the bench, interleaved A/B, on a returning visit (the file from the HTTP
 * cache, no code cache yet): script time 13.8 → 9.3 ms at 1× CPU, 59 → 48 ms at 4×; the banner's
 * time does not move. Its cost: 20 B gzip and about 28 KiB of heap. On the decide chunk (the click
 * that decides runs all of it), bench A/B, 10 rounds: Accept all → held script put in 25 → 20 ms
 * and → it ran 52 → 41 ms at 4× CPU (4.9 → 4.2 and 15.1 → 12.1 ms at 1×). Its cost: about 17 KiB
 * of heap once fetched. Not on the other chunks: no gain there.
 */
const compileHint = () => ({ name: 'compile-hint', renderChunk: (code) => `//# allFunctionsCalledOnLoad\n${code}` });

/** A script-tag file: one self-contained, minified IIFE. */
const scriptFile = (file, input, { extra = [], globals, outputPlugins = [] } = {}) => ({
  input: pkg(`consentry/src/${input}`),
  plugins: [...extra, ...plugins()],
  external: globals && Object.keys(globals),
  output: {
    file: pkg(`consentry/dist/${file}`),
    format: 'iife',
    banner: `/*! Consentry ${version} | MIT */`,
    plugins: [minify, ...outputPlugins],
    globals,
  },
});

/**
 * The built-in languages, English included: two files each, fetched when picked. The UI and
 * preferences chunks carry no texts, so a visitor reading Arabic never fetches English's.
 */
const LANGUAGES = ['en', 'nb', 'nn', 'sv', 'da', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ar'];

/** A language's texts as an object, read at build time from its TypeScript source. */
async function readTexts(file, name = 'default') {
  const code = ts.transpileModule(readFileSync(pkg(`ui/src/i18n/${file}.ts`), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020, verbatimModuleSyntax: true },
  }).outputText;
  return (await import('data:text/javascript,' + encodeURIComponent(code)))[name];
}

/**
 * `consentry-lang-<code>.js` holds what the banner and its status messages say (the
 * keys of `enBanner`), so a first visit in any language stays within its budget;
 * `consentry-lang-<code>-dialog.js` holds the rest and loads with the preferences.
 */
const languageFile = (lang, part) =>
  scriptFile(`consentry-lang-${lang}${part == 'dialog' ? '-dialog' : ''}.js`, 'chunks/langChunk.ts', {
    extra: [
      {
        name: 'consentry-language',
        resolveId: (id) => (id == '@consentry/ui/lang' ? '\0consentry-lang' : null),
        async load(id) {
          if (id != '\0consentry-lang') return null;
          const [texts, banner] = await Promise.all([readTexts(lang), readTexts('en', 'enBanner')]);
          const half = Object.fromEntries(Object.entries(texts).filter(([key]) => key in banner == (part == 'banner')));
          return `export default ${JSON.stringify(half)};`;
        },
        transform: (code, id) =>
          id.endsWith('langChunk.ts') ? code.replace("'lang-' + LANG", JSON.stringify(`lang-${lang}${part == 'dialog' ? '-dialog' : ''}`)) : null,
      },
    ],
  });

/**
 * `consentry-service-<id>.js` for each catalogue entry: its patterns and words, handed to the chunk
 * loader like a chunk. A page fetches only the entries its config names, so the catalogue can grow
 * without a visitor fetching more (design.md, "Service catalogue"). Data only: no code to minify.
 */
function catalogueFiles() {
  return {
    name: 'consentry-catalogue',
    async writeBundle() {
      const { SERVICE_PATTERNS } = await readModule('core/src/model/catalogue/servicePatterns.ts');
      const { SERVICE_DESCRIPTIONS } = await readModule('core/src/model/catalogue/serviceDescriptions.ts');
      for (const id of Object.keys(SERVICE_PATTERNS)) {
        const entry = { patterns: SERVICE_PATTERNS[id], description: SERVICE_DESCRIPTIONS[id] };
        const code = `/*! Consentry ${version} | MIT */consentryChunks.push(${JSON.stringify([`service-${id}`, entry])});\n`;
        writeFileSync(pkg(`consentry/dist/consentry-service-${id}.js`), code);
      }
    },
  };
}

export default [
  esm('core', ['index', 'internal', ...CORE_ENTRIES.map(([name, { file }]) => [name, `chunks/${file}`])]),
  esm('ui', ['index', 'prefs', 'start', 'gate']),
  esm('consentry', ['index']),
  // The React binding's hooks and components are client code: Next.js's App Router needs the directive.
  esm('react', ['index'], { jsx: 'react', banner: "'use client';" }),
  esm('vue', ['index']),
  scriptFile('consentry.min.js', 'scriptTag.ts', { extra: [catalogueFiles()], outputPlugins: [compileHint()] }),
  // Core's lazy entries: each has its script-tag wrapper, consentry/src/chunks/<name>Chunk.ts.
  ...CORE_ENTRIES.filter(([, e]) => e.lazy).map(([name]) =>
    scriptFile(`consentry-${name}.js`, `chunks/${name}Chunk.ts`, { outputPlugins: name == 'decide' ? [compileHint()] : [] }),
  ),
  scriptFile('consentry-ui.js', 'chunks/uiChunk.ts'),
  scriptFile('consentry-prefs.js', 'chunks/prefsChunk.ts'),
  scriptFile('consentry-debug.js', 'chunks/debugChunk.ts'),
  ...LANGUAGES.flatMap((lang) => [languageFile(lang, 'banner'), languageFile(lang, 'dialog')]),
];
