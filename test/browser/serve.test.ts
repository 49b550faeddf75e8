// scripts/serve.mjs, the static server the demo and the browser tests use (no browser needed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Server {
  url: string;
  port: number;
  route(path: string, handler: unknown): void;
  close(): Promise<void>;
}
let server: Server;
const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });

beforeAll(async () => {
  const serve: { startServer(options: object): Promise<Server> } = await import('../../scripts/serve.mjs' as string);
  server = await serve.startServer({
    port: 0,
    routes: { '/hook': { status: 201, headers: { 'Set-Cookie': 'a=1; Path=/' }, body: '<p>hook</p>' } },
  });
});
afterAll(() => server?.close());

describe('given the static server on port 0', () => {
  it('when started, it should report its URL on 127.0.0.1 and a real port', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('when asked for the examples, it should serve them as HTML, directories by their index.html', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('href="basic/"');
    expect((await get('/basic/')).status).toBe(200);
  });

  it('when a directory is asked for without its slash, it should redirect to it', async () => {
    const res = await get('/basic?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/basic/?x=1');
  });

  it('when asked for /consentry/, it should serve the built files as JavaScript', async () => {
    const res = await get('/consentry/consentry.min.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('when a path is missing or leaves the served folders, it should answer 404', async () => {
    for (const path of ['/nope.html', '/..%2fpackage.json', '/consentry/..%2f..%2f..%2fpackage.json', '/%2e%2e/package.json', '/a%00.html']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('when a test adds routes, it should answer them with their status, headers and body', async () => {
    const hook = await get('/hook');
    expect(hook.status).toBe(201);
    expect(hook.headers.get('set-cookie')).toBe('a=1; Path=/');
    expect(hook.headers.get('content-type')).toBe('text/html; charset=utf-8');

    server.route('/later', (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(204).end());
    expect((await get('/later')).status).toBe(204);
  });
});
