// The admin routes' own rate limit, and guessing the admin token.
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver, type Listening, type ReceiverOptions } from '../src/index';
import { createRateLimiter } from '../src/http/createRateLimiter';
import { backends } from './backends';

const TOKEN = 'test-admin-token-0123456789';
const [sqlite] = backends;

describe('admin rate limits', () => {
  let server: Listening;
  let db: Awaited<ReturnType<typeof sqlite.fresh>>;
  afterEach(async () => {
    await server?.close();
    await db?.drop();
  });
  const start = async (options: ReceiverOptions = {}) => {
    db = await sqlite!.fresh();
    server = await createReceiver({ db: db.url, adminToken: TOKEN, trustProxy: true, ...options }).listen({ port: 0 });
  };
  /** An admin request from `client`, with `token` (null: none). */
  const get = (path: string, client: string, token: string | null = TOKEN) =>
    fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': client, ...(token === null ? {} : { authorization: `Bearer ${token}` }) } });

  it('answers a client past the admin rate with 429 and Retry-After, page included, others unaffected', async () => {
    // A slow refill (1/s) keeps the expected counts independent of how long the burst takes here.
    await start({ adminRateLimit: { perSecond: 1, burst: 10 } });
    const began = Date.now();
    const answers: [number, string | null][] = [];
    for (let i = 0; i < 30; i++) {
      const r = await get('/admin/stats', '10.0.0.2');
      await r.arrayBuffer();
      answers.push([r.status, r.headers.get('retry-after')]);
    }
    const seconds = (Date.now() - began) / 1000;
    const ok = answers.filter(([s]) => s == 200).length;
    expect(ok).toBeGreaterThanOrEqual(10);
    expect(ok).toBeLessThanOrEqual(10 + Math.ceil(seconds) + 1);
    const limited = answers.filter(([s]) => s == 429);
    expect(limited).toHaveLength(30 - ok);
    for (const [, wait] of limited) expect(Number(wait)).toBeGreaterThanOrEqual(1);
    expect((await get('/admin', '10.0.0.2')).status).toBe(429);
    // The page takes one token per load, like every admin route (not two).
    const page: number[] = [];
    for (let i = 0; i < 10; i++) page.push((await get('/admin', '10.0.0.7')).status);
    expect(page).toEqual(Array(10).fill(200));
    expect((await get('/admin/verify', '10.0.0.3')).status).toBe(200);
    expect((await get('/admin', '10.0.0.3')).status).toBe(200);
  });

  it('answers a guessed admin token with 429 after 5 wrong tries, even when the next guess is right', async () => {
    await start();
    for (let i = 0; i < 5; i++) expect((await get('/admin/verify', '10.0.0.4', `guess-${i}-0123456789abcdef`)).status).toBe(401);
    const locked = await get('/admin/verify', '10.0.0.4', 'guess-5-0123456789abcdef');
    expect(locked.status).toBe(429);
    expect(await locked.json()).toEqual({ error: 'too many wrong admin tokens; retry later' });
    const wait = Number(locked.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // The right token does not get through either: a guesser learns nothing more from here on.
    expect((await get('/admin/verify', '10.0.0.4')).status).toBe(429);
    expect((await get('/admin/texts/sha256-abc=', '10.0.0.4', 'another-guess-0123456789')).status).toBe(429);
    // Other clients, and requests without a token (they guess nothing), are not locked out.
    expect((await get('/admin/verify', '10.0.0.5')).status).toBe(200);
    for (let i = 0; i < 8; i++) expect((await get('/admin/verify', '10.0.0.6', null)).status).toBe(401);
    expect((await get('/admin/verify', '10.0.0.6')).status).toBe(200);
  });

  it('gives a locked-out client one more try per minute', () => {
    const wrongTokens = createRateLimiter({ perSecond: 1 / 60, burst: 5 });
    const t = 1_000_000;
    for (let i = 0; i < 5; i++) expect(wrongTokens('c', t)).toBe(0);
    expect(wrongTokens('c', t, 0)).toBe(60);
    expect(wrongTokens('c', t + 30_000, 0)).toBe(30);
    expect(wrongTokens('c', t + 60_000, 0)).toBe(0); // looking costs nothing
    expect(wrongTokens('c', t + 60_000)).toBe(0);
    expect(wrongTokens('c', t + 60_000, 0)).toBe(60);
  });
});
