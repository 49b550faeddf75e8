// An element with data-category whose live attribute is present loads while the page is parsed,
// held attribute or not: it gets the "live" warning (markup.md, "Live forms get a warning").
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, settle } from '../support/createTestEnv';

afterEach(() => vi.restoreAllMocks());

describe('given held elements that also carry their live attribute, and one held properly', () => {
  it('when blocking starts, it should warn once about each live one and not about the held one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `
      <img id="img" data-category="marketing" data-src="https://t.example/a.png" src="https://t.example/a.png">
      <iframe id="iframe" data-category="marketing" data-src="https://t.example/f" src="https://t.example/f"></iframe>
      <object id="object" data-category="marketing" data-src="https://t.example/c.svg" data="https://t.example/c.svg"></object>
      <object id="held" data-category="marketing" data-src="https://t.example/d.svg"></object>`;
    createBlocker(createEngine({ categories: { marketing: {} } }, createTestEnv()));
    // The ids of the elements the live warnings name.
    const named = () =>
      warn.mock.calls
        .map((c) => c.join(' '))
        .filter((m) => m.includes('is live'))
        .map((m) => / id="(\w+)"/.exec(m)?.[1])
        .sort();
    await vi.waitFor(() => expect(named()).toHaveLength(3), { timeout: 3000 }); // the words of problems load
    await settle(100);

    expect(named()).toEqual(['iframe', 'img', 'object']);
  });
});
