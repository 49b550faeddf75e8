// While the page loads, the parser inserts a held inline script at its start tag and may add its
// text in pieces (a network chunk boundary): a returning visitor's allowed script is released only
// once the parser has moved past it, with its whole text, and still before DOMContentLoaded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, settle } from '../support/createTestEnv';

afterEach(() => vi.restoreAllMocks());

/** Texts of the scripts Consentry released (inserted runnable), in order. */
function released() {
  const texts: string[] = [];
  new MutationObserver((rs) =>
    rs.forEach((r) => r.addedNodes.forEach((n) => n.nodeName == 'SCRIPT' && !(n as HTMLScriptElement).type && texts.push((n as HTMLScriptElement).text))),
  ).observe(document, { childList: true, subtree: true });
  return texts;
}

const held = (text: string) => {
  const s = document.createElement('script');
  s.type = 'text/plain';
  s.setAttribute('data-category', 'analytics');
  s.append(text);
  return s;
};

describe('given a returning visitor who allowed analytics, on a page still loading', () => {
  it('when the parser adds a held inline script in two pieces, it should run it once, whole, as soon as the parser moves on', async () => {
    let readyState = 'complete';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState as DocumentReadyState);
    const engine = createEngine({ categories: { analytics: {} } }, createTestEnv());
    createBlocker(engine);
    await engine.api.acceptAll();
    await settle(20);
    readyState = 'loading';
    const texts = released();

    // The parser: the start tag and a first chunk of text, then it yields (the observer runs).
    const s = held('window.a = 1;');
    document.body.append(s);
    await settle(5);
    expect(texts, 'nothing runs while the parser may still add text').toEqual([]);
    s.append(' window.b = 2;'); // the next chunk
    document.body.append(document.createElement('p')); // the parser moves on
    await settle(5);
    expect(texts).toEqual(['window.a = 1; window.b = 2;']);

    // The last node of the page: released at DOMContentLoaded.
    const last = held('window.c = 3;');
    document.body.append(last);
    await settle(5);
    expect(texts).toHaveLength(1);
    readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    await settle(5);
    expect(texts).toEqual(['window.a = 1; window.b = 2;', 'window.c = 3;']);
  });
});
