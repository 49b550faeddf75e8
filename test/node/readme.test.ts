// README promises: a quick start of at most 10 lines, a link to every page of docs/, and the size
// budgets npm test asserts (size-budgets.json).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import budgets from '../../size-budgets.json';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  it('should keep its quick start to 10 lines', () => {
    const section = readme.slice(readme.indexOf('## Quick start'));
    const code = /```html\n([\s\S]*?)```/.exec(section)![1]!.trimEnd().split('\n');
    expect(code.length).toBeLessThanOrEqual(10);
  });

  it('should link every page in docs/', () => {
    const pages = readdirSync(new URL('../../docs/', import.meta.url)).filter((f) => f.endsWith('.md'));
    expect(pages.filter((p) => !readme.includes(`](docs/${p}`))).toEqual([]);
  });

  it('should quote the size budgets that npm test asserts', () => {
    const rows = [...readme.matchAll(/^\| (returning visitor|first visit)[^|]*\| ≤ (\d+(?:\.\d+)?) (KiB|B)\b/gm)].map((m) => [
      m[1],
      Number(m[2]) * (m[3] == 'KiB' ? 1024 : 1),
    ]);
    expect(rows).toEqual([
      ['returning visitor', budgets.returningVisitorGzipBytes],
      ['first visit', budgets.firstVisitGzipBytes],
    ]);
  });
});
