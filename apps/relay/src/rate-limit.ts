import { addressGroup } from './address-group';

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

/** Events per key in a sliding window: how many of them happened in the last `windowMs`. */
export class SlidingWindowCounter {
  private readonly events = new Map<string, number[]>();
  /** Expired keys are swept once the map doubles past its size after the last sweep (amortised O(1)). */
  private sweepAt = 10_000;

  constructor(private readonly windowMs: number) {}

  count(key: string, now: number): number {
    return this.recent(key, now).length;
  }

  /** Records one event and returns how many the window now holds for the key. */
  add(key: string, now: number): number {
    const recent = this.recent(key, now);
    recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > this.sweepAt) {
      this.prune(now);
      this.sweepAt = Math.max(10_000, this.events.size * 2);
    }
    return recent.length;
  }

  private recent(key: string, now: number): number[] {
    const times = this.events.get(key);
    if (!times) return [];
    const kept = times.filter((time) => now - time < this.windowMs);
    if (kept.length === 0) this.events.delete(key);
    else this.events.set(key, kept);
    return kept;
  }

  private prune(now: number): void {
    for (const key of [...this.events.keys()]) this.recent(key, now);
  }
}

/**
 * Failed key attempts in a sliding one-minute window, per address and board (`limitPerMinute`) and per
 * address over all boards (ten times that, for someone trying board after board); addresses are grouped
 * by `addressGroup` (an IPv6 client counts by its /64).
 *
 * It never refuses a key: the relay checks every key it is given and admits a right one whatever this
 * says, so a flood of wrong keys from an address (behind a proxy or a company NAT: everyone's) cannot
 * lock the real facilitator out. Keys are 128 random bits, so guessing is no threat; what the limiter
 * does is answer wrong attempts past the limit with 429 / 4429 ("wait a minute") instead of 401, and
 * count them (`auth_rate`).
 */
export class FailureLimiter {
  private readonly perBoard: SlidingWindowCounter;
  private readonly perAddress: SlidingWindowCounter;

  constructor(
    private readonly limitPerMinute: number,
    windowMs = 60_000,
  ) {
    this.perBoard = new SlidingWindowCounter(windowMs);
    this.perAddress = new SlidingWindowCounter(windowMs);
  }

  /** Records a wrong attempt; true when the address is past its limit (on this board or over all). */
  recordFailure(clientAddress: string, boardId: string | undefined, now: number): boolean {
    const address = addressGroup(clientAddress);
    const overall = this.perAddress.add(address, now);
    // Past its overall limit an address adds no per-board entries: trying board after board cannot grow the map.
    if (overall > this.limitPerMinute * 10) return true;
    return this.perBoard.add(`${address} ${boardId ?? ''}`, now) > this.limitPerMinute;
  }
}

/**
 * A token bucket per address (grouped by `addressGroup`; e.g. board creations): `burst` at once, then
 * `ratePerSecond`. Buckets that have refilled are forgotten once there are many.
 */
export class AddressBuckets {
  private readonly buckets = new Map<string, { bucket: TokenBucket; last: number }>();
  private sweepAt = 10_000;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
  ) {}

  take(clientAddress: string, now: number): boolean {
    const address = addressGroup(clientAddress);
    let entry = this.buckets.get(address);
    if (!entry) {
      if (this.buckets.size >= this.sweepAt) {
        this.prune(now);
        this.sweepAt = Math.max(10_000, this.buckets.size * 2);
      }
      entry = { bucket: new TokenBucket(this.ratePerSecond, this.burst, now), last: now };
      this.buckets.set(address, entry);
    }
    entry.last = now;
    return entry.bucket.take(now);
  }

  /** Seconds until the address may try again (at least 1). */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(1 / this.ratePerSecond));
  }

  private prune(now: number): void {
    const refillMs = (this.burst / this.ratePerSecond) * 1000;
    for (const [address, entry] of this.buckets) {
      if (now - entry.last >= refillMs) this.buckets.delete(address);
    }
  }
}
