// Auto-blocking (design.md, "Guards beyond cookies"; docs/blocking.md, "Auto-blocking"): what it
// holds and what it must leave alone. Installed once: it wraps prototypes for the whole file.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hostOf } from '../../src/dom/guards/matchesHost';
import { startAutoBlock } from '../../src/dom/guards/startAutoBlock';

// Taken before the guards wrap anything: the HTML parser inserts and sets attributes without a page script's methods.
const parserAppend = Node.prototype.appendChild;
const parserSetAttribute = Element.prototype.setAttribute;
const TRACKER = 'https://tracker.example';
const held: Element[] = [];

beforeAll(() => {
  startAutoBlock(
    (host) => (host == 'tracker.example' ? ['analytics', 'tracker'] : undefined),
    (host) => host == 'tracker.example',
    hostOf,
    (el) => held.push(el),
  );
});
beforeEach(() => {
  held.length = 0;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
const settle = () => new Promise((r) => setTimeout(r));

describe('auto-blocking: scripts', () => {
  it('given a script the parser inserts, it should be held; given scripts code inserts that already ran or never run, it should leave them alone', async () => {
    const parsed = document.createElement('script');
    parserSetAttribute.call(parsed, 'src', TRACKER + '/parsed.js');
    parserAppend.call(document.head, parsed);
    // Runs as it is inserted (createContextualFragment scripts are not inert).
    const fragment = document.createRange().createContextualFragment(`<script src="${TRACKER}/fragment.js"></script>`);
    const ran = fragment.firstChild as HTMLScriptElement;
    document.body.append(fragment);
    // jQuery's append: parsed by innerHTML (never runs), moved into the page, then fetched again with a new script.
    const tmp = document.createElement('div');
    tmp.innerHTML = `<script src="${TRACKER}/widget.js"></script>`;
    const inert = tmp.firstChild as HTMLScriptElement;
    document.body.appendChild(inert);
    const again = document.createElement('script');
    again.src = TRACKER + '/widget.js';
    document.head.appendChild(again);
    await settle();

    expect(held).toContain(parsed);
    expect(parsed.type).toBe('text/plain');
    expect(held).not.toContain(ran);
    expect(held).not.toContain(inert);
    expect([ran, inert].map((s) => [s.type, s.getAttribute('data-category')])).toEqual([
      ['', null],
      ['', null],
    ]);
    // The one that would run is held (by its src, before it was inserted).
    expect([again.type, again.getAttribute('data-service')]).toEqual(['text/plain', 'tracker']);
  });

  it('given a module script from a declared host, it should keep its type for its release (data-type)', () => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = TRACKER + '/loader.mjs';
    expect([s.type, s.getAttribute('data-type')]).toEqual(['text/plain', 'module']);
  });

  it('given a script whose type is set after its src (property or setAttribute), it should stay held and keep that type for its release', () => {
    const byProperty = document.createElement('script');
    byProperty.src = TRACKER + '/a.js';
    byProperty.type = 'text/javascript';
    const byAttribute = document.createElement('script');
    byAttribute.setAttribute('src', TRACKER + '/b.js');
    byAttribute.setAttribute('TYPE', 'module');
    expect([byProperty, byAttribute].map((s) => [s.getAttribute('type'), s.getAttribute('data-type')])).toEqual([
      ['text/plain', 'text/javascript'],
      ['text/plain', 'module'],
    ]);
    // In the page too: a held script whose type changed would run as soon as its src or text changes.
    document.head.append(byProperty);
    byProperty.type = 'module';
    expect([byProperty.getAttribute('type'), byProperty.getAttribute('data-type')]).toEqual(['text/plain', 'module']);
  });
});

describe('auto-blocking: HTML inserted by code', () => {
  it('given HTML put next to a script or noscript (outerHTML, insertAdjacentHTML beforebegin / afterend), its images should go in held', () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    const noscript = document.createElement('noscript');
    const style = document.createElement('style');
    document.body.append(script, noscript, style);
    script.insertAdjacentHTML('afterend', `<img id="after" src="${TRACKER}/after.gif">`);
    style.insertAdjacentHTML('beforebegin', `<img id="before" src="${TRACKER}/before.gif">`);
    noscript.outerHTML = `<img id="outer" src="${TRACKER}/outer.gif">`;
    // Checked as inserted: the browser starts an image's fetch as it parses it.
    expect(
      ['after', 'before', 'outer'].map((id) => [document.getElementById(id)!.getAttribute('src'), document.getElementById(id)!.getAttribute('data-src')]),
    ).toEqual([
      [null, TRACKER + '/after.gif'],
      [null, TRACKER + '/before.gif'],
      [null, TRACKER + '/outer.gif'],
    ]);
  });

  it('given a <source src> inside inserted HTML or inside a subtree code adds, it should be held', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.innerHTML = `<video><source src="${TRACKER}/a.mp4"></video>`;
    // Held as it is parsed: a media element starts loading its source before any observer runs.
    expect(box.querySelector('source')!.getAttribute('src')).toBeNull();
    const video = document.createElement('video');
    const source = document.createElement('source');
    source.setAttribute('src', TRACKER + '/b.mp4');
    video.append(source);
    document.body.append(video);
    await settle();
    const sources = [...document.querySelectorAll('source')];
    expect(sources.map((s) => [s.getAttribute('src'), s.getAttribute('data-src'), s.getAttribute('data-service')])).toEqual([
      [null, TRACKER + '/a.mp4', 'tracker'],
      [null, TRACKER + '/b.mp4', 'tracker'],
    ]);
    // The one inserted as HTML went in held already: blocking's observer takes it from its markup.
    expect(held).toContain(sources[1]);
  });
});
