/** Elements whose `src` makes the browser fetch (a script runs it). */
const FETCHING = /^(SCRIPT|IFRAME|IMG)$/;

/**
 * Calls `take(el, url)` before a script's, iframe's or image's `src` is set by a page script, through
 * the `src` property or `setAttribute('src', …)`; when it returns true the `src` is not set (the
 * caller held or refused it). A script's URL is set before it is inserted, an image fetches even
 * when it is not in the page (`new Image().src`): both are caught here, before any request.
 */
export function interceptSrc(take: (el: Element, url: string) => boolean) {
  for (const { prototype } of [HTMLScriptElement, HTMLIFrameElement, HTMLImageElement]) {
    const desc = Object.getOwnPropertyDescriptor(prototype, 'src')!;
    Object.defineProperty(prototype, 'src', {
      ...desc,
      set(this: Element, v: unknown) {
        if (!take(this, String(v))) desc.set!.call(this, v);
      },
    });
  }
  const proto = Element.prototype;
  const setAttribute = proto.setAttribute;
  proto.setAttribute = function (this: Element, name: string, value: string) {
    if (!(String(name).toLowerCase() == 'src' && FETCHING.test(this.tagName) && take(this, String(value)))) setAttribute.call(this, name, value);
  };
}
