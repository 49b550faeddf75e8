import { trusted } from './trusted';

/** How long an inline script waits for an earlier src script that neither loads nor fails. */
const LOAD_TIMEOUT = 10_000;

/**
 * Runs held scripts as the parser would have: one document-order queue. A non-async src script
 * is awaited (load, error or timeout) before anything after it runs, so an inline script can
 * call what an earlier slow script defined; `async` and module scripts do not hold the queue.
 * Fetches are sequential for that reason: correctness over a few ms. `document.write` is not
 * supported in released scripts (the document is already parsed).
 */
export function createScriptRunner(nonce: string | undefined, mine: WeakSet<Node>) {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs a copy of `held` in place of `at` (the held element itself, or a marker holding its place). */
  return function run(held: HTMLScriptElement, at: Element = held) {
    const s = document.createElement('script');
    const policy = trusted();
    for (const a of held.attributes) if (!/^(type|data-type|src)$/.test(a.name)) s.setAttribute(a.name, a.value);
    const type = held.getAttribute('data-type');
    // vanilla-cookieconsent markup may hold the URL in data-src.
    const src = held.getAttribute('data-src') ?? held.getAttribute('src');
    if (src != null) s.src = policy.createScriptURL(src);
    if (type) s.type = type;
    // The nonce attribute reads empty under CSP: hand on the property, Consentry's or else the held
    // tag's own (a framework binding's ConsentScript passes the page's).
    s.nonce = nonce || held.nonce;
    s.text = policy.createScript(held.text);
    mine.add(s);
    const insert = () => at.isConnected && at.replaceWith(s);
    if (held.hasAttribute('async') || type == 'module') return insert();
    s.async = false;
    queue = queue.then(
      () =>
        new Promise<unknown>((done) => {
          if (s.src) {
            s.addEventListener('load', done);
            s.addEventListener('error', done);
            setTimeout(done, LOAD_TIMEOUT);
          }
          insert();
          if (!s.src || !s.isConnected) done(0);
        }),
    );
  };
}
