// The catalogue checked against the vendors' own SDKs (design.md, "Service catalogue" and "Guards
// beyond cookies"): each SDK's bundle from node_modules, loaded by its documented snippet with its
// CDN and collection hosts answered locally (Playwright routes), held behind analytics. After
// Accept all, everything it writes must be matched by its catalogue entry; after Reject all it
// must be gone and stay gone (10 s later, and after a reload), and no request may reach its hosts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogueEntry } from '../../packages/core/src/model/catalogue/catalogueEntry';
import { compilePattern, matchesName } from '../../packages/core/src/model/config/patterns';
import { consentry, consentryTag, ready, useBrowser } from './harness';

const h = useBrowser();
const require = createRequire(import.meta.url);
const file = (path: string) => readFileSync(require.resolve(path), 'utf8');

interface Vendor {
  id: string;
  /** Its documented snippet and init call (a held script's text). */
  snippet: string;
  /** Files its snippet loads, by URL pattern: served from its npm package (a path), or a stand-in (`{ body }`). */
  assets: Array<[RegExp, string | { body: string }]>;
  /** Hosts its requests go to (answered locally, counted). */
  hosts: RegExp;
  /** Makes the SDK do something (an event), as a site would. */
  act: string;
  /** What its hosts answer (settings, collection). */
  json?: string;
  /** Hosts it opens WebSockets to (answered locally; each connection and message counted). */
  sockets?: RegExp;
}

/**
 * Hotjar's tracking code is on no registry: @hotjar/browser (and every other Hotjar package on npm)
 * only injects the loader, which fetches static.hotjar.com/c/hotjar-<site>.js, made per site by
 * Hotjar's servers, which loads script.hotjar.com/modules.<hash>.js. Offline, this stand-in does what
 * Hotjar's help centre says the tracker does, at each `hj()` call: the cookies and storage keys of
 * https://help.hotjar.com/hc/en-us/articles/6952777582999 (_hjSessionUser_<site>, _hjSession_<site>,
 * hjActiveViewportIds, hjViewportId), and data sent to in.hotjar.com and over a WebSocket to
 * ws.hotjar.com (the hosts its Content Security Policy article lists: *.hotjar.com, wss://*.hotjar.com).
 * So this test checks the catalogue's patterns against the documentation and the guards against a
 * running tracker, not against Hotjar's own tracking code.
 */
const HOTJAR_STAND_IN = `(function () {
  var site = window._hjSettings.hjid, socket;
  function visit() {
    document.cookie = '_hjSessionUser_' + site + '=u1; max-age=31536000; path=/';
    document.cookie = '_hjSession_' + site + '=s1; max-age=1800; path=/';
    localStorage.setItem('hjActiveViewportIds', '["v1"]');
    sessionStorage.setItem('hjViewportId', 'v1');
    var x = new XMLHttpRequest();
    x.open('POST', 'https://in.hotjar.com/api/v2/client/sites/' + site + '/visit-data?sv=6');
    x.send('{}');
    if (socket && socket.readyState == 1) socket.send('{"event":"visit"}');
    else if (!socket || socket.readyState > 1) socket = new WebSocket('wss://ws.hotjar.com/api/v2/client/ws');
  }
  window.hj = visit;
  visit();
})();`;

const VENDORS: Vendor[] = [
  {
    id: 'posthog',
    // https://posthog.com/docs/libraries/js (the HTML snippet)
    snippet: `!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){function g(t,e){var o=e.split(".");2==o.length&&(t=t[o[0]],e=o[1]),t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}}(p=t.createElement("script")).type="text/javascript",p.crossOrigin="anonymous",p.async=!0,p.src=s.api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);var u=e;for(void 0!==a?u=e[a]=[]:a="posthog",u.people=u.people||[],u.toString=function(t){var e="posthog";return"posthog"!==a&&(e+="."+a),t||(e+=" (stub)"),e},u.people.toString=function(){return u.toString(1)+".people (stub)"},o="capture identify alias people.set people.set_once set_config register register_once unregister opt_out_capturing has_opted_out_capturing opt_in_capturing reset isFeatureEnabled onFeatureFlags getFeatureFlag getFeatureFlagPayload reloadFeatureFlags group getSurveys onSessionId".split(" "),n=0;n<o.length;n++)g(u,o[n]);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
posthog.init('phc_test', { api_host: 'https://us.i.posthog.com', person_profiles: 'always' });`,
    assets: [[/posthog\.com\/static\/([\w.-]+\.js)$/, 'posthog-js/dist/$1']],
    hosts: /posthog\.com$/,
    act: `posthog.capture('clicked')`,
  },
  {
    id: 'mixpanel',
    // https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript (the snippet ships in the package)
    snippet: `${file('mixpanel-browser/dist/mixpanel-jslib-snippet.min.js')}
mixpanel.init('mp_test_token', { track_pageview: true, persistence: 'localStorage' });`,
    assets: [[/cdn\.mxpnl\.com\/libs\/mixpanel-2-latest\.min\.js$/, 'mixpanel-browser/dist/mixpanel.min.js']],
    hosts: /mixpanel\.com$|mxpnl\.com$/,
    act: `mixpanel.track('clicked')`,
  },
  {
    id: 'amplitude',
    // https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2 (the snippet ships in the package)
    snippet: `${file('@amplitude/analytics-browser/lib/scripts/amplitude-snippet-min.js')}
amplitude.init('amp_test_key', { autocapture: false, flushIntervalMillis: 200 });`,
    assets: [[/cdn\.amplitude\.com\/libs\/analytics-browser-[\d.]+-min\.js\.gz$/, '@amplitude/analytics-browser/lib/scripts/amplitude-min.js']],
    hosts: /amplitude\.com$/,
    act: `amplitude.track('clicked')`,
  },
  {
    id: 'segment',
    // https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/ (the snippet, 5.2.0)
    snippet: `!function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");else{analytics.invoked=!0;analytics.methods=["trackSubmit","trackClick","trackLink","trackForm","pageview","identify","reset","group","track","ready","alias","debug","page","screen","once","off","on","addSourceMiddleware","addIntegrationMiddleware","setAnonymousId","addDestinationMiddleware","register"];analytics.factory=function(e){return function(){if(window[i].initialized)return window[i][e].apply(window[i],arguments);var n=Array.prototype.slice.call(arguments);if(["track","screen","alias","group","page","identify"].indexOf(e)>-1){var c=document.querySelector("link[rel='canonical']");n.push({__t:"bpc",c:c&&c.getAttribute("href")||void 0,p:location.pathname,u:location.href,s:location.search,t:document.title,r:document.referrer})}n.unshift(e);analytics.push(n);return analytics}};for(var n=0;n<analytics.methods.length;n++){var key=analytics.methods[n];analytics[key]=analytics.factory(key)}analytics.load=function(key,n){var t=document.createElement("script");t.type="text/javascript";t.async=!0;t.setAttribute("data-global-segment-analytics-key",i);t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(t,r);analytics._loadOptions=n};analytics._writeKey="seg_test_key";analytics.SNIPPET_VERSION="5.2.0";
analytics.load("seg_test_key");
analytics.page();
}}();`,
    assets: [
      [/cdn\.segment\.com\/analytics\.js\/v1\/\w+\/analytics\.min\.js$/, '@segment/analytics-next/dist/umd/standalone.js'],
      [/cdn\.segment\.com\/analytics-next\/bundles\/([\w.-]+\.js)$/, '@segment/analytics-next/dist/umd/$1'],
    ],
    hosts: /segment\.com$|segment\.io$/,
    json: '{"integrations":{"Segment.io":{"apiKey":"seg_test_key"}}}',
    act: `analytics.track('clicked')`,
  },
  {
    id: 'hotjar',
    // @hotjar/browser's own code (its README: `Hotjar.init(siteId, hotjarVersion)`), run as a script.
    snippet: `${file('@hotjar/browser/dist/index.esm.js')
      .replace('export default o;', 'window.Hotjar = o;')
      .replace(/\n\/\/# sourceMappingURL.*/, '')}
Hotjar.init(1234567, 6);`,
    assets: [[/static\.hotjar\.com\/c\/hotjar-1234567\.js$/, { body: HOTJAR_STAND_IN }]],
    hosts: /hotjar\.com$|hotjar\.io$/,
    sockets: /hotjar\.com/,
    act: `hj('event', 'clicked')`,
  },
  {
    id: 'microsoft-clarity',
    // The loader of @microsoft/clarity (its own code: `injectScript`, the tag of
    // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup), then its init.
    snippet: `${file('@microsoft/clarity/src/utils.js').replace('export function', 'function')}
injectScript('clr_test');`,
    assets: [
      // The tag (www.clarity.ms/tag/<project>) is made per project by Microsoft's server and is on no
      // registry. What it does, done here: queue "start" with the project's settings and load the
      // tracker. The tracker is the real one, clarity-js from npm (the code scripts.clarity.ms serves).
      [
        /www\.clarity\.ms\/tag\/clr_test$/,
        {
          body: `clarity("start", { projectId: "clr_test", upload: "https://k.clarity.ms/collect", expire: 365, track: true, content: true });
var s = document.createElement("script"); s.async = true; s.src = "https://scripts.clarity.ms/0.8.70/clarity.js"; document.head.appendChild(s);`,
        },
      ],
      [/scripts\.clarity\.ms\/[\d.]+\/clarity\.js$/, 'clarity-js/build/clarity.min.js'],
    ],
    hosts: /clarity\.ms$/,
    act: `clarity('event', 'clicked')`,
  },
];

/** Answers the vendor's hosts locally; returns the collection requests (URL, time) it saw. */
async function routeVendor(context: BrowserContext, v: Vendor) {
  const hits: Array<{ url: string; at: number }> = [];
  await context.route(
    (url) => v.hosts.test(url.hostname),
    (route: Route) => {
      const url = route.request().url();
      const headers = { 'Access-Control-Allow-Origin': h.siteOrigin, 'Access-Control-Allow-Credentials': 'true' };
      for (const [re, path] of v.assets) {
        const m = re.exec(url.split('?')[0]);
        if (m)
          return route.fulfill({
            status: 200,
            contentType: 'text/javascript',
            headers,
            body: typeof path == 'string' ? file(path.replace('$1', m[1])) : path.body,
          });
      }
      // Remote config as a script (PostHog's /array/<token>/config.js): nothing to configure.
      if (/\.js$/.test(url.split('?')[0])) return route.fulfill({ status: 200, contentType: 'text/javascript', headers, body: '' });
      hits.push({ url, at: Date.now() });
      return route.fulfill({ status: 200, contentType: 'application/json', headers, body: v.json || '{"status":1,"code":200}' });
    },
  );
  if (v.sockets)
    await context.routeWebSocket(v.sockets, (ws) => {
      hits.push({ url: ws.url(), at: Date.now() });
      ws.onMessage((m) => hits.push({ url: ws.url() + ' ' + m, at: Date.now() }));
    });
  return hits;
}

/** Everything on the device a page script can see, except Consentry's own. */
async function deviceState(page: Page, context: BrowserContext) {
  const cookies = (await context.cookies()).filter((c) => c.name != 'consentry' && !c.httpOnly).map((c) => 'cookie ' + c.name);
  const rest = await page.evaluate(async () => [
    ...Object.keys(localStorage)
      .filter((k) => !k.startsWith('consentry'))
      .map((k) => 'local ' + k),
    ...Object.keys(sessionStorage)
      .filter((k) => !k.startsWith('consentry'))
      .map((k) => 'session ' + k),
    ...(await indexedDB.databases())
      .map((d) => d.name!)
      .filter((n) => n != 'consentry')
      .map((n) => 'idb ' + n),
  ]);
  return [...new Set([...cookies, ...rest])].sort();
}

/** Is `item` ("cookie x", "local x", "session x", "idb x") matched by the entry's patterns? */
function matched(id: string, item: string) {
  const [cookies = '', storage = '', dbs = ''] = catalogueEntry(id)!.patterns;
  const [kind, name] = [item.slice(0, item.indexOf(' ')), item.slice(item.indexOf(' ') + 1)];
  const list = kind == 'cookie' ? cookies : kind == 'idb' ? dbs : storage;
  return list
    .split(' ')
    .filter(Boolean)
    .some((p) => matchesName(compilePattern(p)!, name));
}

describe.each(VENDORS)('the vendor SDK $id, held behind analytics by its catalogue name', (v) => {
  it('after Accept all its every cookie, key and database should match its catalogue entry; after Reject all they should be gone and stay gone, and nothing should reach its hosts', {
    timeout: 60_000,
  }, async () => {
    const config = { categories: { necessary: {}, analytics: { services: { [v.id]: v.id } } } };
    const head = `${consentryTag(config)}\n<script type="text/plain" data-category="analytics" data-service="${v.id}">${v.snippet}</script>`;
    const path = h.page({ head });
    const context = await h.newContext();
    const hits = await routeVendor(context, v);
    const { page } = await h.open(path, { context, host: 'site' });
    await ready(page);
    expect(await deviceState(page, context), 'before consent').toEqual([]);

    await consentry(page, (c) => c.acceptAll());
    await expect.poll(() => deviceState(page, context), { timeout: 10_000, interval: 200 }).not.toEqual([]);
    await page.evaluate(v.act);
    await expect.poll(() => hits.length, { timeout: 10_000, interval: 200 }).toBeGreaterThan(0);
    await page.waitForTimeout(1500); // let it write everything it writes
    const written = await deviceState(page, context);
    expect(
      written.filter((item) => !matched(v.id, item)),
      `unmatched of ${JSON.stringify(written)}`,
    ).toEqual([]);

    await consentry(page, (c) => c.rejectAll());
    const withdrawnAt = Date.now();
    // It keeps running in the page: let it try to write and send again.
    await page.evaluate(v.act).catch(() => {});
    await expect.poll(() => deviceState(page, context), { timeout: 15_000, interval: 200 }).toEqual([]);
    await page.waitForTimeout(10_000);
    await page.evaluate(v.act).catch(() => {});
    await page.waitForTimeout(500);
    expect(await deviceState(page, context), '10 s after withdrawal').toEqual([]);
    expect(
      hits.filter((x) => x.at > withdrawnAt + 50).map((x) => x.url),
      'requests after withdrawal',
    ).toEqual([]);

    await page.reload();
    await ready(page);
    await page.waitForTimeout(1000);
    expect(await deviceState(page, context), 'after a reload').toEqual([]);
    expect(
      hits.filter((x) => x.at > withdrawnAt + 50).map((x) => x.url),
      'requests after the reload',
    ).toEqual([]);
  });
});
