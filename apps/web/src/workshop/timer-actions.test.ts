import { addTime, idleTimer, MINUTE_MS, pauseTimer, startTimer } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import { countdownView } from './countdown';
import { offeredTimerActions, timerPhase } from './timer-actions';

const T0 = 1_700_000_000_000;
const offeredAt = (timer: ReturnType<typeof idleTimer>, now: number) => {
  const view = countdownView(timer, now, 0);
  return offeredTimerActions(timerPhase(view), timer.durationMs);
};

describe('what the facilitator is offered beside the timer', () => {
  test('idle, running and paused with time left: Pause turns into Resume, Reset stays', () => {
    const running = startTimer(idleTimer(), T0, 2 * MINUTE_MS);
    expect(offeredAt(idleTimer(), T0)).toEqual(['start', 'add-minute', 'reset']);
    expect(offeredAt(running, T0 + 1_000)).toEqual(['start', 'pause', 'add-minute', 'reset']);
    expect(offeredAt(pauseTimer(running, T0 + 1_000), T0 + 5_000)).toEqual([
      'start',
      'resume',
      'add-minute',
      'reset',
    ]);
  });

  test('at 0:00 there is nothing to pause: Restart, a minute more or Stop', () => {
    const running = startTimer(idleTimer(), T0, 2 * MINUTE_MS);
    const atZero = countdownView(running, T0 + 2 * MINUTE_MS, 0);
    expect(atZero.label).toBe('0:00');
    expect(timerPhase(atZero)).toBe('up');
    const offered = offeredAt(running, T0 + 2 * MINUTE_MS);
    expect(offered).toEqual(['start', 'restart', 'add-minute', 'stop']);
    expect(offered).not.toContain('pause');
    // Long after the end as well.
    expect(offeredAt(running, T0 + 60 * MINUTE_MS)).not.toContain('pause');
    // One second before the end it still counts: Pause is right.
    expect(offeredAt(running, T0 + 2 * MINUTE_MS - 1_000)).toContain('pause');
  });

  test('a timer paused with nothing left offers no Resume that would end it at once', () => {
    const running = startTimer(idleTimer(), T0, MINUTE_MS);
    const pausedAtZero = pauseTimer(running, T0 + 2 * MINUTE_MS);
    expect(pausedAtZero.remainingMs).toBe(0);
    expect(offeredAt(pausedAtZero, T0 + 3 * MINUTE_MS)).toEqual(['start', 'restart', 'add-minute', 'stop']);
  });

  test('a minute added after the end counts down again: Pause is back', () => {
    const running = startTimer(idleTimer(), T0, MINUTE_MS);
    const more = addTime(running, T0 + 90_000);
    expect(offeredAt(more, T0 + 91_000)).toEqual(['start', 'pause', 'add-minute', 'reset']);
  });

  test('a timer of no length has nothing to restart', () => {
    expect(offeredTimerActions('up', 0)).toEqual(['start', 'add-minute', 'stop']);
  });
});
