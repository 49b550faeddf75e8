// The receiver's interface and its Node adapter's types, apart from both implementations: app.ts
// (the Fetch handler) loads listen.ts on demand and listen.ts serves a Receiver, so each imports
// these types from here rather than from the other (no import circle).
import type { Server } from 'node:http';
import type { RecordStore } from './store/recordStore.js';

/** Who sent a request, as the runtime's server adapter knows it (used for rate limiting only). */
export interface ClientInfo {
  clientAddress?: string;
}

/** Where to listen. */
export interface ListenOptions {
  /** @default 8787 (0 picks a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
}

/** A receiver served by Node's HTTP server. */
export interface Listening {
  url: string;
  server: Server;
  /** Stops accepting, lets requests in flight finish (10 s at most, then closes every connection), closes the database. */
  close(): Promise<void>;
}

/** A receiver: a Fetch-API handler over one store. */
export interface Receiver {
  fetch(request: Request, client?: ClientInfo): Promise<Response>;
  /** The store, opened on first use. */
  store(): Promise<RecordStore>;
  /** Serves it on Node's HTTP server (Node only; other runtimes call `fetch`). */
  listen(options?: ListenOptions): Promise<Listening>;
  close(): Promise<void>;
}
