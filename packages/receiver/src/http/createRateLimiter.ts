/** Options of the per-client token bucket. */
export interface RateLimitOptions {
  /** Requests a client may make per second, sustained. @default 20 */
  perSecond?: number;
  /** Requests a client may make at once before the rate applies. @default 40 */
  burst?: number;
}

/**
 * A token bucket per client key: each request takes a token (`cost` 0 only looks); tokens come
 * back at `perSecond`. Answers 0 when the request may go on, else the seconds to wait (for
 * `Retry-After`). Buckets that have filled up again are dropped, so memory stays bounded by the
 * clients seen lately.
 */
export function createRateLimiter({ perSecond = 20, burst = 40 }: RateLimitOptions = {}) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  // A bucket untouched this long is full again: forgetting it changes nothing.
  const refilledMs = Math.max(60_000, (burst / perSecond) * 1000);
  let swept = Date.now();
  return (key: string, now = Date.now(), cost = 1): number => {
    if (now - swept > 60_000) {
      for (const [k, b] of buckets) if (now - b.at > refilledMs) buckets.delete(k);
      swept = now;
    }
    const b = buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= cost;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  };
}
