// @vitest-environment node
// The UI reads from its layers up to mount/ (and start/), never round in a circle: a file that
// imports (types included) something that imports it back makes a knot nobody can read in order.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packages = resolve(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });

/** The files `file` imports by a relative path: static, dynamic and type-only imports, and re-exports. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => {
      const base = resolve(dirname(file), fileName.replace(/\.js$/, ''));
      return [base + '.ts', base + '.tsx', join(base, 'index.ts')].find((f) => existsSync(f))!;
    })
    .filter(Boolean);
}

/** Every import loop among `files`, each as the files in it from its first file round to it again. */
export function importLoops(files: string[]): string[][] {
  const loops: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) return void loops.push([...path.slice(at), file]);
    if (done.has(file)) return;
    for (const next of importsOf(file)) walk(next, [...path, file]);
    done.add(file);
  };
  for (const file of files) walk(file, []);
  return loops;
}

describe('import loops', () => {
  for (const pkg of ['ui', 'consentry'])
    it(`${pkg} has none (type-only imports count)`, () => {
      const src = join(packages, pkg, 'src');
      const loops = importLoops(sources(src)).map((loop) => loop.map((f) => relative(src, f)).join(' → '));
      expect(loops).toEqual([]);
    });

  it('finds a loop made of type-only imports', () => {
    const dir = join(packages, 'ui/test/fixtures/loop');
    expect(importLoops([join(dir, 'a.ts')]).map((loop) => loop.map((f) => relative(dir, f)))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });
});
