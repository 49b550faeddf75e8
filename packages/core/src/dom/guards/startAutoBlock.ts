import { interceptSrc } from './interceptSrc';

/** Who holds an element whose URL is on a configured service's hosts: `[category, service?]`. */
export type HostOwner = (host: string) => [category: string, service?: string] | undefined;

/**
 * Auto-blocking (`autoBlock: true`): an unmarked `<script src>`, `<iframe src>` or `<img src>`
 * whose host belongs to a configured category or service that is not allowed gets Consentry's
 * markup (`data-category`, `data-service`; a script `type="text/plain"`, an embed `data-src`) and
 * is handed to blocking, which holds and releases it like a marked one.
 * Best effort: a script added by code is caught when its `src` is set (property or `setAttribute`)
 * before it is inserted (what snippets do), an iframe whenever its `src` is set; one added in the
 * HTML is caught before it runs, but the browser may already have fetched it (its preload scanner
 * reads ahead); images and iframes in the HTML may have started loading. Images whose `src` code
 * sets are pixels: the network guard refuses them.
 */
export function startAutoBlock(owner: HostOwner, blocked: (host: string) => boolean, hostOf: (url: unknown) => string, hold: (el: Element) => void) {
  /** Marks `el` as held for its host's owner; true when it did. */
  function mark(el: Element, url: unknown, script: boolean): boolean {
    const host = hostOf(url);
    const who = !el.hasAttribute('data-category') && blocked(host) && owner(host);
    if (!who) return false;
    el.setAttribute('data-category', who[0]);
    if (who[1]) el.setAttribute('data-service', who[1]);
    if (script) (el as HTMLScriptElement).type = 'text/plain';
    return true;
  }
  // Scripts made by code: caught when their src is set, before they are inserted and run (an
  // inserted script that ran is left alone: releasing it would run it again). Iframes: held
  // instead of given their URL.
  interceptSrc((el, url) => {
    if (el.tagName == 'SCRIPT') {
      if (!el.isConnected) mark(el, url, true);
      return false;
    }
    if (el.tagName != 'IFRAME' || !mark(el, url, false)) return false;
    el.setAttribute('data-src', url);
    hold(el);
    return true;
  });
  // Elements in the HTML, and any inserted some other way: caught when they are added.
  const visit = (el: Element) => {
    const tag = el.tagName;
    const script = tag == 'SCRIPT';
    if (!(script || tag == 'IFRAME' || tag == 'IMG')) return;
    const url = el.getAttribute('src');
    if (url == null || (el.getAttribute('type') == 'text/plain' && el.hasAttribute('data-category'))) return;
    if (!mark(el, url, script)) return;
    if (!script) {
      el.setAttribute('data-src', url);
      el.removeAttribute('src');
    }
    hold(el);
  };
  new MutationObserver((records) => {
    for (const r of records)
      r.addedNodes.forEach((n) => {
        if (n.nodeType != 1) return;
        visit(n as Element);
        (n as Element).querySelectorAll('script[src],iframe[src],img[src]').forEach(visit);
      });
  }).observe(document, { childList: true, subtree: true });
}
