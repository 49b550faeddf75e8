import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Listening, ListenOptions, Receiver } from './types.js';

/** How long `close()` lets requests in flight finish before it closes every connection. */
export const SHUTDOWN_GRACE_MS = 10_000;
/**
 * A connection with nothing sent or read for this long is closed. Below `requestTimeout`: Node 20
 * measured here never fired a socket timeout equal to it (30 s each).
 */
const SILENT_MS = 20_000;

/** Serves `receiver` on Node (a thin adapter: the socket's address goes to the rate limiter only). */
export function listen(receiver: Receiver, { port = 8787, host = '127.0.0.1' }: ListenOptions = {}): Promise<Listening> {
  const server = createAdaptorServer({
    fetch: (request, env) => receiver.fetch(request, { clientAddress: env.incoming.socket?.remoteAddress }),
    hostname: host,
  }) as Server;
  // Node's own backstops behind the handler's body timeout: a client that never finishes its
  // headers or request is cut off, and so is one that sends nothing (or stops reading an answer).
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.timeout = SILENT_MS;
  // Once answered, a request whose body still arrives (a GET with an endless body) loses its
  // connection: nothing reads that body, and Node would take it in for as long as it came.
  server.on('request', (req, res) => res.once('finish', () => req.complete || req.socket.destroy()));
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
            // A client holding a connection (half a request, an export it stopped reading) would
            // hold the shutdown forever: past the grace, every connection is closed.
            setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
          }),
      });
    });
  });
}
