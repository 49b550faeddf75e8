// README promises: a quick start of at most 10 lines, and a link to every page of docs/.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
});
