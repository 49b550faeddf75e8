/** The URL attributes that make the browser fetch, by element: a script runs its `src`. */
const FETCHING = new Map([
  ['src', /^(SCRIPT|IFRAME|IMG)$/],
  ['srcset', /^(IMG|SOURCE)$/],
  ['href', /^LINK$/],
]);

/**
 * Calls `take(el, value, attr)` before a page script sets a URL attribute that fetches: `src` of a
 * script, iframe or image, `srcset` of an image or a picture's `<source>` (a list of URLs), `href`
 * of a `<link>` (stylesheet, preload, prefetch …), through the property or `setAttribute`. When it
 * returns true the attribute is not set (the caller held or refused it). A script's URL is set
 * before it is inserted, an image fetches even when it is not in the page (`new Image().src`):
 * both are caught here, before any request.
 */
export function interceptUrls(take: (el: Element, value: string, attr: string) => boolean) {
  for (const [prototype, attr] of [
    [HTMLScriptElement, 'src'],
    [HTMLIFrameElement, 'src'],
    [HTMLImageElement, 'src'],
    [HTMLImageElement, 'srcset'],
    [HTMLSourceElement, 'srcset'],
    [HTMLLinkElement, 'href'],
  ] as const) {
    const desc = Object.getOwnPropertyDescriptor(prototype.prototype, attr)!;
    Object.defineProperty(prototype.prototype, attr, {
      ...desc,
      set(this: Element, v: unknown) {
        if (!take(this, String(v), attr)) desc.set!.call(this, v);
      },
    });
  }
  const proto = Element.prototype;
  const setAttribute = proto.setAttribute;
  proto.setAttribute = function (this: Element, name: string, value: string) {
    const attr = String(name).toLowerCase();
    if (!(FETCHING.get(attr)?.test(this.tagName) && take(this, String(value), attr))) setAttribute.call(this, name, value);
  };
}

/** The URLs of a `srcset` (or the one URL of any other attribute). */
export const urlsOf = (value: string, attr: string) => (attr == 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value]);
