import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CORE_ENTRIES } from '../../packages/core/src/chunks/manifest';
import { INTERNAL_PROPERTIES } from '../../scripts/internalProperties.mjs';

// The house rules of docs/architecture.md, read from the code itself: no import circle in any
// package, core's floors only ever look down, browser globals only behind core's Env edge (env/)
// and its DOM seam (dom/), no function longer than a screen without a reason, and every doc a
// comment points at exists. Type-only imports count: they tie files together for a reader too.

const root = resolve(import.meta.dirname, '../..');
const PACKAGES = ['core', 'ui', 'consentry', 'react', 'vue', 'receiver', 'scan'];
const SOURCE = /\.(tsx?|mjs)$/;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : SOURCE.test(f) && !/\.d\.m?ts$/.test(f) ? [p] : [];
  });
const sources = PACKAGES.flatMap((pkg) => files(join(root, 'packages', pkg, 'src')));
const rel = (f: string) => relative(root, f);

/** The file a relative specifier names (`./x`, `./x.js` for `./x.ts`, a folder's index). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  const tries = ['', '.ts', '.tsx', '.mjs', '/index.ts', '/index.tsx', '/index.mjs'].map((e) => base + e);
  return tries.find((f) => existsSync(f) && statSync(f).isFile() && SOURCE.test(f));
}

/** Every file each source file imports (static, type-only, re-exports and `import()`), within its package. */
const importGraph = (list: string[]) =>
  new Map(
    list.map((f) => {
      const info = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
      const targets = info.importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.'));
      return [f, [...new Set(targets.map((s) => resolveImport(f, s)).filter((t): t is string => !!t))]];
    }),
  );
const importsOf = importGraph(sources);

/** Strongly connected groups of files (Tarjan): every group of more than one file is an import circle. */
function circles(importsOf: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    order.set(f, index);
    low.set(f, index++);
    stack.push(f);
    for (const t of importsOf.get(f) ?? []) {
      if (!order.has(t)) visit(t), low.set(f, Math.min(low.get(f)!, low.get(t)!));
      else if (stack.includes(t)) low.set(f, Math.min(low.get(f)!, order.get(t)!));
    }
    if (low.get(f) == order.get(f)) {
      const group: string[] = [];
      let t: string;
      do group.push((t = stack.pop()!));
      while (t != f);
      if (group.length > 1 || importsOf.get(f)?.includes(f)) found.push(group.map(rel).sort());
    }
  };
  for (const f of importsOf.keys()) if (!order.has(f)) visit(f);
  return found;
}

/**
 * Core's floors, bottom up (docs/architecture.md). A file may import from its own floor or below.
 * A path is matched by its first matching prefix, relative to packages/core/src.
 */
const CORE_FLOORS: string[][] = [
  ['types.ts', 'version.ts', 'log.ts'],
  ['model/'],
  ['env/'],
  ['engine/'],
  ['records/', 'decisions/', 'dom/'],
  ['chunks/'],
  ['createConsentManager.ts', 'index.ts', 'internal.ts'],
];
const coreSrc = join(root, 'packages/core/src');
const floorOf = (f: string) => CORE_FLOORS.findIndex((floor) => floor.some((p) => relative(coreSrc, f).startsWith(p)));

/** Browser globals core reaches only through its Env (env/) or its DOM seam (dom/). */
const GLOBALS = new Set([
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'BroadcastChannel',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
]);
const EDGES = ['env/', 'dom/'];

const parse = (f: string) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, f.endsWith('x') ? ts.ScriptKind.TSX : undefined);

/** Identifiers that read a global of that name: not a property, a key, a declaration or a type. */
function globalsUsed(f: string): string[] {
  const found: string[] = [];
  const sf = parse(f);
  const visit = (node: ts.Node) => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && GLOBALS.has(node.text)) {
      const p = node.parent;
      const named =
        (ts.isPropertyAccessExpression(p) && p.name == node) ||
        ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p)) && p.name == node) ||
        ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionDeclaration(p)) && p.name == node) ||
        ts.isShorthandPropertyAssignment(p);
      if (!named) found.push(`${rel(f)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The comment a function or its declaration starts with. */
const leadingComments = (sf: ts.SourceFile, node: ts.Node) =>
  (ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? []).map((r) => sf.text.slice(r.pos, r.end)).join('\n');

const MAX_LINES = 80;
/** Functions over MAX_LINES lines, unless a comment before them says why they must be one ("One function: ..."). */
function longFunctions(f: string): string[] {
  const found: string[] = [];
  const sf = parse(f);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(node.getEnd()).line - start + 1;
      let holder: ts.Node = node;
      while (holder.parent && !ts.isSourceFile(holder.parent) && !ts.isBlock(holder.parent) && !ts.isObjectLiteralExpression(holder.parent))
        holder = holder.parent;
      if (lines > MAX_LINES && !/One function:/.test(leadingComments(sf, holder))) found.push(`${rel(f)}:${start + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('the house (docs/architecture.md)', () => {
  it('has no import circle in any package', () => {
    expect(circles(importsOf)).toEqual([]);
  });

  it("core's floors only look down", () => {
    const core = sources.filter((f) => f.startsWith(coreSrc + '/'));
    expect(core.filter((f) => floorOf(f) < 0).map(rel)).toEqual([]);
    const upward = core.flatMap((f) =>
      (importsOf.get(f) ?? []).filter((t) => t.startsWith(coreSrc) && floorOf(t) > floorOf(f)).map((t) => `${rel(f)} -> ${rel(t)}`),
    );
    expect(upward).toEqual([]);
  });

  it('core reaches browser globals only through env/ and dom/', () => {
    const core = sources.filter((f) => f.startsWith(coreSrc + '/') && !EDGES.some((e) => relative(coreSrc, f).startsWith(e)));
    expect(core.flatMap(globalsUsed)).toEqual([]);
  });

  it(`has no function over ${MAX_LINES} lines in the shipped packages without a comment saying why`, () => {
    const shipped = sources.filter((f) => /packages\/(core|ui|consentry|react|vue)\//.test(f));
    expect(shipped.flatMap(longFunctions)).toEqual([]);
  });

  it("core's package exports and script-tag chunk wrappers are exactly its chunk manifest's entries", () => {
    const json = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
    const derived = Object.fromEntries(
      Object.entries(CORE_ENTRIES).map(([name, { file }]) => [`./${name}`, { types: `./dist/types/chunks/${file}.d.ts`, default: `./dist/${name}.js` }]),
    );
    const given = Object.fromEntries(
      Object.entries(json.exports as Record<string, { types?: string; default?: string; import?: string }>)
        .filter(([key]) => !['.', './internal', './package.json'].includes(key))
        .map(([key, v]) => [key, { types: v.types, default: v.default ?? v.import }]),
    );
    expect(given).toEqual(derived);
    const wrappers = readdirSync(join(root, 'packages/consentry/src/chunks')).filter((f) => /^(records|diagnostics|decide|withdraw|guards)Chunk\.ts$/.test(f));
    const lazy = Object.entries(CORE_ENTRIES)
      .filter(([, e]) => e.lazy)
      .map(([name]) => `${name}Chunk.ts`);
    expect(wrappers.sort()).toEqual(lazy.sort());
  });

  it('no property name the minifier shortens is ever looked up by a string (a message code, a key)', () => {
    const shipped = sources.filter((f) => /packages\/(core|ui|consentry)\//.test(f));
    const found = shipped.flatMap((f) => {
      const hits: string[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTypeNode(node)) return; // `Pick<Env, 'readCookies'>` names a type, not a runtime key
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && INTERNAL_PROPERTIES.includes(node.text))
          hits.push(`${rel(f)}: '${node.text}'`);
        ts.forEachChild(node, visit);
      };
      visit(parse(f));
      return hits;
    });
    expect(found).toEqual([]);
  });

  it('every doc a comment or message points at exists', () => {
    const missing = [...sources, ...files(join(root, 'scripts'))].flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bdocs\/([\w./-]+\.(?:md|json|svg))/g)]
        .map((m) => m[1])
        .filter((doc) => !existsSync(join(root, 'docs', doc)))
        .map((doc) => `${rel(f)}: docs/${doc}`),
    );
    expect(missing).toEqual([]);
  });

  it('the checks can fail: they find a circle, a global and a long function in made-up code', () => {
    // Guards the guards: a check that finds nothing in broken code proves nothing.
    const dir = mkdtempSync(join(tmpdir(), 'consentry-house-'));
    const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    const a = file('a.ts', "import type { B } from './b';\nexport type A = B;");
    const b = file('b.ts', "import { a } from './a.js';\nexport const b = () => window.x + localStorage.y + a;\nconst ok = { window: 1, fetch() {} };");
    const long = file(
      'long.ts',
      `export function f() {\n${'  g();\n'.repeat(MAX_LINES)}}\n// One function: it must be.\nexport function h() {\n${'  g();\n'.repeat(MAX_LINES)}}`,
    );
    expect(circles(importGraph([a, b])).map((c) => c.length)).toEqual([2]);
    expect(globalsUsed(b).map((g) => g.split(' ')[1])).toEqual(['window', 'localStorage']);
    expect(longFunctions(long)).toHaveLength(1);
  });
});
