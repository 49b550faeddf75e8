// Server-side gating: a small Node server that reads the visitor's consent cookie with
// parseConsentCookie() from @consentry/core and renders the analytics tag live only for a visitor who
// allowed analytics. A returning visitor gets the tag in the HTML itself: no wait for the banner's
// code, no flash. A visitor without that decision gets it in its held form (type="text/plain"),
// which Consentry releases the moment they accept, without a reload.
//
//   node examples/server-gating/server.mjs          → http://localhost:8081 (PORT overrides)
//   import { start } from './server.mjs'; const s = await start({ port: 0 }); … await s.close();
//
// It also serves the script-tag files (/consentry/) and the stand-in analytics script.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseConsentCookie } from '@consentry/core';

const dist = fileURLToPath(new URL('../../packages/consentry/dist/', import.meta.url));
const REVISION = 1;
const config = { revision: REVISION, controller: { name: 'Example AS' }, categories: { analytics: { services: { ga: 'google-analytics' } } } };

const ANALYTICS = '<script src="/analytics.js" data-analytics></script>';
const HELD_ANALYTICS = '<script type="text/plain" data-category="analytics" src="/analytics.js" data-analytics></script>';

/** The page, with the analytics tag live when the cookie says analytics is allowed, else held. */
export function renderPage(cookieHeader) {
  const consent = parseConsentCookie(cookieHeader, { revision: REVISION });
  const analytics = consent?.isAllowed('analytics') ? ANALYTICS : HELD_ANALYTICS;
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <script type="application/json" id="consentry-config">${json}</script>
  <script src="/consentry/consentry.min.js" data-config="#consentry-config"></script>
  <title>Consentry: server-side gating</title>
  ${analytics}
  <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }</style>
</head>
<body>
  <h1>Server-side gating</h1>
  <p>The server read your consent cookie: analytics is <strong id="server-says">${consent ? (consent.isAllowed('analytics') ? 'allowed' : 'refused') : 'not decided'}</strong>,
    so this HTML carries the analytics tag ${consent?.isAllowed('analytics') ? 'live' : 'held'}.</p>
  <p><button type="button" data-consentry-action="preferences">Cookie settings</button></p>
</body>
</html>
`;
}

const ANALYTICS_JS = `window.serverGatedAnalytics = (window.serverGatedAnalytics || 0) + 1;
document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '; Path=/; Max-Age=63072000; SameSite=Lax';
`;

/** Starts the server; resolves to `{ url, port, close() }`. */
export async function start({ port = 8081, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', Vary: 'Cookie' });
      res.end(body);
    };
    if (url.pathname == '/' || url.pathname == '/index.html') return send(200, 'text/html; charset=utf-8', renderPage(req.headers.cookie));
    if (url.pathname == '/analytics.js') return send(200, 'text/javascript; charset=utf-8', ANALYTICS_JS);
    const name = url.pathname.startsWith('/consentry/') && url.pathname.slice('/consentry/'.length);
    if (name && /^[\w.-]+\.js$/.test(name)) {
      const stream = createReadStream(resolve(dist, name));
      stream.on('error', () => send(404, 'text/plain', 'Not found'));
      stream.on('open', () => {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        stream.pipe(res);
      });
      return;
    }
    send(404, 'text/plain; charset=utf-8', 'Not found');
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done(undefined)));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { url } = await start({ port: Number(process.env.PORT || 8081), host: process.env.HOST || 'localhost' });
  console.log(`Server-gating example on ${url}  (needs \`npm run build\` first)`);
}
