import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
const importsOf = (pkg: string) =>
  files(join(root, 'packages', pkg, 'src')).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)[^'\n]*from\s*'([^'.][^']*)'|\bimport\('([^'.][^']*)'\)/gm)].map((m) => [
      f.replace(root + '/', ''),
      m[1] ?? m[2],
    ]),
  );

// Dependency direction: react, vue → consentry → ui → core; ui → preact; core → idb-keyval. The
// bindings use only public entries and their framework (a peer dependency).
const ALLOWED: Record<string, RegExp> = {
  core: /^idb-keyval$/,
  ui: /^(@consentry\/core(\/(internal|texts|readConfig|catalogue))?|preact(\/hooks)?)$/,
  consentry: /^@consentry\/(core|ui)(\/.*)?$/,
  react: /^(@consentry\/(core|ui\/gate)|consentry|react)$/,
  vue: /^(@consentry\/(core|ui\/gate)|consentry|vue)$/,
};

describe('package boundaries', () => {
  for (const pkg of Object.keys(ALLOWED))
    it(`${pkg} imports only what it may`, () => {
      const bad = importsOf(pkg).filter(([, spec]) => !ALLOWED[pkg].test(spec));
      expect(bad).toEqual([]);
    });

  it('the bindings take React or Vue as a peer dependency, never as their own', () => {
    for (const [pkg, peer] of [
      ['react', 'react'],
      ['vue', 'vue'],
    ]) {
      const json = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
      expect(Object.keys(json.dependencies)).toEqual(['@consentry/core', '@consentry/ui', 'consentry']);
      expect(Object.keys(json.peerDependencies)).toEqual([peer]);
    }
  });

  it('runtime dependencies are preact and idb-keyval only, and all versions agree with the SDK version', async () => {
    const { VERSION } = await import('@consentry/core');
    for (const pkg of Object.keys(ALLOWED)) {
      const json = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
      expect(json.version).toBe(VERSION);
      const deps = Object.keys(json.dependencies || {}).filter((d) => !d.startsWith('@consentry/') && d != 'consentry');
      expect(deps.every((d) => d == 'preact' || d == 'idb-keyval')).toBe(true);
    }
  });

  it('core never touches window or document at import time (only inside functions)', () => {
    const topLevel = files(join(root, 'packages/core/src')).filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some((line) => /^(const|let|var|export const)\s.*\b(window|document|navigator|location|indexedDB)\./.test(line)),
    );
    expect(topLevel).toEqual([]);
  });
});
