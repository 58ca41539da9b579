import { describe, expect, test } from 'vitest';
import { type ClockSample, estimateOffset, parseHttpDate } from './server-clock';

/** Simulates sampling a server whose clock is `offset` ahead, with a fixed round trip. */
function sample(localSend: number, offset: number, rtt: number, serverAt = 0.5): ClockSample {
  const serverTime = localSend + rtt * serverAt + offset;
  return {
    sentAt: localSend,
    receivedAt: localSend + rtt,
    serverSecond: Math.floor(serverTime / 1000) * 1000,
  };
}

describe('estimateOffset', () => {
  test('one sample bounds the offset within a second plus the round trip', () => {
    const e = estimateOffset([sample(10_000, 120_345, 40)])!;
    expect(Math.abs(e.offsetMs - 120_345)).toBeLessThanOrEqual(e.uncertaintyMs);
    expect(e.uncertaintyMs).toBeLessThanOrEqual(520);
  });

  test.each([0, 120_345, -7_777_777, 59_999])(
    'samples across a second boundary pin offset %d closely',
    (offset) => {
      const samples = Array.from({ length: 8 }, (_, i) => sample(50_000 + i * 150, offset, 30));
      const e = estimateOffset(samples)!;
      expect(Math.abs(e.offsetMs - offset)).toBeLessThanOrEqual(e.uncertaintyMs);
      expect(e.uncertaintyMs).toBeLessThanOrEqual(100);
    },
  );

  test('no usable samples: no estimate', () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 5, receivedAt: 1, serverSecond: 0 }])).toBeNull();
  });

  test('contradicting samples (a clock jumped) still give a finite estimate', () => {
    const e = estimateOffset([sample(0, 0, 10), sample(100, 60_000, 10)])!;
    expect(Number.isFinite(e.offsetMs)).toBe(true);
    expect(e.uncertaintyMs).toBe(1000);
  });
});

test('parseHttpDate reads the Date header and rejects junk', () => {
  expect(parseHttpDate('Sun, 22 Nov 2026 19:01:21 GMT')).toBe(Date.UTC(2026, 10, 22, 19, 1, 21));
  expect(parseHttpDate('soon')).toBeNull();
  expect(parseHttpDate(null)).toBeNull();
});
