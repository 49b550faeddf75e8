// A static server on 127.0.0.1 (a free port) for the bench: pages are never cached (each visit asks
// again, as a real HTML page would with its cookies), code and styles are cacheable for an hour (a
// returning visitor takes them from its cache), everything compressible goes out gzip-compressed
// so the transfer reflects real life. Each file's gzip and brotli sizes are known for the report.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ANALYTICS_JS, TOOLS } from './tools.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const MOUNTS = {
  '/consentry/': join(ROOT, 'packages/consentry/dist/'),
  '/nm/': join(ROOT, 'node_modules/'),
  '/build/': new URL('./.build/', import.meta.url).pathname,
};
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** gzip (level 9) and brotli (quality 11) sizes of a body. */
export const sizes = (body) => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** `variants`: { name: folder } served at /variant/<name>/ (other builds of Consentry's dist). */
export function startServer({ tools = TOOLS, variants = {} } = {}) {
  for (const [name, dir] of Object.entries(variants)) MOUNTS[`/variant/${name}/`] = dir.replace(/\/?$/, '/');
  /** path → { body, gz, type, cache, sizes } */
  const files = new Map();
  const load = (path) => {
    if (files.has(path)) return files.get(path);
    let body;
    let cache = 'public, max-age=3600';
    const tool = tools.find((t) => path == `/${t.id}.html`);
    if (tool) [body, cache] = [Buffer.from(tool.html), 'no-store'];
    else if (path == '/analytics.js') body = Buffer.from(ANALYTICS_JS);
    else {
      const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
      if (!mount) return null;
      const file = normalize(join(MOUNTS[mount], path.slice(mount.length)));
      if (!file.startsWith(MOUNTS[mount])) return null;
      try {
        body = readFileSync(file);
      } catch {
        return null;
      }
    }
    const entry = {
      body,
      gz: gzipSync(body, { level: 6 }),
      type: TYPES[extname(path)] || 'application/octet-stream',
      cache,
      // Brotli at quality 11 is slow on large files: only for the report.
      get sizes() {
        return (this._sizes ||= sizes(body));
      },
    };
    files.set(path, entry);
    return entry;
  };

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const f = load(path);
    if (!f) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '') && !/\.(png)$/.test(path);
    res.writeHead(200, {
      'content-type': f.type,
      'cache-control': f.cache,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(gzip ? f.gz : f.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        /** Sizes of a served path (after it was served once), or null. */
        sizesOf: (path) => load(path)?.sizes ?? null,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
      }),
    ),
  );
}
