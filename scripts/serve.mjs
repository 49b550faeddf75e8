// Dependency-free static server for the demo and the browser tests.
//   /            → examples/
//   /consentry/  → packages/consentry/dist/   (the script-tag files)
//   /packages/   → packages/                  (the built ESM files, for import maps: examples/npm-esm, headless)
//   /node_modules/ → node_modules/            (preact, idb-keyval for those import maps)
// Everything is read-only: only GET and HEAD reach the files.
// CLI: `node scripts/serve.mjs` (PORT, default 8080; HOST, default localhost).
// Tests: `startServer({ port: 0, routes })`, where `routes` is either an object
// `{ '/path': handler }` or a function `(req, res, url) => handled?`; more paths can be
// added later with `server.route(path, handler)`. A handler is a function
// `(req, res, url)` that answers itself, a plain answer `{ status?, headers?, body? }`,
// or a string of HTML.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** Sends a plain answer `{ status, headers, body }`; an HTML body gets its content type by default. */
function answer(res, { status = 200, headers = {}, body = '' }) {
  const lower = Object.keys(headers).map((h) => h.toLowerCase());
  const type = lower.includes('content-type') ? {} : { 'Content-Type': TYPES['.html'] };
  res.writeHead(status, { 'Cache-Control': 'no-store', ...type, ...headers });
  res.end(body);
}

/** The file a URL path names under `base`, or null when it would leave `base`. */
function within(base, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = resolve(base, '.' + path);
  return file === base || file.startsWith(base + sep) ? file : null;
}

async function serveFile(req, res, url, mounts) {
  const mount = mounts.find((m) => url.pathname.startsWith(m.prefix));
  let file = mount && within(mount.dir, url.pathname.slice(mount.prefix.length - 1));
  if (!file) return answer(res, { status: 404, body: 'Not found' });
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    // Directory without its slash: redirect, so the page's relative links resolve.
    if (!url.pathname.endsWith('/')) return answer(res, { status: 301, headers: { Location: url.pathname + '/' + url.search } });
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return answer(res, { status: 404, body: 'Not found' });
  const headers = {
    'Content-Type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
  };
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

/**
 * Starts the server; resolves to `{ url, port, close(), route(path, handler) }`.
 * `root` is the repository root (examples/ and packages/consentry/dist/ are served from it).
 */
export async function startServer({ port = 0, host = '127.0.0.1', root = repoRoot, routes } = {}) {
  const table = new Map(typeof routes === 'object' && routes ? Object.entries(routes) : []);
  const custom = typeof routes === 'function' ? routes : null;
  const mounts = [
    { prefix: '/consentry/', dir: resolve(root, 'packages/consentry/dist') },
    { prefix: '/packages/', dir: resolve(root, 'packages') },
    { prefix: '/node_modules/', dir: resolve(root, 'node_modules') },
    { prefix: '/', dir: resolve(root, 'examples') },
  ];

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url || '/', 'http://localhost');
      if (custom && (await custom(req, res, url))) return;
      const handler = table.get(url.pathname);
      if (typeof handler === 'function') return void (await handler(req, res, url));
      if (typeof handler === 'string') return answer(res, { body: handler });
      if (handler) return answer(res, handler);
      if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, { status: 405, body: 'Method not allowed' });
      await serveFile(req, res, url, mounts);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) answer(res, { status: 500, body: 'Server error' });
      else res.destroy();
    }
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const actual = server.address().port;
  const name = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${name}:${actual}/`,
    port: actual,
    route(path, handler) {
      table.set(path, handler);
    },
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done(undefined)));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { url } = await startServer({ port: Number(process.env.PORT || 8080), host: process.env.HOST || 'localhost' });
  console.log(`Consentry examples on ${url}`);
}

/**
 * `startServer` on `port`, or, when it is in use, on the next free one of `tries` (each busy port
 * is reported through `say`); rejects when none is free, naming the range.
 */
export async function startServerFrom(port, { tries = 20, say = console.log, ...options } = {}) {
  for (let p = port; ; p++) {
    try {
      return await startServer({ ...options, port: p });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
      if (p + 1 >= port + tries) throw new Error(`no free port from ${port} to ${p}: start with PORT=<port>`);
      say(`Port ${p} is in use; trying ${p + 1}.`);
    }
  }
}
