import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AWARENESS_INTERVAL_MS, throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and the latest pending one after the interval', () => {
    const calls: number[] = [];
    const throttled = throttle((n: number) => calls.push(n), 50);
    throttled(1);
    throttled(2);
    throttled(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([1, 3]);
  });

  it('never exceeds 20 calls a second under a flood of events', () => {
    const calls: number[] = [];
    const throttled = throttle(() => calls.push(Date.now()), AWARENESS_INTERVAL_MS);
    for (let i = 0; i < 1000; i++) {
      throttled();
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(100);
    // 1000 ms of events: at most one call per 50 ms window, plus the leading call.
    expect(calls.length).toBeLessThanOrEqual(21);
    expect(calls.length).toBeGreaterThanOrEqual(19);
    for (let i = 1; i < calls.length; i++) {
      expect((calls[i] ?? 0) - (calls[i - 1] ?? 0)).toBeGreaterThanOrEqual(AWARENESS_INTERVAL_MS);
    }
  });

  it('flushes and cancels pending calls', () => {
    const calls: string[] = [];
    const throttled = throttle((s: string) => calls.push(s), 50);
    throttled('a');
    throttled('b');
    throttled.flush();
    expect(calls).toEqual(['a', 'b']);
    vi.advanceTimersByTime(10);
    throttled('c');
    throttled.cancel();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual(['a', 'b']);
  });
});
