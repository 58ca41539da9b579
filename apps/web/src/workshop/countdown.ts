import { formatRemaining, type TimerState, timerRemaining } from '@journeyboard/journey';

// What a client shows for the shared timer. The end time was written with the facilitator's clock,
// corrected to the relay's clock by the facilitator's own offset; each reader corrects with theirs.

export interface CountdownView {
  readonly status: TimerState['status'];
  readonly remainingMs: number;
  /** `m:ss`, reaching 0:00 exactly when the timer ends. */
  readonly label: string;
  /** Running with nothing left: the moment for the sound and the visual cue. */
  readonly expired: boolean;
  /** 0 at the start, 1 at the end. */
  readonly progress: number;
}

/** The shared timer stores times in the relay's clock; `localNow + offsetMs` is our best reading of it. */
export function countdownView(timer: TimerState, localNow: number, offsetMs: number): CountdownView {
  const now = localNow + offsetMs;
  const remainingMs = timerRemaining(timer, now);
  const expired = timer.status === 'running' && remainingMs === 0;
  const progress = timer.durationMs > 0 ? Math.min(1, Math.max(0, 1 - remainingMs / timer.durationMs)) : 0;
  return { status: timer.status, remainingMs, label: formatRemaining(remainingMs), expired, progress };
}

/**
 * Whether to play the cue now: only on the transition to expired while we were watching, so a reload
 * or a late join after the end stays quiet, and one timer run rings once.
 */
export function shouldRing(previous: CountdownView | null, next: CountdownView): boolean {
  return previous !== null && previous.status === 'running' && !previous.expired && next.expired;
}

/** How long to wait before re-rendering: just past the next whole second of the display. */
export function nextTickDelay(view: CountdownView): number {
  if (view.status !== 'running' || view.expired) return 1000;
  const intoSecond = view.remainingMs % 1000;
  return Math.max(16, (intoSecond === 0 ? 1000 : intoSecond) + 5);
}

/** Parses a duration typed by the facilitator: `5`, `5m`, `90s`, `4:30`. Null when unusable. */
export function parseDuration(input: string): number | null {
  const text = input.trim().toLowerCase();
  let ms: number;
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  const unit = /^(\d+(?:\.\d+)?)\s*(m|min|s|sec)?$/.exec(text);
  if (clock) ms = (Number(clock[1]) * 60 + Number(clock[2])) * 1000;
  else if (unit) ms = Number(unit[1]) * (unit[2]?.startsWith('s') ? 1000 : 60_000);
  else return null;
  if (!Number.isFinite(ms) || ms <= 0 || ms > 8 * 3600_000) return null;
  return Math.round(ms);
}
