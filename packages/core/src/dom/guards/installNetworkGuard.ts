import { interceptUrls, urlsOf } from './interceptUrls';
import { hostOf } from './matchesHost';

/** A refusal names itself, so a developer seeing it in the console knows where it came from. */
const refusal = (url: string) => new TypeError(`[consentry] refused a request to ${url}: its service is not allowed`);

/**
 * The network guard: `fetch`, `XMLHttpRequest`, `navigator.sendBeacon`, `WebSocket`, `EventSource` and image
 * (`new Image().src`, `img.setAttribute('src', …)`, `srcset` of an image or a `<source>`) requests from page scripts to a host that
 * `blocked(host)` refuses fail the way a network error does (a rejected promise, an `error` event,
 * `false`, an `error` and `close` event), so a tracker that already runs goes quiet at once. Out of
 * reach: requests made before Consentry ran, from workers or other frames, and scripts and iframes
 * (those are auto-blocking's part when `autoBlock` is on).
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
  const failing = new WeakMap<XMLHttpRequest, ReturnType<typeof setTimeout>>();
  const open = xhr.open;
  const send = xhr.send;
  xhr.open = function (this: XMLHttpRequest, ...args: [string, string | URL]) {
    urls.set(this, String(args[1]));
    // Reused after a refusal: a fresh request again, with the browser's own readyState.
    clearTimeout(failing.get(this));
    delete (this as { readyState?: number }).readyState;
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const url = urls.get(this);
    if (!refused(url)) return send.call(this, body);
    // As Chromium fails a request: loadstart now, then a task later DONE (readyState 4, status 0:
    // code that only watches readystatechange sees it end), readystatechange, error, loadend. The
    // real request is never sent (it stays OPENED), so readyState is shadowed on the object.
    const fire = (type: string) => this.dispatchEvent(type == 'readystatechange' ? new Event(type) : new ProgressEvent(type));
    fire('loadstart');
    failing.set(
      this,
      setTimeout(() => {
        Object.defineProperty(this, 'readyState', { configurable: true, value: 4 });
        ['readystatechange', 'error', 'loadend'].forEach(fire);
      }),
    );
  };
  // Tracking pixels (`src`, or any URL of a `srcset` on the image or its picture's source): the
  // image gets no URL, and an error event as if it failed to load.
  interceptUrls((el, value, attr) => {
    if (attr == 'href' || el.tagName == 'SCRIPT' || el.tagName == 'IFRAME' || !urlsOf(value, attr).some(refused)) return false;
    if (el.tagName == 'IMG') setTimeout(() => el.dispatchEvent(new Event('error')));
    return true;
  });
  const WS = w.WebSocket;
  if (WS) {
    w.WebSocket = new Proxy(WS, {
      construct: (target, args: [string | URL, (string | string[])?], newTarget) =>
        refused(args[0]) ? refusedSocket(WS, String(args[0])) : Reflect.construct(target, args, newTarget),
    });
    // A socket opened while allowed is closed at its first message after a withdrawal.
    const send = WS.prototype.send;
    WS.prototype.send = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      if (refused(this.url)) this.close();
      else send.call(this, data);
    };
  }
  const ES = w.EventSource;
  if (ES)
    w.EventSource = new Proxy(ES, {
      construct(target, args: [string | URL, EventSourceInit?], newTarget) {
        if (refused(args[0])) return refusedStream(ES, String(args[0]));
        const stream = Reflect.construct(target, args, newTarget) as EventSource;
        // A stream opened while allowed is closed at its next event after a withdrawal (no reconnecting).
        for (const type of ['open', 'message', 'error']) stream.addEventListener(type, () => refused(stream.url) && stream.close());
        return stream;
      },
    });
}

/** What a connection that failed answers: closed, no handlers yet, `close()` does nothing. */
const CLOSED = { onopen: null, onmessage: null, onerror: null, close() {} };

/**
 * A socket that failed to connect, as `new WebSocket(url)` returns one: closed, then `error` and
 * `close` (1006).
 */
const refusedSocket = (WS: typeof WebSocket, url: string) =>
  refusedConnection<WebSocket>(WS, { url, protocol: '', extensions: '', bufferedAmount: 0, binaryType: 'blob', onclose: null, send() {} }, [
    new Event('error'),
    new CloseEvent('close', { code: 1006 }),
  ]);

/** A stream that failed to connect, as `new EventSource(url)` returns one: closed, then `error`. */
const refusedStream = (ES: typeof EventSource, url: string) => refusedConnection<EventSource>(ES, { url, withCredentials: false }, [new Event('error')]);

/**
 * A closed connection of `Ctor`'s kind with `fields`, firing `events` (listeners, then the `on…`
 * handler) once the caller has had a chance to attach them. `instanceof` holds; its own fields
 * shadow the prototype's getters (which need a real connection).
 */
function refusedConnection<T>(Ctor: { prototype: T; CLOSED: number }, fields: object, events: Event[]): T {
  const conn = Object.assign(new EventTarget(), CLOSED, { readyState: Ctor.CLOSED }, fields) as unknown as Record<string, unknown>;
  Object.setPrototypeOf(conn, Ctor.prototype as object);
  setTimeout(() =>
    events.forEach((e) => {
      (conn as unknown as EventTarget).dispatchEvent(e);
      (conn['on' + e.type] as ((e: Event) => void) | null)?.call(conn, e);
    }),
  );
  return conn as T;
}
