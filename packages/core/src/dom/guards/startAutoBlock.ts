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
  /** Scripts this marked: a `type` the page gives them later goes to `data-type`, so they stay held. */
  const marked = new WeakSet<Element>();
  /** Marks `el` as held for the owner of the first refused host among `urls`; true when it did. */
  function mark(el: Element, urls: string[], script: boolean): boolean {
    const host = urls.map(hostOf).find(blocked);
    const who = host != null && !el.hasAttribute('data-category') && owner(host);
    if (!who) return false;
    el.setAttribute('data-category', who[0]);
    if (who[1]) el.setAttribute('data-service', who[1]);
    if (script) {
      // Released with the type it had: a module stays a module.
      const type = el.getAttribute('type');
      if (type != null) el.setAttribute('data-type', type);
      el.setAttribute('type', 'text/plain');
      marked.add(el);
    }
    return true;
  }
  keepTypeHeld(marked);
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
  // Elements in the HTML, and any inserted some other way: caught when they are added. Scripts only
  // when the parser inserted them (`byCode` false): the parser lets observers run before it starts a
  // script, but a script code inserts has started by then (run, or fetching) or never will (from
  // innerHTML, as jQuery's append does before fetching it again by its src): holding it would run
  // it on consent, a second time or for the first time. A script code creates is held by its src.
  const visit = (el: Element, byCode?: boolean, handOn = true) => {
    const script = el.tagName == 'SCRIPT';
    if (!SELECTOR_TAGS.test(el.tagName) || (script && byCode) || (el.getAttribute('type') == 'text/plain' && el.hasAttribute('data-category'))) return;
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
  const added = (records: MutationRecord[], byCode?: boolean) => {
    for (const r of records)
      r.addedNodes.forEach((n) => {
        if (n.nodeType != 1) return;
        visit(n as Element, byCode);
        (n as Element).querySelectorAll(SELECTOR).forEach((el) => visit(el, byCode));
      });
  };
  const byCode = watchInsertions(added);
  holdParsedMarkup((el) => visit(el, true, false), byCode);
}

/** Snippets may set the type after the src (`s.src = …; s.type = 'text/javascript'`): for a script in `marked`, it goes to `data-type`, so it stays held. */
function keepTypeHeld(marked: WeakSet<Element>) {
  const proto = Element.prototype;
  const setAttribute = proto.setAttribute;
  proto.setAttribute = function (this: Element, name: string, value: string) {
    setAttribute.call(this, marked.has(this) && String(name).toLowerCase() == 'type' ? 'data-type' : name, value);
  };
  const type = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'type')!;
  Object.defineProperty(HTMLScriptElement.prototype, 'type', {
    ...type,
    set(this: HTMLScriptElement, v: string) {
      if (marked.has(this)) setAttribute.call(this, 'data-type', v);
      else type.set!.call(this, v);
    },
  });
}

/**
 * Hands what is inserted into the page to `added`, with `byCode` true for what a page script's
 * insertion added (the page's insertion methods are wrapped: what it added is visited at once).
 * The parser inserts without any of these methods, so what reaches the observer on its own is the
 * parser's (or came some way not wrapped here: handled as before). Nested calls (a custom element's
 * connectedCallback inserting more) are part of the outermost one. Returns the wrapper, for other
 * insertions (holdParsedMarkup's).
 */
function watchInsertions(added: (records: MutationRecord[], byCode?: boolean) => void) {
  const observer = new MutationObserver((records) => added(records));
  observer.observe(document, { childList: true, subtree: true });
  let depth = 0;
  const byCode = <T>(insert: () => T) => {
    if (!depth) added(observer.takeRecords());
    depth++;
    try {
      return insert();
    } finally {
      if (!--depth) added(observer.takeRecords(), true);
    }
  };
  for (const [target, names] of [
    [Node, 'appendChild insertBefore replaceChild'],
    [Element, 'append prepend replaceChildren before after replaceWith insertAdjacentElement moveBefore setHTMLUnsafe'],
    [CharacterData, 'before after replaceWith'],
    [Document, 'append prepend replaceChildren write writeln'],
    [Range, 'insertNode surroundContents'],
  ] as const)
    for (const name of names.split(' ')) {
      const p = target.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
      const f = p[name];
      if (f)
        p[name] = function (this: unknown, ...args: unknown[]) {
          return byCode(() => f.apply(this, args));
        };
    }
  return byCode;
}

/** What auto-blocking looks at: elements with a URL the browser fetches. */
const SELECTOR = 'script[src],iframe[src],img[src],img[srcset],source[src],source[srcset],link[href]';
const SELECTOR_TAGS = /^(SCRIPT|IFRAME|IMG|SOURCE|LINK)$/;
const ATTRS = ['src', 'srcset', 'href'];

/**
 * HTML that code inserts (`innerHTML`, `outerHTML`, `insertAdjacentHTML`) is parsed inert in a
 * `<template>` first and `mark` gives its images, sources, iframes and links their held form: the
 * browser starts an image's fetch while it parses, before the observer above could see it. The
 * markup then goes in rewritten; blocking's observer holds the elements it makes. Its scripts are
 * left alone: HTML inserted this way never runs them. Trusted Types objects pass untouched
 * (the rewritten markup would be a plain string, refused under an enforcing policy).
 */
function holdParsedMarkup(mark: (el: Element) => void, byCode: <T>(insert: () => T) => T) {
  // Text, not markup, goes into these (a stylesheet may well contain "<img").
  const RAW = /^(SCRIPT|STYLE|TEXTAREA|TITLE|TEMPLATE|XMP|NOSCRIPT|NOEMBED|NOFRAMES|PLAINTEXT)$/i;
  /** `html` to parse in `context` (the element whose children it becomes), held. */
  const inert = (context: Element | null, html: unknown) => {
    if (typeof html != 'string' || RAW.test(context?.tagName ?? '') || !/<(img|iframe|source|link)\b/i.test(html)) return html;
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
        // outerHTML is parsed as the parent's content (a <noscript>'s outerHTML is markup).
        byCode(() => desc.set!.call(this, inert(name == 'innerHTML' ? this : this.parentElement, v)));
      },
    });
  }
  const insert = proto.insertAdjacentHTML;
  proto.insertAdjacentHTML = function (this: Element, where: InsertPosition, html: string) {
    // Before or after an element, the HTML is its parent's content.
    const context = /^(beforebegin|afterend)$/i.test(where) ? this.parentElement : this;
    byCode(() => insert.call(this, where, inert(context, html) as string));
  };
}
