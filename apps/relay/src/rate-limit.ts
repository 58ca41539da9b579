/**
 * A token bucket: `ratePerSecond` tokens refill continuously up to `burst`. Time is passed in so the
 * arithmetic is a pure function of the calls, which keeps it testable.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token; false when the bucket is empty. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.ratePerSecond);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Failed key attempts per client address in a sliding one-minute window. An address over the limit is
 * refused before its key is even checked, so guessing keys costs a minute per `limit` attempts.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limitPerMinute: number,
    private readonly windowMs = 60_000,
  ) {}

  isBlocked(address: string, now: number): boolean {
    return this.recent(address, now).length >= this.limitPerMinute;
  }

  recordFailure(address: string, now: number): void {
    const recent = this.recent(address, now);
    recent.push(now);
    this.failures.set(address, recent);
    if (this.failures.size > 10_000) this.prune(now);
  }

  private recent(address: string, now: number): number[] {
    const times = this.failures.get(address);
    if (!times) return [];
    const kept = times.filter((time) => now - time < this.windowMs);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }

  private prune(now: number): void {
    for (const address of [...this.failures.keys()]) this.recent(address, now);
  }
}
