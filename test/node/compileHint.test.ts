// V8's compile hint (rollup.config.mjs, compileHint): consentry.min.js runs on every page view and
// calls nearly all of its functions, as consentry-decide.js does on the click that decides, so V8
// compiles them with the script instead of parsing each one a second time on its first call. What
// the bench measured for each is beside compileHint in rollup.config.mjs; this keeps them there. The
// other chunks carry no hint: none was measured to gain, and each would cost heap.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../packages/consentry/dist');
const HINT = '//# allFunctionsCalledOnLoad\n';
const HINTED = ['consentry.min.js', 'consentry-decide.js'];

describe("V8's compile hint", () => {
  it.each(HINTED)('should open %s, on a line of its own', (file) => {
    expect(readFileSync(resolve(dist, file), 'utf8').startsWith(HINT)).toBe(true);
  });

  it('should not be in any other chunk', () => {
    const chunks = readdirSync(dist).filter((f) => f.endsWith('.js') && !HINTED.includes(f));
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.filter((f) => readFileSync(resolve(dist, f), 'utf8').includes('allFunctionsCalledOnLoad'))).toEqual([]);
  });
});
