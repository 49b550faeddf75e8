import { interceptUrls, urlsOf } from './interceptUrls';

/** Who holds an element whose URL is on a configured service's hosts: `[category, service?]`. */
export type HostOwner = (host: string) => [category: string, service?: string] | undefined;

/**
 * Auto-blocking (`autoBlock: true`): an unmarked `<script src>`, `<iframe src>`, `<img src|srcset>`,
 * `<source src|srcset>` or `<link href>` whose host belongs to a configured category or service
 * that is not allowed gets Consentry's markup (`data-category`, `data-service`; a script
 * `type="text/plain"`, the others `data-src` / `data-srcset` / `data-href`) and is handed to
 * blocking, which holds and releases it like a marked one.
 * Best effort: a script added by code is caught when its `src` is set (property or `setAttribute`)
 * before it is inserted (what snippets do), an iframe or link whenever its URL is set; HTML that
 * code inserts as a string is rewritten before it is parsed (holdParsedMarkup); one added in the
 * HTML is caught before it runs, but the browser may already have fetched it (its preload scanner
 * reads ahead); images, links and iframes in the HTML may have started loading. Images whose URL
 * code sets are pixels: the network guard refuses them.
 */
export function startAutoBlock(owner: HostOwner, blocked: (host: string) => boolean, hostOf: (url: unknown) => string, hold: (el: Element) => void) {
  /** Marks `el` as held for the owner of the first refused host among `urls`; true when it did. */
  function mark(el: Element, urls: string[], script: boolean): boolean {
    const host = urls.map(hostOf).find(blocked);
    const who = host != null && !el.hasAttribute('data-category') && owner(host);
    if (!who) return false;
    el.setAttribute('data-category', who[0]);
    if (who[1]) el.setAttribute('data-service', who[1]);
    if (script) (el as HTMLScriptElement).type = 'text/plain';
    return true;
  }
  // Scripts made by code: caught when their src is set, before they are inserted and run (an
  // inserted script that ran is left alone: releasing it would run it again). Iframes and links:
  // held instead of given their URL.
  interceptUrls((el, value, attr) => {
    if (el.tagName == 'SCRIPT') {
      if (!el.isConnected) mark(el, [value], true);
      return false;
    }
    if (!/^(IFRAME|LINK)$/.test(el.tagName) || !mark(el, [value], false)) return false;
    el.setAttribute('data-' + attr, value);
    hold(el);
    return true;
  });
  // Elements in the HTML, and any inserted some other way: caught when they are added.
  const visit = (el: Element, handOn = true) => {
    const script = el.tagName == 'SCRIPT';
    if (!SELECTOR_TAGS.test(el.tagName) || (el.getAttribute('type') == 'text/plain' && el.hasAttribute('data-category'))) return;
    const attrs = ATTRS.filter((a) => el.hasAttribute(a) && (a != 'href' || el.tagName == 'LINK'));
    if (
      !attrs.length ||
      !mark(
        el,
        attrs.flatMap((a) => urlsOf(el.getAttribute(a)!, a)),
        script,
      )
    )
      return;
    if (!script)
      for (const a of attrs) {
        el.setAttribute('data-' + a, el.getAttribute(a)!);
        el.removeAttribute(a);
      }
    if (handOn) hold(el);
  };
  new MutationObserver((records) => {
    for (const r of records)
      r.addedNodes.forEach((n) => {
        if (n.nodeType != 1) return;
        visit(n as Element);
        (n as Element).querySelectorAll(SELECTOR).forEach((el) => visit(el));
      });
  }).observe(document, { childList: true, subtree: true });
  holdParsedMarkup((el) => visit(el, false));
}

/** What auto-blocking looks at: elements with a URL the browser fetches. */
const SELECTOR = 'script[src],iframe[src],img[src],img[srcset],source[srcset],link[href]';
const SELECTOR_TAGS = /^(SCRIPT|IFRAME|IMG|SOURCE|LINK)$/;
const ATTRS = ['src', 'srcset', 'href'];

/**
 * HTML that code inserts (`innerHTML`, `outerHTML`, `insertAdjacentHTML`) is parsed inert in a
 * `<template>` first and `mark` gives its images, sources, iframes and links their held form: the
 * browser starts an image's fetch while it parses, before the observer above could see it. The
 * markup then goes in rewritten; blocking's observer holds the elements it makes. Scripts are left
 * to the observer (HTML inserted this way never runs them). Trusted Types objects pass untouched
 * (the rewritten markup would be a plain string, refused under an enforcing policy).
 */
function holdParsedMarkup(mark: (el: Element) => void) {
  // Text, not markup, goes into these (a stylesheet may well contain "<img").
  const RAW = /^(SCRIPT|STYLE|TEXTAREA|TITLE|TEMPLATE|XMP|NOSCRIPT|NOEMBED|NOFRAMES|PLAINTEXT)$/i;
  const inert = (el: Element, html: unknown) => {
    if (typeof html != 'string' || RAW.test(el.tagName) || !/<(img|iframe|source|link)\b/i.test(html)) return html;
    const t = document.createElement('template');
    t.innerHTML = html;
    t.content.querySelectorAll(SELECTOR.replace('script[src],', '')).forEach(mark);
    return t.content.querySelector('[data-category]') ? t.innerHTML : html;
  };
  const proto = Element.prototype;
  for (const name of ['innerHTML', 'outerHTML'] as const) {
    const desc = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      ...desc,
      set(this: Element, v: unknown) {
        desc.set!.call(this, inert(this, v));
      },
    });
  }
  const insert = proto.insertAdjacentHTML;
  proto.insertAdjacentHTML = function (this: Element, where: InsertPosition, html: string) {
    insert.call(this, where, inert(this, html) as string);
  };
}
