/**
 * A sliding-window limit per key: at most `max` hits in any `windowMs`.
 * Time comes from the caller so the limit is testable.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Records a hit for `key` and says whether it is within the limit; refused hits are not recorded. */
  tryAcquire(key: string, now: number): boolean;
}

export function createRateLimiter({ max, windowMs }: RateLimit): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    tryAcquire(key, now) {
      // Drop expired hits of every key, so keys of closed tabs do not pile up.
      for (const [k, times] of hits) {
        const recent = times.filter((time) => now - time < windowMs);
        if (recent.length === 0) hits.delete(k);
        else hits.set(k, recent);
      }
      const recent = hits.get(key) ?? [];
      if (recent.length >= max) return false;
      hits.set(key, [...recent, now]);
      return true;
    },
  };
}
