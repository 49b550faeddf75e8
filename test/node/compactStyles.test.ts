// The UI's stylesheets are written one declaration a line (packages/ui/src/**/*Styles.ts); the
// build collapses them (rollup.config.mjs), so the shipped files carry them as compact as before.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../packages/consentry/dist');
const read = (file: string) => readFileSync(resolve(dist, file), 'utf8');

describe('compact styles', () => {
  it.each([
    ['consentry.min.js', 'button{all:initial;position:fixed;z-index:2147483000;bottom:16px;left:16px;'],
    ['consentry-ui.js', ':host{all:initial;display:contents;--consentry-light-bg:#fff;'],
    ['consentry-ui.js', '@media (prefers-color-scheme:dark){'],
    ['consentry-prefs.js', '[hidden]{display:none!important}h3{font-size:1em}'],
    ['consentry-prefs.js', '.placeholder{display:flex;flex-direction:column;gap:10px;'],
  ])('%s should carry its CSS collapsed (%s…)', (file, css) => {
    expect(read(file)).toContain(css);
  });

  it('no shipped script file should carry a stylesheet line break or indentation', () => {
    // The minifier writes a template literal's line breaks as `\n` escapes.
    for (const file of ['consentry.min.js', 'consentry-ui.js', 'consentry-prefs.js']) expect(read(file)).not.toMatch(/[{;](\n|\\n)\s+[a-z-]+:/);
  });
});
