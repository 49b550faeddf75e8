// docs/messages.md is where a site owner looks up a code the console printed without its words
// (the diagnostics file could not load): every code the SDK can report has its row there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../packages/core/src/model/messages';

const doc = readFileSync(new URL('../../docs/messages.md', import.meta.url), 'utf8');
const documented = [...doc.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);

describe('docs/messages.md', () => {
  it('should have a row for every message code, and no row for a code that does not exist', () => {
    expect(documented.filter((c) => !(c in MESSAGES))).toEqual([]);
    expect(Object.keys(MESSAGES).filter((c) => !documented.includes(c))).toEqual([]);
  });
});
