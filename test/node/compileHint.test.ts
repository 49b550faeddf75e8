// V8's compile hint (rollup.config.mjs, compileHint): consentry.min.js runs on every page view and
// calls nearly all of its functions, so V8 compiles them with the script instead of parsing each one
// a second time on its first call. The bench measured it (docs/performance.md); this keeps it there.
// The chunks carry no hint: none was measured to gain, and each would cost heap.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../packages/consentry/dist');
const HINT = '//# allFunctionsCalledOnLoad\n';

describe("V8's compile hint", () => {
  it('should open consentry.min.js, on a line of its own', () => {
    expect(readFileSync(resolve(dist, 'consentry.min.js'), 'utf8').startsWith(HINT)).toBe(true);
  });

  it('should not be in any chunk', () => {
    const chunks = readdirSync(dist).filter((f) => f.endsWith('.js') && f != 'consentry.min.js');
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.filter((f) => readFileSync(resolve(dist, f), 'utf8').includes('allFunctionsCalledOnLoad'))).toEqual([]);
  });
});
