// A controllable consent-records receiver for the browser tests: a route on the harness's test
// server (scripts/serve.mjs) that answers each request as its mode says and remembers every body it
// received (arrival time, content type, parsed JSON, the answer it gave).
//
//   const h = useBrowser();
//   const ep = useRecordsEndpoint(h);           // registers the route before each test, resets it
//   ep.set('fail');                             // every request: 503
//   ep.queue('fail', 'fail', 'ok');             // the next three requests, then the default again
//   await ep.waitFor(() => ep.delivered().length == 4, 5000, 'four records');
//   ep.sends(id); ep.acked(id);                 // sends of one record id; those answered with 2xx
//
// Modes: 'ok' 200, 'fail' 503, 'retry-after' 429 with `Retry-After: 1`, 'bad' 400, 'hang' (never
// answers; the socket is destroyed when the test ends), 'random' (503 half the time, from a seeded
// generator so a failing run can be replayed), 'drop' (closes the connection without an answer: a
// network error on the page), 'redirect' (302 to the same path: a browser that followed it would come
// back with a bodiless GET). "Connection refused" is a port nothing listens on: `deadUrl()`.
import { seeded } from '../support/hostileConfigs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, beforeEach } from 'vitest';

export type Mode = 'ok' | 'fail' | 'retry-after' | 'bad' | 'hang' | 'random' | 'drop' | 'redirect';

/** One request the receiver got. */
export interface Arrival {
  /** 1-based order of arrival. */
  n: number;
  /** `Date.now()` when the whole body had arrived. */
  at: number;
  method: string;
  /** `content-type` header as sent ('' when none). */
  contentType: string;
  /** 'fetch' for application/json, 'beacon' for text/plain (how the SDK sends each), else 'other'. */
  via: 'fetch' | 'beacon' | 'other';
  /** Raw body text. */
  raw: string;
  /** Parsed JSON body, or undefined when it is not JSON. */
  body: unknown;
  /** Record ids in the body (one for a record; several if a body were an array of records). */
  ids: string[];
  /** Request headers (lower-case names). */
  headers: Record<string, string | string[] | undefined>;
  /** The mode this request was answered by. */
  mode: Mode;
  /** Status answered; null while hanging or when the connection was dropped. */
  status: number | null;
  /** `Date.now()` when the answer was written. */
  answeredAt?: number;
}

type Decide = Mode | ((arrival: Arrival) => Mode);

interface Routable {
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse, url: URL) => unknown): void;
}

/** A seeded PRNG: the same seed gives the same 503/200 sequence. */
const mulberry32 = seeded;

/** A URL on 127.0.0.1 where nothing listens (a port just released): fetch gets "connection refused". */
export async function deadUrl(path = '/consent'): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}${path}`;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'content-type',
  'Access-Control-Max-Age': '600',
};

export function useRecordsEndpoint(h: Routable, { path = '/consent', seed = 20260131 }: { path?: string; seed?: number } = {}) {
  let arrivals: Arrival[] = [];
  /** The consent id of the test's own page (see `onlyFrom`). */
  let only: string | undefined;
  let scripted: Mode[] = [];
  let decide: Decide = 'ok';
  let random = mulberry32(seed);
  let hanging: ServerResponse[] = [];
  let inFlight = 0;

  function statusOf(mode: Mode): number | null {
    switch (mode) {
      case 'ok':
        return 200;
      case 'fail':
        return 503;
      case 'retry-after':
        return 429;
      case 'bad':
        return 400;
      case 'redirect':
        return 302;
      case 'random':
        return random() < 0.5 ? 503 : 200;
      default:
        return null;
    }
  }

  async function handler(req: IncomingMessage, res: ServerResponse) {
    if (req.method == 'OPTIONS') {
      res.writeHead(204, CORS);
      return void res.end();
    }
    inFlight++;
    let raw = '';
    try {
      req.setEncoding('utf8');
      for await (const chunk of req) raw += chunk;
    } catch {
      inFlight--;
      return; // the page went away mid-body: nothing arrived
    }
    const contentType = String(req.headers['content-type'] || '');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const list = Array.isArray(body) ? body : [body];
    const ids = list.map((r) => (r && typeof r == 'object' ? (r as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id == 'string');
    const arrival: Arrival = {
      n: arrivals.length + 1,
      at: Date.now(),
      method: req.method || '',
      contentType,
      via: /^application\/json\b/i.test(contentType) ? 'fetch' : /^text\/plain\b/i.test(contentType) ? 'beacon' : 'other',
      raw,
      body,
      ids,
      headers: { ...req.headers },
      mode: 'ok',
      status: null,
    };
    arrival.mode = scripted.length ? scripted.shift()! : typeof decide == 'function' ? decide(arrival) : decide;
    // A page closed by an earlier test may still beacon its outbox: answered, but not this test's.
    if (!only || (body as { consentId?: unknown } | undefined)?.consentId == only) arrivals.push(arrival);
    if (req.method != 'POST') {
      inFlight--;
      res.writeHead(405, CORS);
      return void res.end('POST only');
    }
    if (arrival.mode == 'hang') {
      inFlight--; // not counted as in flight: it never ends by itself
      hanging.push(res);
      return;
    }
    if (arrival.mode == 'drop') {
      inFlight--;
      return void req.socket.destroy();
    }
    const status = statusOf(arrival.mode)!;
    const headers: Record<string, string> = { ...CORS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
    if (status == 429) headers['Retry-After'] = '1';
    if (status == 302) headers.Location = path;
    arrival.status = status;
    arrival.answeredAt = Date.now();
    inFlight--;
    res.writeHead(status, headers);
    res.end(status == 200 ? '{"ok":true}' : JSON.stringify({ error: status }));
  }

  function releaseHangs() {
    for (const res of hanging) res.destroy();
    hanging = [];
  }

  beforeEach(() => {
    arrivals = [];
    only = undefined;
    scripted = [];
    decide = 'ok';
    random = mulberry32(seed);
    inFlight = 0;
    h.route(path, handler);
  });
  afterEach(() => releaseHangs());

  const api = {
    path,
    /** Every request received so far, in order. */
    get arrivals(): readonly Arrival[] {
      return arrivals;
    },
    /** POSTs that carried at least one record id. */
    posts(): Arrival[] {
      return arrivals.filter((a) => a.method == 'POST' && a.ids.length > 0);
    },
    /** Requests being read or answered (hanging ones are not counted). */
    get inFlight() {
      return inFlight;
    },
    /** Sets the default mode (or a function choosing one per request). Resets the random generator. */
    set(mode: Decide) {
      decide = mode;
      random = mulberry32(seed);
    },
    /** The next requests take these modes, in order; then the default again. */
    queue(...modes: Mode[]) {
      scripted.push(...modes);
    },
    /**
     * From now on, log only records of this consent id, and forget those of others already logged:
     * a page an earlier test closed may beacon its records into this test.
     */
    onlyFrom(consentId: string) {
      only = consentId;
      arrivals = arrivals.filter((a) => (a.body as { consentId?: unknown } | undefined)?.consentId == consentId);
    },
    /** How many times a record id was received (any answer). */
    sends(id: string): number {
      return arrivals.filter((a) => a.ids.includes(id)).length;
    },
    /** How many times a record id was received and answered with 2xx. */
    acked(id: string): number {
      return arrivals.filter((a) => a.ids.includes(id) && a.status != null && a.status >= 200 && a.status < 300).length;
    },
    /** Distinct record ids received, in first-arrival order. */
    ids(): string[] {
      return [...new Set(arrivals.flatMap((a) => a.ids))];
    },
    /** Distinct record ids answered with 2xx at least once. */
    ackedIds(): string[] {
      return [...new Set(arrivals.filter((a) => a.status != null && a.status >= 200 && a.status < 300).flatMap((a) => a.ids))];
    },
    /** Arrivals carrying `id`, in order. */
    arrivalsOf(id: string): Arrival[] {
      return arrivals.filter((a) => a.ids.includes(id));
    },
    /** Polls `check` every 50 ms until it is true; throws naming `what` after `timeoutMs`. */
    async waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline)
          throw new Error(`records endpoint: timed out after ${timeoutMs} ms waiting for ${what} (${arrivals.length} requests so far)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    /** Resolves once no request has arrived for `quietMs` (counted from the call at the earliest) and none is in flight (hanging ones aside); at most `timeoutMs`. */
    async waitQuiet(quietMs: number, timeoutMs = 10_000): Promise<void> {
      const start = Date.now();
      const deadline = start + timeoutMs;
      for (;;) {
        const last = Math.max(start, arrivals.length ? arrivals[arrivals.length - 1].at : 0);
        if (inFlight <= 0 && Date.now() - last >= quietMs) return;
        if (Date.now() > deadline) return;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    /** Ends every hanging request (its socket is destroyed). Also done after each test. */
    releaseHangs,
  };
  return api;
}

export type RecordsEndpoint = ReturnType<typeof useRecordsEndpoint>;
