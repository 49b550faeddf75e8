// The Vue example's production server: serves the built client files and renders each page on
// the server with the visitor's consent cookie. `npm run build -w examples/vue` first.
// `--port N` or PORT (default 5174; 0: a free port) and HOST (default 127.0.0.1); prints its URL when ready.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const template = await readFile(resolve(dist, 'client/index.html'), 'utf8');
const { render } = await import(resolve(dist, 'server/entry-server.js'));
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    if (path == '/' || path == '/privacy') {
      const html = template.replace('<!--app-html-->', await render(req.headers.cookie, path));
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
      return res.end(html);
    }
    const file = resolve(dist, 'client', '.' + decodeURIComponent(path));
    if (!file.startsWith(resolve(dist, 'client') + sep) || !TYPES[extname(file)]) throw new Error('not found');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
  }
});
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 5174));
server.listen(port, process.env.HOST || '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(`Consentry Vue example on http://${address}:${port}`);
});
