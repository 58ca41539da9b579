// Timer arithmetic for the workshop timer. The shared state holds an absolute end time (not a ticking
// counter), so every client computes the same remaining time from its own clock and nobody has to write
// to the document every second. All functions are pure; `now` is milliseconds since the epoch.

export const TIMER_STATUSES = ['idle', 'running', 'paused'] as const;
export type TimerStatus = (typeof TIMER_STATUSES)[number];

export interface TimerState {
  readonly status: TimerStatus;
  /** The length the timer was set to (for reset and progress bars). */
  readonly durationMs: number;
  /** When running: the shared end time. Otherwise null. */
  readonly endsAt: number | null;
  /** When idle or paused: the time left. When running: unused (0). */
  readonly remainingMs: number;
}

export const MINUTE_MS = 60_000;

export function idleTimer(durationMs = 5 * MINUTE_MS): TimerState {
  const d = Math.max(0, durationMs);
  return { status: 'idle', durationMs: d, endsAt: null, remainingMs: d };
}

export function timerRemaining(state: TimerState, now: number): number {
  if (state.status === 'running') return Math.max(0, (state.endsAt ?? now) - now);
  return Math.max(0, state.remainingMs);
}

export function isTimerExpired(state: TimerState, now: number): boolean {
  return state.status === 'running' && timerRemaining(state, now) === 0;
}

/** Starts from idle (optionally with a new duration) or restarts with a new duration. */
export function startTimer(state: TimerState, now: number, durationMs?: number): TimerState {
  if (durationMs !== undefined) {
    const d = Math.max(0, durationMs);
    return { status: 'running', durationMs: d, endsAt: now + d, remainingMs: 0 };
  }
  if (state.status === 'running') return state;
  return { status: 'running', durationMs: state.durationMs, endsAt: now + state.remainingMs, remainingMs: 0 };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return {
    status: 'paused',
    durationMs: state.durationMs,
    endsAt: null,
    remainingMs: timerRemaining(state, now),
  };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return { status: 'running', durationMs: state.durationMs, endsAt: now + state.remainingMs, remainingMs: 0 };
}

/** Adds time (default one minute). An expired running timer restarts counting from now. */
export function addTime(state: TimerState, now: number, ms = MINUTE_MS): TimerState {
  if (state.status === 'running') {
    const base = Math.max(state.endsAt ?? now, now);
    return { ...state, durationMs: state.durationMs + ms, endsAt: base + ms };
  }
  return { ...state, durationMs: state.durationMs + ms, remainingMs: state.remainingMs + ms };
}

export function resetTimer(state: TimerState): TimerState {
  return idleTimer(state.durationMs);
}

/** `mm:ss` for display; rounds up so the display reaches 0:00 exactly when the timer ends. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
