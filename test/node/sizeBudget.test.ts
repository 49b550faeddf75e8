import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import budgets from '../../size-budgets.json';

const dist = resolve(import.meta.dirname, '../../packages/consentry/dist');
const gzip = (file: string, dir = dist) => gzipSync(readFileSync(resolve(dir, file)), { level: 9 }).length;

// Bytes are stable: these are measurements of the built files, not timings.
describe('size budgets', () => {
  it(`a returning visitor fetches only consentry.min.js: ≤ ${budgets.returningVisitorGzipBytes} bytes gzip`, () => {
    expect(gzip('consentry.min.js')).toBeLessThanOrEqual(budgets.returningVisitorGzipBytes);
  });

  it(`a first visit fetches ≤ ${budgets.firstVisitGzipBytes} bytes gzip until the banner shows, in every language`, () => {
    const files = ['consentry.min.js', ...budgets.firstVisitChunks];
    const base = files.reduce((sum, f) => sum + gzip(f), 0);
    // Every language, English included, adds its banner texts file (the UI chunk carries none).
    const languages = readdirSync(dist).filter((f) => /^consentry-lang-[a-z]+\.js$/.test(f));
    expect(languages.length, 'language files built').toBe(14);
    const worst = Math.max(...languages.map((f) => gzip(f)));
    expect(base + worst).toBeLessThanOrEqual(budgets.firstVisitGzipBytes);
  });

  // The bindings' own code (their ESM file; Consentry's engine and React or Vue come on top, shared).
  for (const [name, budget] of [
    ['react', budgets.reactGzipBytes],
    ['vue', budgets.vueGzipBytes],
  ] as const)
    it(`@consentry/${name} (its dist/index.js) is ≤ ${budget} bytes gzip`, () => {
      expect(gzip('index.js', resolve(dist, '../..', name, 'dist'))).toBeLessThanOrEqual(budget);
    });
});
