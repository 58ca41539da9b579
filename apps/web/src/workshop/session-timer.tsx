import {
  addSessionTimerMinute,
  pauseSessionTimer,
  resetSessionTimer,
  resumeSessionTimer,
  startSessionTimer,
  type TimerState,
} from '@journeyboard/journey';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useBoard } from '../board/board-context';
import { canRunSession } from '../board/permissions';
import { formatMinutes } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import { playChime } from './beep';
import { type CountdownView, countdownView, nextTickDelay, parseDuration, shouldRing } from './countdown';
import { serverNow } from './server-offset-store';
import {
  offeredTimerActions,
  TIMER_ACTION_TEXT,
  type TimerAction,
  type TimerPhase,
  timerPhase,
} from './timer-actions';
import { useServerOffset } from './use-server-offset';
import { sameJson, selectTimer, useSessionSelector } from './use-session';
import { WORKSHOP_ORIGIN } from './workshop-origin';

/** Re-renders just after each displayed second changes, computing from the shared end time each time. */
function useCountdown(timer: TimerState): CountdownView {
  const offset = useServerOffset();
  const [, setTick] = useState(0);
  const view = countdownView(timer, Date.now(), offset);
  useEffect(() => {
    if (view.status !== 'running' || view.expired) return;
    const id = setTimeout(() => setTick((n) => n + 1), nextTickDelay(view));
    return () => clearTimeout(id);
  });
  return view;
}

const TimerDisplay = memo(function TimerDisplay({ view }: { readonly view: CountdownView }) {
  const t = useT();
  const previous = useRef<CountdownView | null>(null);
  useEffect(() => {
    if (shouldRing(previous.current, view)) playChime();
    previous.current = view;
  });
  return (
    <div
      className={`workshop-timer workshop-timer--${view.status}${view.expired ? ' workshop-timer--expired' : ''}`}
      data-testid="workshop-timer"
    >
      <span
        role="timer"
        aria-label={t('workshop.timer.label')}
        aria-live="off"
        className="workshop-timer__time"
      >
        {view.label}
      </span>
      {view.status === 'paused' ? (
        <span className="workshop-timer__note">{t('workshop.timer.paused')}</span>
      ) : null}
      {view.expired ? (
        <span className="workshop-timer__note" role="alert">
          {t('workshop.timer.up')}
        </span>
      ) : null}
      <span className="workshop-timer__bar" aria-hidden="true">
        <span style={{ width: `${Math.round(view.progress * 100)}%` }} />
      </span>
    </div>
  );
});

/** Writes one timer action to the session document (the relay takes the `timer` from the facilitator). */
function runTimerAction(doc: Y.Doc, action: TimerAction, durationMs: number, typedMs: number | null): void {
  switch (action) {
    case 'start':
      if (typedMs !== null) startSessionTimer(doc, typedMs, WORKSHOP_ORIGIN, serverNow);
      return;
    case 'restart':
      startSessionTimer(doc, durationMs, WORKSHOP_ORIGIN, serverNow);
      return;
    case 'pause':
      pauseSessionTimer(doc, WORKSHOP_ORIGIN, serverNow);
      return;
    case 'resume':
      resumeSessionTimer(doc, WORKSHOP_ORIGIN, serverNow);
      return;
    case 'add-minute':
      addSessionTimerMinute(doc, WORKSHOP_ORIGIN, serverNow);
      return;
    case 'reset':
    case 'stop':
      resetSessionTimer(doc, WORKSHOP_ORIGIN);
      return;
  }
}

const TimerControls = memo(function TimerControls({
  phase,
  durationMs,
}: {
  readonly phase: TimerPhase;
  readonly durationMs: number;
}) {
  const { docs } = useBoard();
  const t = useT();
  const language = useLanguage();
  const doc = docs.session;
  const [duration, setDuration] = useState('5');
  const parsed = parseDuration(duration);
  const run = useCallback(
    (action: TimerAction) => runTimerAction(doc, action, durationMs, parsed),
    [doc, durationMs, parsed],
  );
  const offered = offeredTimerActions(phase, durationMs);
  // One button each that changes its words with the timer (Pause, Resume, Restart; Reset, Stop), so the
  // keyboard stays on it when the facilitator presses it or the time runs out.
  const toggle = offered.find((a) => a === 'pause' || a === 'resume' || a === 'restart');
  const end = offered.find((a) => a === 'reset' || a === 'stop');
  const button = (action: Exclude<TimerAction, 'add-minute'>, disabled = false) => (
    <button
      type="button"
      // Beside the timer a verb says enough on screen; the name says which timer, for screen readers.
      aria-label={t(TIMER_ACTION_TEXT[action].name)}
      onClick={() => run(action)}
      disabled={disabled}
    >
      {t(TIMER_ACTION_TEXT[action].label)}
    </button>
  );
  return (
    <div className="workshop-timer__controls">
      <input
        className="workshop-timer__duration"
        aria-label={t('workshop.timer.duration')}
        aria-invalid={parsed === null}
        value={duration}
        onChange={(e) => setDuration(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') run('start');
        }}
        size={5}
      />
      {button('start', parsed === null)}
      {toggle ? button(toggle) : null}
      {offered.includes('add-minute') ? (
        <button type="button" aria-label={t('workshop.timer.add-minute')} onClick={() => run('add-minute')}>
          +{formatMinutes(language, 1)}
        </button>
      ) : null}
      {end ? button(end) : null}
    </div>
  );
});

export const SessionTimer = memo(function SessionTimer() {
  const { docs, role } = useBoard();
  const timer = useSessionSelector(docs.session, selectTimer, sameJson);
  const view = useCountdown(timer);
  return (
    <div className="workshop-timer-group">
      <TimerDisplay view={view} />
      {canRunSession(role) ? <TimerControls phase={timerPhase(view)} durationMs={timer.durationMs} /> : null}
    </div>
  );
});
