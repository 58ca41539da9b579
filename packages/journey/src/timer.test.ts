import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  addTime,
  formatRemaining,
  idleTimer,
  isTimerExpired,
  MINUTE_MS,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  timerRemaining,
} from './timer';

const T0 = 1_700_000_000_000;

test('start, count down, pause, resume, add a minute, expire, reset', () => {
  let t = idleTimer(5 * MINUTE_MS);
  expect(timerRemaining(t, T0)).toBe(5 * MINUTE_MS);
  t = startTimer(t, T0);
  expect(t).toEqual({ status: 'running', durationMs: 300_000, endsAt: T0 + 300_000, remainingMs: 0 });
  expect(timerRemaining(t, T0 + 60_000)).toBe(240_000);
  t = pauseTimer(t, T0 + 60_000);
  expect(timerRemaining(t, T0 + 999_999)).toBe(240_000);
  t = resumeTimer(t, T0 + 120_000);
  expect(t.endsAt).toBe(T0 + 360_000);
  t = addTime(t, T0 + 120_000);
  expect(timerRemaining(t, T0 + 120_000)).toBe(300_000);
  expect(isTimerExpired(t, T0 + 419_999)).toBe(false);
  expect(isTimerExpired(t, T0 + 420_000)).toBe(true);
  expect(timerRemaining(t, T0 + 500_000)).toBe(0);
  // Adding a minute to an expired timer gives a minute from now, not from the past end.
  t = addTime(t, T0 + 500_000);
  expect(timerRemaining(t, T0 + 500_000)).toBe(60_000);
  t = resetTimer(t);
  expect(t).toEqual({ status: 'idle', durationMs: 420_000, endsAt: null, remainingMs: 420_000 });
});

test('no-op transitions and restarting with a new duration', () => {
  const idle = idleTimer(60_000);
  expect(pauseTimer(idle, T0)).toBe(idle);
  expect(resumeTimer(idle, T0)).toBe(idle);
  const running = startTimer(idle, T0);
  expect(startTimer(running, T0 + 5)).toBe(running);
  expect(startTimer(running, T0 + 5, 10_000)).toMatchObject({ endsAt: T0 + 10_005, durationMs: 10_000 });
  const paused = addTime(pauseTimer(running, T0 + 30_000), T0);
  expect(timerRemaining(paused, T0)).toBe(90_000);
  expect(idleTimer(-5).durationMs).toBe(0);
});

test('formatRemaining rounds up to whole seconds', () => {
  expect(formatRemaining(0)).toBe('0:00');
  expect(formatRemaining(1)).toBe('0:01');
  expect(formatRemaining(59_001)).toBe('1:00');
  expect(formatRemaining(600_000)).toBe('10:00');
  expect(formatRemaining(-5)).toBe('0:00');
});

test('pausing and resuming never loses or gains time', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 60_000 }), { maxLength: 20 }), (gaps) => {
      let now = T0;
      let t = startTimer(idleTimer(10 * MINUTE_MS), now);
      let running = 0;
      gaps.forEach((gap, i) => {
        now += gap;
        if (t.status === 'running') running += gap;
        t = i % 2 === 0 ? pauseTimer(t, now) : resumeTimer(t, now);
      });
      expect(timerRemaining(t, now)).toBe(Math.max(0, 10 * MINUTE_MS - running));
    }),
  );
});
