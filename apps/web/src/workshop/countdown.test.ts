import {
  addTime,
  idleTimer,
  MINUTE_MS,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
} from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import { countdownView, nextTickDelay, parseDuration, shouldRing } from './countdown';

const T0 = 1_700_000_000_000;

describe('countdownView across clocks', () => {
  test('two clients with skewed clocks show the same time once corrected by their offsets', () => {
    // The facilitator's clock is 90 s behind the relay, the participant's 42 s ahead.
    const facilitatorOffset = 90_000;
    const participantOffset = -42_000;
    const serverStart = T0;
    const timer = startTimer(idleTimer(), serverStart, 5 * MINUTE_MS);
    for (const elapsed of [0, 1_234, 60_000, 299_001, 300_000, 400_000]) {
      const server = serverStart + elapsed;
      const f = countdownView(timer, server - facilitatorOffset, facilitatorOffset);
      const p = countdownView(timer, server - participantOffset, participantOffset);
      expect(p).toEqual(f);
    }
    expect(countdownView(timer, T0 + 61_000, 0).label).toBe('3:59');
  });

  test('a reload mid-run recomputes the same remaining time from the shared end time', () => {
    const timer = startTimer(idleTimer(), T0, 2 * MINUTE_MS);
    const snapshot = JSON.parse(JSON.stringify(timer));
    expect(countdownView(snapshot, T0 + 30_000, 0).remainingMs).toBe(90_000);
  });

  test('pause, resume, +1 min and reset', () => {
    let t = startTimer(idleTimer(), T0, MINUTE_MS);
    t = pauseTimer(t, T0 + 20_000);
    expect(countdownView(t, T0 + 500_000, 0)).toMatchObject({
      status: 'paused',
      remainingMs: 40_000,
      label: '0:40',
    });
    t = resumeTimer(t, T0 + 600_000);
    expect(countdownView(t, T0 + 610_000, 0).remainingMs).toBe(30_000);
    t = addTime(t, T0 + 610_000);
    expect(countdownView(t, T0 + 610_000, 0).remainingMs).toBe(90_000);
    t = resetTimer(t);
    expect(countdownView(t, T0 + 999_999, 0)).toMatchObject({ status: 'idle', remainingMs: 2 * MINUTE_MS });
  });

  test('expiry and progress', () => {
    const t = startTimer(idleTimer(), T0, 10_000);
    expect(countdownView(t, T0 + 5_000, 0).progress).toBeCloseTo(0.5);
    expect(countdownView(t, T0 + 9_999, 0)).toMatchObject({ expired: false, label: '0:01' });
    expect(countdownView(t, T0 + 10_000, 0)).toMatchObject({ expired: true, label: '0:00', progress: 1 });
    // +1 min after expiry counts from now, not from the past end time.
    expect(countdownView(addTime(t, T0 + 30_000), T0 + 30_000, 0).remainingMs).toBe(60_000);
  });
});

describe('shouldRing', () => {
  const t = startTimer(idleTimer(), T0, 10_000);
  test('rings once on the transition to zero while watching', () => {
    const before = countdownView(t, T0 + 9_500, 0);
    const after = countdownView(t, T0 + 10_010, 0);
    expect(shouldRing(before, after)).toBe(true);
    expect(shouldRing(after, countdownView(t, T0 + 11_000, 0))).toBe(false);
  });
  test('a late join or reload after the end stays quiet', () => {
    expect(shouldRing(null, countdownView(t, T0 + 20_000, 0))).toBe(false);
  });
  test('pausing does not ring', () => {
    const before = countdownView(t, T0 + 5_000, 0);
    expect(shouldRing(before, countdownView(pauseTimer(t, T0 + 5_000), T0 + 5_000, 0))).toBe(false);
  });
});

test('nextTickDelay lands just after the displayed second changes', () => {
  const t = startTimer(idleTimer(), T0, 10_000);
  expect(nextTickDelay(countdownView(t, T0 + 250, 0))).toBe(755);
  expect(nextTickDelay(countdownView(t, T0, 0))).toBe(1005);
  expect(nextTickDelay(countdownView(idleTimer(), T0, 0))).toBe(1000);
});

test.each([
  ['5', 300_000],
  ['5m', 300_000],
  ['90s', 90_000],
  ['4:30', 270_000],
  [' 2.5 min ', 150_000],
  ['0', null],
  ['-3', null],
  ['abc', null],
  ['999', null],
])('parseDuration(%j) = %j', (input, expected) => {
  expect(parseDuration(input)).toBe(expected);
});
