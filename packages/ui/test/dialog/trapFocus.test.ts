// The focus wrap of the preferences dialog (design.md: focus moved in and kept in; APG dialog).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tabbables, trapFocus } from '../../src/dialog/trapFocus';

let root: HTMLElement;

beforeEach(() => {
  // happy-dom does no layout: every element reports a box, as a rendered one would.
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
  document.body.innerHTML = `<button id="before">page</button>
    <div id="root">
      <button id="first">Close</button>
      <input id="off" disabled>
      <div hidden><button id="hidden">hidden</button></div>
      <a href="#x" id="middle">link</a>
      <span tabindex="-1">not tabbable</span>
      <button id="last">Save choices</button>
    </div>`;
  root = document.getElementById('root')!;
});
afterEach(() => vi.restoreAllMocks());

const tab = (shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapFocus(root, e);
  return e;
};
const focus = (id: string) => document.getElementById(id)!.focus();

describe('trapFocus', () => {
  it('should count only what Tab reaches: not disabled, not inside hidden, not tabindex=-1', () => {
    expect(tabbables(root).map((el) => el.id)).toEqual(['first', 'middle', 'last']);
  });

  it('given focus on the last control, when pressing Tab, should move focus to the first', () => {
    focus('last');
    expect(tab().defaultPrevented).toBe(true);
    expect(document.activeElement!.id).toBe('first');
  });

  it('given focus on the first control, when pressing Shift+Tab, should move focus to the last', () => {
    focus('first');
    expect(tab(true).defaultPrevented).toBe(true);
    expect(document.activeElement!.id).toBe('last');
  });

  it('given focus in the middle, when pressing Tab or Shift+Tab, should leave it to the browser', () => {
    focus('middle');
    expect(tab().defaultPrevented).toBe(false);
    expect(tab(true).defaultPrevented).toBe(false);
    expect(document.activeElement!.id).toBe('middle');
  });

  it('given focus outside the dialog, when pressing Tab, should bring it back in', () => {
    focus('before');
    tab();
    expect(document.activeElement!.id).toBe('first');
  });

  it('given another key, should do nothing', () => {
    focus('last');
    const e = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    trapFocus(root, e);
    expect(e.defaultPrevented).toBe(false);
    expect(document.activeElement!.id).toBe('last');
  });

  it('given a dialog in a shadow root, should read focus from the shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(root);
    (root.querySelector('#last') as HTMLElement).focus();
    tab();
    expect(shadow.activeElement!.id).toBe('first');
  });
});
