import { describe, expect, it } from 'vitest';
import { FailureLimiter, TokenBucket } from './rate-limit';

describe('TokenBucket', () => {
  it('allows a burst, then the refill rate', () => {
    const bucket = new TokenBucket(10, 20, 0);
    const burst = Array.from({ length: 25 }, () => bucket.take(0)).filter(Boolean).length;
    expect(burst).toBe(20);
    expect(bucket.take(50)).toBe(false);
    expect(bucket.take(100)).toBe(true);
    expect(bucket.take(100)).toBe(false);
    // A long pause refills to the burst size, not beyond.
    const later = Array.from({ length: 30 }, () => bucket.take(60_000)).filter(Boolean).length;
    expect(later).toBe(20);
  });

  it('ignores clocks going backwards', () => {
    const bucket = new TokenBucket(1, 1, 1000);
    expect(bucket.take(1000)).toBe(true);
    expect(bucket.take(500)).toBe(false);
  });
});

describe('FailureLimiter', () => {
  it('blocks an address after the limit within a minute, per address, and forgets after the window', () => {
    const limiter = new FailureLimiter(3);
    for (let index = 0; index < 3; index++) {
      expect(limiter.isBlocked('10.0.0.1', index * 1000)).toBe(false);
      limiter.recordFailure('10.0.0.1', index * 1000);
    }
    expect(limiter.isBlocked('10.0.0.1', 3000)).toBe(true);
    expect(limiter.isBlocked('10.0.0.2', 3000)).toBe(false);
    expect(limiter.isBlocked('10.0.0.1', 59_999)).toBe(true);
    // The first failure leaves the window: two remain, under the limit.
    expect(limiter.isBlocked('10.0.0.1', 60_000)).toBe(false);
  });
});
