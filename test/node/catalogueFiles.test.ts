// A site pays for the catalogue services it uses, not for the catalogue (design.md, "Service
// catalogue"): the main file carries no entry, and each entry is a small file of its own.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { catalogueIds } from '../../packages/core/src/model/catalogue/catalogueEntry';

const dist = resolve(import.meta.dirname, '../../packages/consentry/dist');
const read = (file: string) => readFileSync(resolve(dist, file), 'utf8');

describe('catalogue files', () => {
  it('given the main file, it should hold no catalogue entry (no id, no pattern, no host)', () => {
    const main = read('consentry.min.js');
    for (const id of catalogueIds()) expect(main, id).not.toContain(`"${id}"`);
    for (const text of ['_fbp', 'posthog', 'mxpnl', 'googletagmanager']) expect(main, text).not.toContain(text);
  });

  it('given each catalogue id, its file should register that entry and stay under 600 bytes gzip', () => {
    expect(catalogueIds().length).toBeGreaterThanOrEqual(40);
    for (const id of catalogueIds()) {
      const code = read(`consentry-service-${id}.js`);
      const pushed: unknown[] = [];
      new Function('consentryChunks', code)({ push: (x: unknown) => pushed.push(x) });
      expect(pushed, id).toEqual([
        [`service-${id}`, expect.objectContaining({ patterns: expect.any(Array), description: expect.objectContaining({ label: expect.any(String) }) })],
      ]);
      expect(gzipSync(code, { level: 9 }).length, id).toBeLessThan(600);
    }
  });
});
