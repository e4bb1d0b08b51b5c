/**
 * A per-IP token bucket: a burst is fine, a flood is refused with 429. Buckets of quiet
 * addresses are forgotten so memory stays bounded.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();
  private readonly perMillisecond: number;

  constructor(private readonly perMinute: number) {
    this.perMillisecond = perMinute / 60_000;
  }

  allow(key: string, now = Date.now()): boolean {
    if (this.perMinute <= 0) return true;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, updated: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updated) * this.perMillisecond);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) {
      for (const [other, entry] of this.buckets) if (now - entry.updated > 60_000) this.buckets.delete(other);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
