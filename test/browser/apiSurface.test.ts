// design.md's API table on window.Consentry (script tag) and on what init() returns in a page (the
// npm entry through examples/npm-esm's import map), and every public member of both in docs/api.md.
// The Node side (init() on a server) is test/node/apiSurface.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ready, useBrowser } from './harness';

const h = useBrowser();
const API = ['getConsent', 'isAllowed', 'acceptAll', 'rejectAll', 'setConsent', 'show', 'showPreferences', 'hide', 'reset', 'setLanguage', 'on', 'version'];
const apiDoc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
const documented = (name: string) => new RegExp('^\\| `' + name + '[`(:]', 'm').test(apiDoc);

/** Public members of the object at `global` in the page, with their types. */
const members = (global: string) => (w: Window) => {
  const o = (w as unknown as Record<string, Record<string, unknown>>)[global]!;
  const names = new Set<string>();
  for (let p: object | null = o; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) Object.getOwnPropertyNames(p).forEach((n) => names.add(n));
  return Object.fromEntries([...names].filter((n) => n != 'constructor' && !n.startsWith('_')).map((n) => [n, typeof o[n]]));
};

describe.each([
  ['window.Consentry (script tag)', '/basic/', 'Consentry'],
  ['init() (npm entry, ES modules)', '/npm-esm/', 'exampleConsentry'],
])('%s', (_what, path, global) => {
  it("should have every member of design.md's API table, and every public member should be in docs/api.md", async () => {
    const { page } = await h.open(path);
    await page.waitForFunction((g) => (window as unknown as Record<string, unknown>)[g], global);
    await ready(page);
    const found = (await page.evaluate(`(${members.toString()})(${JSON.stringify(global)})(window)`)) as Record<string, string>;
    for (const name of API) expect(found[name], name).toBe(name == 'version' ? 'string' : 'function');
    expect(Object.keys(found).filter((m) => !documented(m))).toEqual([]);
  });
});
