// One visit of one tool's page through the bare driver (bareChromium.mjs), for the figures a driver
// can distort: when the banner shows, script time of the first visit (until the banner has settled)
// and of a returning page view after Accept all. Same page, same in-page probe and same waits as
// visit.mjs; at 4× CPU, only when the banner shows.
import { probe, sleep, until } from './visit.mjs';

/**
 * The centre of the first element `selector` finds in the page or in an open shadow root (there,
 * its leading parts may name the host's ancestors, as in Playwright's piercing selectors).
 */
const centreOf = (selector) => `(() => {
  const parts = ${JSON.stringify(selector)}.split(' ');
  const look = (root) => {
    for (let i = 0; i < parts.length; i++) { const el = root.querySelector(parts.slice(i).join(' ')); if (el) return el; if (root == document) break; }
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) { const el = look(host.shadowRoot); if (el) return el; }
  };
  const el = look(document);
  const r = el && el.getBoundingClientRect();
  return r && r.width > 0 ? [r.x + r.width / 2, r.y + r.height / 2] : null;
})()`;

/**
 * Opens a page in `contextId` with the probe installed and loads `url`; resolves once the page's
 * `test` expression holds, with the page's session. Waits at most `timeout` ms for the load event
 * and as long again for `test`.
 */
async function load(chrome, contextId, url, bannerExpr, test, timeout, cpu = 1) {
  const { targetId } = await chrome.send('Target.createTarget', { url: 'about:blank', browserContextId: contextId });
  const { sessionId } = await chrome.send('Target.attachToTarget', { targetId, flatten: true });
  await chrome.send('Page.enable', {}, sessionId);
  await chrome.send('Performance.enable', { timeDomain: 'timeTicks' }, sessionId);
  await chrome.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false }, sessionId);
  if (cpu > 1) await chrome.send('Emulation.setCPUThrottlingRate', { rate: cpu }, sessionId);
  await chrome.send('Page.addScriptToEvaluateOnNewDocument', { source: probe(bannerExpr) }, sessionId);
  const loaded = chrome.next('Page.loadEventFired', sessionId, timeout);
  await chrome.send('Page.navigate', { url }, sessionId);
  await loaded;
  const page = {
    targetId,
    sessionId,
    eval: async (expression) => (await chrome.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)).result.value,
  };
  await until(page.eval, test, timeout, `${url}: timed out waiting for ${test}`);
  return page;
}

const scriptMs = async (chrome, page) =>
  1000 * (await chrome.send('Performance.getMetrics', {}, page.sessionId)).metrics.find((m) => m.name == 'ScriptDuration').value;

/**
 * Visits `tool` once: `{ tool, cpu, bannerMs, scriptMs, returnScriptMs }` at normal CPU, `{ tool,
 * cpu, bannerMs }` throttled, or `{ tool, cpu, error }`. For the empty page, bannerMs is its first
 * contentful paint.
 */
export async function bareVisit(chrome, origin, tool, { settle = 500, timeout = 15000, cpu = 1 } = {}) {
  const out = { tool: tool.id, cpu };
  let contextId;
  try {
    ({ browserContextId: contextId } = await chrome.send('Target.createBrowserContext'));
    const url = `${origin}/${tool.id}.html`;
    const shown = tool.banner ? 'window.__bench.bannerAt' : 'window.__bench.fcp';
    const first = await load(chrome, contextId, url, tool.banner, `${shown} != null`, timeout, cpu);
    out.bannerMs = await first.eval(shown);
    if (cpu > 1) return out;
    await sleep(settle);
    out.scriptMs = await scriptMs(chrome, first);
    if (tool.accept) {
      const at = await first.eval(centreOf(tool.accept));
      if (!at) throw new Error(`no box for ${tool.accept}`);
      // A visitor's click: trusted pointer events, the pointer at rest on the button first.
      const mouse = (type) => chrome.send('Input.dispatchMouseEvent', { type, x: at[0], y: at[1], button: 'left', clickCount: 1 }, first.sessionId);
      await mouse('mouseMoved');
      await sleep(100);
      await mouse('mousePressed');
      await mouse('mouseReleased');
      await until(first.eval, 'window.__bench.analyticsAt != null', 10000, 'the held script did not run after Accept all', 20);
    }
    await chrome.send('Target.closeTarget', { targetId: first.targetId });
    // The returning visitor: same context (cookie and cache), a new page view.
    const again = await load(chrome, contextId, url, undefined, tool.accept ? 'window.__bench.analyticsAt != null' : 'true', timeout);
    await sleep(settle);
    out.returnScriptMs = await scriptMs(chrome, again);
  } catch (e) {
    out.error = String(e.message || e).split('\n')[0];
  } finally {
    if (contextId) await chrome.send('Target.disposeBrowserContext', { browserContextId: contextId }).catch(() => {});
  }
  return out;
}
