import { scriptFromUrls } from './probe.mjs';
import { siteOfUrl } from '../siteOf.mjs';

/** The script behind a request, from a CDP initiator: the stack's frames (and its async parents), else the initiator's URL. */
function initiatorScript(initiator) {
  const urls = [];
  for (let s = initiator?.stack; s; s = s.parent) for (const f of s.callFrames) urls.push(f.url);
  return scriptFromUrls(urls) || initiator?.url || null;
}

/**
 * Requests to another site (any frame, any type), when they were made and by what: the script
 * (CDP initiator stack) or the document that asked for them. The page's own navigation (its
 * redirects included) is not one; in a decided state neither is what went out before the click.
 */
export const requestCollector = {
  name: 'requests',
  async setup(run) {
    run.requests = [];
    const initiators = new Map();
    run.initiators = initiators;
    run.context.on('request', (request) => {
      const url = request.url();
      const site = siteOfUrl(url);
      if (!site) return;
      let frameUrl = null;
      let frame = null;
      try {
        frame = request.frame();
        frameUrl = frame.url();
      } catch {
        // A worker's request has no frame.
      }
      if (frame && frame == run.page?.mainFrame() && request.isNavigationRequest()) return;
      // Kept whatever its site: the page's site is known only once a redirect has ended (run.site then).
      run.requests.push({ url, site, method: request.method(), resourceType: request.resourceType(), frameUrl, at: Date.now() });
    });
    try {
      const cdp = await run.context.newCDPSession(run.page);
      await cdp.send('Network.enable');
      cdp.on('Network.requestWillBeSent', (e) => initiators.set(e.request.url, initiatorScript(e.initiator)));
    } catch {
      // Without CDP the request list stays, only its script URLs are missing.
    }
  },
  snapshot() {},
  result(run) {
    const seen = new Set();
    return run.requests
      .filter((r) => r.site != run.site && (run.decidedAt == null || r.at >= run.decidedAt))
      .filter((r) => !seen.has(r.url) && seen.add(r.url))
      .map((r) => ({
        kind: 'request',
        name: r.url,
        method: r.method,
        resourceType: r.resourceType,
        party: 'third',
        setBy: run.initiators.get(r.url) || (r.frameUrl && siteOfUrl(r.frameUrl) != siteOfUrl(r.url) ? r.frameUrl : null),
        at: r.at,
      }));
  },
};
