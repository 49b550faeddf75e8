/** Options of the per-client token bucket. */
export interface RateLimitOptions {
  /** Requests a client may make per second, sustained. @default 20 */
  perSecond?: number;
  /** Requests a client may make at once before the rate applies. @default 40 */
  burst?: number;
}

/**
 * A token bucket per client key: each request takes a token; tokens come back at `perSecond`.
 * Answers 0 when the request may go on, else the seconds to wait (for `Retry-After`). Buckets of
 * clients that went quiet are dropped, so memory stays bounded by the clients of the last minute.
 */
export function createRateLimiter({ perSecond = 20, burst = 40 }: RateLimitOptions = {}) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let swept = Date.now();
  return (key: string, now = Date.now()): number => {
    if (now - swept > 60_000) {
      for (const [k, b] of buckets) if (now - b.at > 60_000) buckets.delete(k);
      swept = now;
    }
    const b = buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  };
}
