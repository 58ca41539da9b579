import { describe, expect, it } from 'vitest';
import { AddressBuckets, FailureLimiter, TokenBucket } from './rate-limit';

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
  it('says an address is past its limit after the limit of failures on one board within a minute, and forgets after the window', () => {
    const limiter = new FailureLimiter(3);
    for (let index = 0; index < 3; index++) {
      expect(limiter.recordFailure('10.0.0.1', 'board', index * 1000)).toBe(false);
    }
    expect(limiter.recordFailure('10.0.0.1', 'board', 3000)).toBe(true);
    // Another address, or the same address on another board, has its own count.
    expect(limiter.recordFailure('10.0.0.2', 'board', 3000)).toBe(false);
    expect(limiter.recordFailure('10.0.0.1', 'other', 3000)).toBe(false);
    // Past the window only the newest failures count.
    expect(limiter.recordFailure('10.0.0.1', 'board', 62_500)).toBe(false);
  });

  it('also limits one address over all boards, at ten times the per-board limit', () => {
    const limiter = new FailureLimiter(2);
    const verdicts = Array.from({ length: 21 }, (_, index) =>
      limiter.recordFailure('10.0.0.1', `b${index}`, 0),
    );
    expect(verdicts.slice(0, 20).every((limited) => !limited)).toBe(true);
    expect(verdicts[20]).toBe(true);
  });
});

describe('AddressBuckets', () => {
  it('gives each address its own burst, then the refill rate', () => {
    const buckets = new AddressBuckets(1 / 60, 3);
    expect([0, 0, 0, 0].map(() => buckets.take('10.0.0.1', 0))).toEqual([true, true, true, false]);
    expect(buckets.take('10.0.0.2', 0)).toBe(true);
    expect(buckets.take('10.0.0.1', 30_000)).toBe(false);
    expect(buckets.take('10.0.0.1', 60_000)).toBe(true);
    expect(buckets.retryAfterSeconds()).toBe(60);
  });
});
