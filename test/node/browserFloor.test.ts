// The oldest browsers the script-tag files run in (docs/browsers.md, "Browser versions"). A regular
// expression with a lookbehind is a syntax error in Safari before 16.4: the whole file would fail
// to parse there, so no Consentry at all. These files are built; this reads what ships.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../packages/consentry/dist');

describe('the script-tag files and the oldest browsers they support', () => {
  it('should hold no regular-expression lookbehind (a syntax error in Safari before 16.4)', () => {
    const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => /\(\?<[!=]/.test(readFileSync(resolve(dist, f), 'utf8')))).toEqual([]);
  });
});
