import type { MessageKey } from '../i18n/i18n';
import type { CountdownView } from './countdown';

// What the facilitator is offered beside the shared timer, as data: the buttons follow the timer's state,
// so a timer at 0:00 offers what makes sense then (again, a minute more, stop) and never Pause.

/** The timer as the facilitator sees it: `up` is running (or paused) with nothing left. */
export type TimerPhase = 'idle' | 'running' | 'paused' | 'up';

export type TimerAction = 'start' | 'pause' | 'resume' | 'restart' | 'add-minute' | 'reset' | 'stop';

export function timerPhase(view: Pick<CountdownView, 'status' | 'remainingMs'>): TimerPhase {
  if (view.status === 'idle') return 'idle';
  if (view.remainingMs <= 0) return 'up';
  return view.status;
}

/**
 * The buttons after the duration field, in order. The second one is a single button that turns from Pause
 * into Resume, and into Restart when the time is up, so the keyboard stays on it. Restart runs the same
 * length again; Stop (Reset under another name once the time is up) returns to the set length, idle.
 * Every one writes the session's `timer`, which the relay takes from the facilitator.
 */
export function offeredTimerActions(phase: TimerPhase, durationMs: number): readonly TimerAction[] {
  switch (phase) {
    case 'idle':
      return ['start', 'add-minute', 'reset'];
    case 'running':
      return ['start', 'pause', 'add-minute', 'reset'];
    case 'paused':
      return ['start', 'resume', 'add-minute', 'reset'];
    case 'up':
      return durationMs > 0 ? ['start', 'restart', 'add-minute', 'stop'] : ['start', 'add-minute', 'stop'];
  }
}

/** Each action's visible label and its name for screen readers (which timer it acts on). */
export const TIMER_ACTION_TEXT: Readonly<
  Record<Exclude<TimerAction, 'add-minute'>, { readonly label: MessageKey; readonly name: MessageKey }>
> = {
  start: { label: 'workshop.timer.start-short', name: 'workshop.timer.start' },
  pause: { label: 'workshop.timer.pause-short', name: 'workshop.timer.pause' },
  resume: { label: 'workshop.timer.resume-short', name: 'workshop.timer.resume' },
  restart: { label: 'workshop.timer.restart-short', name: 'workshop.timer.restart' },
  reset: { label: 'workshop.timer.reset-short', name: 'workshop.timer.reset' },
  stop: { label: 'workshop.timer.stop-short', name: 'workshop.timer.stop' },
};
