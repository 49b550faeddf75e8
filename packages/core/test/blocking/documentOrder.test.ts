// Released scripts run in document order, across the first scan and later additions (markup.md,
// "How release works"): a head manager may add a library to <head>, before a snippet found earlier.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, settle } from '../support/createTestEnv';

afterEach(() => vi.restoreAllMocks());

const held = (text: string) => {
  const s = document.createElement('script');
  s.type = 'text/plain';
  s.setAttribute('data-category', 'analytics');
  s.text = text;
  return s;
};

describe('given a held snippet in the body and a held library added later to <head>', () => {
  it('when the visitor allows analytics, it should run the library first, as the document has them', async () => {
    document.body.append(held('/* snippet */'));
    const engine = createEngine({ categories: { analytics: {} } }, createTestEnv());
    createBlocker(engine);
    await settle(5);
    document.head.append(held('/* library */'));
    await settle(5);
    const runs: string[] = [];
    new MutationObserver((rs) =>
      rs.forEach((r) => r.addedNodes.forEach((n) => n.nodeName == 'SCRIPT' && !(n as HTMLScriptElement).type && runs.push((n as HTMLScriptElement).text))),
    ).observe(document, { childList: true, subtree: true });

    await engine.api.acceptAll();
    await settle(20);

    expect(runs).toEqual(['/* library */', '/* snippet */']);
  });
});
