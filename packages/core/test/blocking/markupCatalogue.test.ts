// A catalogue service named only in markup (data-service="hotjar" under a category that does not
// declare it) gets the catalogue's patterns (configuration.md): the cookie guard refuses its cookies
// once its entry is here, and the guards chunk starts for its storage keys and hosts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, settle } from '../support/createTestEnv';

afterEach(() => vi.restoreAllMocks());

describe('given a config declaring nothing to guard, and a held hotjar script in the body', () => {
  it('when hotjar writes its cookie and storage keys before any decision, it should refuse both', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const env = createTestEnv();
    const load = env.load;
    const loaded: string[] = [];
    // hotjar's entry: cookies, storage keys, databases, hosts (a stand-in for the catalogue file).
    env.load = ((name: string) =>
      (name == 'service-hotjar' ? Promise.resolve({ patterns: ['/^_hj/', '/^_hj/', '', 'static.hotjar.com'] }) : load(name as never)).then((m) => {
        loaded.push(name);
        return m;
      })) as typeof env.load;
    const engine = createEngine({ categories: { analytics: {} } }, env);
    createBlocker(engine); // in <head>: start-up finds nothing to guard
    await new Promise((ready) => engine.api.on('ready', ready));
    // The parser reaches the body.
    document.body.innerHTML = `<script type="text/plain" data-category="analytics" data-service="hotjar" src="https://static.hotjar.com/c/hotjar-1.js"></script>`;
    await vi.waitFor(() => expect(loaded).toContain('guards'), { timeout: 3000 });
    await settle(0); // the guards chunk starts

    document.cookie = '_hjSessionUser_1=abc; path=/';
    localStorage.setItem('_hjTLDTest', '1');

    expect(env.jar.cookies.has('_hjSessionUser_1')).toBe(false);
    expect(localStorage.getItem('_hjTLDTest')).toBeNull();
  });
});
