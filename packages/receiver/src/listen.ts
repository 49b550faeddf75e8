import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Listening, ListenOptions, Receiver } from './types.js';

/** Serves `receiver` on Node (a thin adapter: the socket's address goes to the rate limiter only). */
export function listen(receiver: Receiver, { port = 8787, host = '127.0.0.1' }: ListenOptions = {}): Promise<Listening> {
  const server = createAdaptorServer({
    fetch: (request, env) => receiver.fetch(request, { clientAddress: env.incoming.socket?.remoteAddress }),
    hostname: host,
  }) as Server;
  // Node's own backstops behind the handler's body timeout: a client that never finishes its
  // headers or request is cut off.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${actual}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void receiver.close().then(done, done));
            server.closeIdleConnections();
          }),
      });
    });
  });
}
