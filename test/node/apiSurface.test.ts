// The JavaScript API promised by design.md ("JavaScript API") on what the npm entry's init() returns
// (in Node: the server instance), and every public member of it in docs/api.md. The browser side
// (window.Consentry, init() in a page) is test/browser/apiSurface.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** design.md's API table, member by member. */
export const API = [
  'getConsent',
  'isAllowed',
  'acceptAll',
  'rejectAll',
  'setConsent',
  'show',
  'showPreferences',
  'hide',
  'reset',
  'setLanguage',
  'on',
  'version',
];
const apiDoc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
/** Is `name` documented in docs/api.md as a table row (`` `name(…)` `` or `` `name` ``)? */
const documented = (name: string) => new RegExp('^\\| `' + name + '[`(:]', 'm').test(apiDoc);

describe('the consentry package', () => {
  it("init() in Node should return every member of design.md's API table, and the version string", async () => {
    const { init, VERSION } = await import('consentry');
    const api = init({ revision: 1 }) as unknown as Record<string, unknown>;
    for (const name of API) expect(api, name).toHaveProperty(name);
    for (const name of API.filter((n) => n != 'version')) expect(typeof api[name], name).toBe('function');
    expect(api.version).toBe(VERSION);
    // A server instance decides nothing and shows nothing, and says so without throwing.
    expect((api.getConsent as () => unknown)()).toBeNull();
    await expect((api.show as () => Promise<void>)()).resolves.toBeUndefined();
  });

  it('every public member of what init() returns should be in docs/api.md', async () => {
    const { init } = await import('consentry');
    const members = Object.keys(init()).filter((k) => !k.startsWith('_'));
    expect(members.filter((m) => !documented(m))).toEqual([]);
    expect(API.filter((m) => !documented(m))).toEqual([]);
  });

  it("the package's exports should be documented too", async () => {
    const exports = Object.keys(await import('consentry'));
    expect(exports.sort()).toEqual(['VERSION', 'formatConsentCookie', 'init', 'parseConsentCookie']);
    for (const name of ['init', 'parseConsentCookie', 'formatConsentCookie']) expect(apiDoc, name).toContain(`\`${name}(`);
  });
});
