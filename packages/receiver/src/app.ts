import { timingSafeEqual, createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { sha256, textHash as hashTexts } from '@consentry/core/texts';
import { renderAdminPage } from './admin/renderAdminPage.js';
import { computeStats } from './admin/computeStats.js';
import { exportEntries } from './admin/exportEntries.js';
import { DATE_FORMS, readRange } from './admin/readRange.js';
import { BodyError, readBody } from './http/readBody.js';
import { createRateLimiter, type RateLimitOptions } from './http/createRateLimiter.js';
import { isConsentId, validateRecord } from './records/validateRecord.js';
import { openStore } from './store/openStore.js';
import { StoreBusyError } from './store/retryWhileBusy.js';
import type { EntryFilter, RecordStore } from './store/recordStore.js';
import type { ClientInfo, Receiver } from './types.js';

/** Options of `createReceiver` (the CLI's flags map onto them). */
export interface ReceiverOptions {
  /** `sqlite:<file>`, `postgres://…`, or an open store. @default "sqlite:./consentry-records.db" */
  db?: string | RecordStore;
  /** Origins whose pages may post (CORS); requests without `Origin` are always accepted. @default [] */
  origins?: readonly string[];
  /** The bearer token of the admin routes; without one they answer 401. */
  adminToken?: string;
  /** Per-client rate limit of the visitor routes, or `false` for none. @default { perSecond: 20, burst: 40 } */
  rateLimit?: RateLimitOptions | false;
  /**
   * Per-client rate limit of the admin page and routes, or `false` for none. Apart from it, a
   * client that sent 5 wrong admin tokens gets 429 for every admin request until a minute passes
   * per further try. @default { perSecond: 5, burst: 60 }
   */
  adminRateLimit?: RateLimitOptions | false;
  /** Largest accepted body in bytes. @default 16384 */
  maxBodyBytes?: number;
  /** Time a body may take to arrive. @default 10000 */
  bodyTimeoutMs?: number;
  /**
   * Behind a reverse proxy: take the client address for rate limiting from the last
   * `X-Forwarded-For` hop. The address is never stored. @default false
   */
  trustProxy?: boolean;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
const problem = (status: number, error: string, path?: string, headers?: Record<string, string>) =>
  json(status, path === undefined ? { error } : { error, path }, headers);
const digest = (s: string) => createHash('sha256').update(s).digest();

/** `?from`/`?to` (see readRange), or the 400's message and path. */
function rangeOf(url: URL): EntryFilter | { error: string; path: string } {
  const range = readRange((key) => url.searchParams.get(key));
  return 'bad' in range ? { error: `?${range.bad} is not a date (${DATE_FORMS})`, path: `/${range.bad}` } : range;
}

/**
 * The receiver as a Fetch-API handler, so the same code serves Node (`listen`), Deno, Bun and edge
 * runtimes. Routes and answers: docs/receiver.md. Nothing about the client (address, user agent)
 * is stored; the address only keys the rate limiter.
 */
export function createReceiver(options: ReceiverOptions = {}): Receiver {
  const { origins = [], adminToken, maxBodyBytes = 16384, bodyTimeoutMs = 10_000, trustProxy = false } = options;
  let opened: Promise<RecordStore> | undefined;
  // A failed open is forgotten: the next request tries again (a database still starting, say).
  const store = () =>
    (opened ??= (typeof options.db == 'object' ? Promise.resolve(options.db) : openStore(options.db)).catch((e) => {
      opened = undefined;
      throw e;
    }));
  const limit = options.rateLimit === false ? () => 0 : createRateLimiter(options.rateLimit);
  const adminLimit = options.adminRateLimit === false ? () => 0 : createRateLimiter(options.adminRateLimit ?? { perSecond: 5, burst: 60 });
  // Guessing the admin token: 5 tries, then one more a minute (the token has ≥ 16 characters).
  const wrongTokens = createRateLimiter({ perSecond: 1 / 60, burst: 5 });
  const tokenDigest = adminToken ? digest(adminToken) : undefined;

  type Env = { Bindings: { client: ClientInfo } };
  const app = new Hono<Env>();

  const clientKey = (c: Context<Env>) => {
    const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').pop()?.trim() : undefined;
    return forwarded || c.env.client.clientAddress || 'unknown';
  };
  // Retry-After is not a CORS-safelisted response header: exposed, so the SDK on another origin
  // can honour it. Credentials are allowed for endpoints configured with `credentials: "include"`
  // (and beacons, which send them); the receiver reads no cookie.
  const corsHeaders = (origin: string | undefined): Record<string, string> =>
    origin
      ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'Retry-After', vary: 'Origin' }
      : {};
  /** The visitor routes' gate: a configured origin (or none) and the client's rate. */
  const gate = (c: Context<Env>): Response | undefined => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !origins.includes(origin)) return problem(403, `origin ${origin.slice(0, 200)} is not allowed to post consent records here`);
    const wait = limit(clientKey(c));
    if (wait) return problem(429, 'too many requests; retry later', undefined, { 'retry-after': String(wait), ...corsHeaders(origin) });
    return undefined;
  };
  const withCors = (c: Context<Env>, response: Response) => {
    for (const [k, v] of Object.entries(corsHeaders(c.req.header('origin')))) response.headers.set(k, v);
    return response;
  };

  app.options('/consent/*', (c) => preflight(c, 'POST, GET, DELETE'));
  app.options('/consent', (c) => preflight(c, 'POST'));
  function preflight(c: Context<Env>, methods: string) {
    const origin = c.req.header('origin');
    if (!origin || !origins.includes(origin)) return problem(403, `origin ${String(origin).slice(0, 200)} is not allowed here`);
    return new Response(null, {
      status: 204,
      headers: {
        ...corsHeaders(origin),
        'access-control-allow-methods': methods,
        // The endpoint's configured `headers` are sent too; the receiver reads none of them.
        'access-control-allow-headers': c.req.header('access-control-request-headers') || 'content-type',
        'access-control-max-age': '600',
      },
    });
  }

  app.post('/consent', async (c) => {
    const refused = gate(c);
    if (refused) return refused;
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type != 'application/json' && type != 'text/plain')
      return withCors(c, problem(415, 'send the record as application/json (or text/plain, as navigator.sendBeacon does)'));
    let body: string;
    try {
      body = await readBody(c.req.raw, maxBodyBytes, bodyTimeoutMs);
    } catch (e) {
      // Not UTF-8 (400) was read whole; too large or too slow leaves bytes unread: close.
      if (e instanceof BodyError)
        return withCors(c, e.status == 400 ? problem(400, e.message, '') : problem(e.status, e.message, undefined, { connection: 'close' }));
      throw e;
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return withCors(c, problem(400, 'the body is not JSON', ''));
    }
    const result = validateRecord(value);
    if ('problem' in result) return withCors(c, problem(400, result.problem.error, result.problem.path));
    const [outcome] = await (await store()).append([result.record]);
    const id = result.record.id;
    if (outcome == 'conflict') return withCors(c, problem(409, `a different record with id ${id} is already stored (the first is kept)`, '/id'));
    return withCors(c, json(outcome == 'stored' ? 201 : 200, { id }));
  });

  const consentIdOf = (c: Context<Env>) => {
    const id = c.req.param('consentId') ?? '';
    return isConsentId(id) ? id : undefined;
  };
  app.get('/consent/:consentId', async (c) => {
    const refused = gate(c);
    if (refused) return refused;
    const consentId = consentIdOf(c);
    if (!consentId) return withCors(c, problem(400, 'the consent id is not a UUID', '/consentId'));
    const records = await (await store()).recordsOf(consentId);
    if (!records.length) return withCors(c, problem(404, 'no records for this consent id'));
    return withCors(c, json(200, { consentId, records }, { 'cache-control': 'no-store' }));
  });
  app.delete('/consent/:consentId', async (c) => {
    const refused = gate(c);
    if (refused) return refused;
    const consentId = consentIdOf(c);
    if (!consentId) return withCors(c, problem(400, 'the consent id is not a UUID', '/consentId'));
    await (await store()).erase(consentId);
    return withCors(c, new Response(null, { status: 204 }));
  });

  app.get('/healthz', async () => {
    try {
      await (await store()).ping();
      return json(200, { ok: true });
    } catch {
      return problem(503, 'the database does not answer');
    }
  });

  const tooMany = (wait: number, error = 'too many requests; retry later') => problem(429, error, undefined, { 'retry-after': String(wait) });
  const adminGate = async (c: Context<Env>, next: () => Promise<void>) => {
    const wait = adminLimit(clientKey(c));
    if (wait) return tooMany(wait);
    await next();
  };
  app.use('/admin/*', adminGate); // Hono's /admin/* matches /admin too

  app.get('/admin', () => {
    const nonce = digest(String(Math.random()) + Date.now())
      .toString('base64')
      .slice(0, 22);
    return new Response(renderAdminPage(nonce), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`,
        'cache-control': 'no-store',
      },
    });
  });

  // Admin routes: the bearer token, compared in constant time (digests of equal length). A client
  // that used up its wrong tries is refused before the comparison, so a right guess then is no
  // different from a wrong one.
  app.use('/admin/*', async (c, next) => {
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!tokenDigest)
      return problem(401, 'no admin token is configured (--admin-token-file or CONSENTRY_ADMIN_TOKEN)', undefined, { 'www-authenticate': 'Bearer' });
    const key = clientKey(c);
    const locked = wrongTokens(key, Date.now(), 0);
    if (locked) return tooMany(locked, 'too many wrong admin tokens; retry later');
    if (!given || !timingSafeEqual(digest(given), tokenDigest)) {
      if (given) wrongTokens(key); // a request without a token guesses nothing
      return problem(401, 'a valid admin token is required', undefined, { 'www-authenticate': 'Bearer' });
    }
    await next();
  });

  app.get('/admin/records', async (c) => {
    const url = new URL(c.req.url);
    const filter = rangeOf(url);
    if ('error' in filter) return problem(400, filter.error, filter.path);
    const consentId = url.searchParams.get('consentId');
    if (consentId != null) {
      if (!isConsentId(consentId)) return problem(400, 'consentId is not a UUID', '/consentId');
      filter.consentId = consentId;
    }
    const format = url.searchParams.get('format') ?? 'ndjson';
    if (format != 'ndjson' && format != 'csv') return problem(400, 'format is ndjson or csv', '/format');
    const type = format == 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson';
    return new Response(exportEntries(await store(), filter, format), {
      headers: { 'content-type': type, 'content-disposition': `attachment; filename="consent-records.${format}"`, 'cache-control': 'no-store' },
    });
  });

  app.get('/admin/stats', async (c) => {
    const filter = rangeOf(new URL(c.req.url));
    if ('error' in filter) return problem(400, filter.error, filter.path);
    return json(200, await computeStats(await store(), filter));
  });

  app.get('/admin/verify', async () => {
    const result = await (await store()).verify();
    return json(200, result.ok ? result : { ok: false, firstBad: result.firstBad, reason: result.reason });
  });

  app.put('/admin/texts/:textHash', async (c) => {
    const key = c.req.param('textHash');
    if (!/^sha256-[A-Za-z0-9+/]+=*$/.test(key)) return problem(400, 'the key is not a textHash (sha256-…)', '/textHash');
    let value: unknown;
    try {
      value = JSON.parse(await readBody(c.req.raw, 256 * 1024, bodyTimeoutMs));
    } catch (e) {
      if (e instanceof BodyError) return problem(e.status, e.message, e.status == 400 ? '' : undefined);
      return problem(400, 'the body is not JSON', '');
    }
    const v = value as { language?: unknown; revision?: unknown; texts?: unknown };
    if (!v || typeof v != 'object') return problem(400, 'the body is not an object', '');
    if (typeof v.language != 'string' || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v.language))
      return problem(400, 'language is not a language tag', '/language');
    // Up to 15 digits, as the config and the consent cookie have it.
    if (!Number.isInteger(v.revision) || (v.revision as number) < 0 || (v.revision as number) >= 1e15)
      return problem(400, 'revision is not a whole number below 10^15', '/revision');
    if (!Array.isArray(v.texts) || !v.texts.every((t) => typeof t == 'string')) return problem(400, 'texts is not a list of strings', '/texts');
    const texts = v.texts as string[];
    // The same function the SDK hashes the visible texts with: equal by construction.
    const actual = await hashTexts(texts, () => Promise.resolve(sha256));
    if (actual != key) return problem(400, `these texts hash to ${actual}, not ${key}`, '/texts');
    await (await store()).putTexts(key, { language: v.language, revision: v.revision as number, texts });
    return json(201, { textHash: key });
  });

  app.notFound(() => problem(404, 'no such route'));
  // No stack trace or database message reaches a client; the operator sees it on stderr.
  // A write that waited too long for another process's lock is the client's to retry. Both answers
  // of a visitor route carry CORS for a configured origin, so the SDK on the site reads them (and
  // Retry-After); the admin routes have none, as elsewhere. An origin not configured gets none on
  // any answer: its SDK sees a network error and keeps the record for later, rather than dropping
  // it on a readable 403 while the operator fixes --origin.
  app.onError((error, c) => {
    const origin = c.req.header('origin');
    const cors = c.req.path.startsWith('/consent') && origin && origins.includes(origin) ? corsHeaders(origin) : {};
    if (error instanceof StoreBusyError) return problem(503, error.message, undefined, { 'retry-after': '5', ...cors });
    process.stderr.write(`[consentry-receiver] ${error instanceof Error ? error.message : String(error)}\n`);
    return problem(500, 'internal error', undefined, cors);
  });

  const receiver: Receiver = {
    fetch: async (request, client = {}) => app.fetch(request, { client }),
    store,
    listen: (listenOptions) => import('./listen.js').then((m) => m.listen(receiver, listenOptions)),
    async close() {
      const open = opened && typeof options.db != 'object' && (await opened.catch(() => undefined));
      if (open) await open.close();
    },
  };
  return receiver;
}
