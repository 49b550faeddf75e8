import { hostOf } from './matchesHost';

/** A refusal names itself, so a developer seeing it in the console knows where it came from. */
const refusal = (url: string) => new TypeError(`[consentry] refused a request to ${url}: its service is not allowed`);

/**
 * The network guard: `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` requests from page
 * scripts to a host that `blocked(host)` refuses fail the way a network error does (a rejected
 * promise, an `error` event, `false`), so a tracker that already runs goes quiet at once. Out of
 * reach: requests made before Consentry ran, from workers or other frames, `WebSocket`, and images
 * and scripts (those are auto-blocking's part when `autoBlock` is on).
 */
export function installNetworkGuard(blocked: (host: string) => boolean) {
  const refused = (url: unknown) => blocked(hostOf(url));
  const w = window;
  const fetch = w.fetch;
  if (fetch)
    w.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const url = input instanceof Request ? input.url : String(input);
      return refused(url) ? Promise.reject(refusal(url)) : fetch.call(this, input, init);
    };
  const nav = navigator;
  const beacon = nav.sendBeacon;
  if (beacon) nav.sendBeacon = (url: string | URL, data?: BodyInit | null) => !refused(url) && beacon.call(nav, url, data);
  const xhr = XMLHttpRequest.prototype;
  const urls = new WeakMap<XMLHttpRequest, string>();
  const open = xhr.open;
  const send = xhr.send;
  xhr.open = function (this: XMLHttpRequest, ...args: [string, string | URL]) {
    urls.set(this, String(args[1]));
    return (open as Function).apply(this, args);
  };
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const url = urls.get(this);
    if (!refused(url)) return send.call(this, body);
    // As a network error: asynchronous error and loadend events, status 0.
    setTimeout(() => ['error', 'loadend'].forEach((type) => this.dispatchEvent(new ProgressEvent(type))));
  };
}
