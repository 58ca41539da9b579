import {
  addSessionTimerMinute,
  pauseSessionTimer,
  resetSessionTimer,
  resumeSessionTimer,
  startSessionTimer,
  type TimerState,
} from '@journeyboard/journey';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useBoard } from '../board/board-context';
import { canRunSession } from '../board/permissions';
import { formatMinutes } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import { playChime } from './beep';
import { type CountdownView, countdownView, nextTickDelay, parseDuration, shouldRing } from './countdown';
import { serverNow } from './server-offset-store';
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

const TimerDisplay = memo(function TimerDisplay({ timer }: { readonly timer: TimerState }) {
  const t = useT();
  const view = useCountdown(timer);
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

const TimerControls = memo(function TimerControls({ timer }: { readonly timer: TimerState }) {
  const { docs } = useBoard();
  const t = useT();
  const language = useLanguage();
  const doc = docs.session;
  const [duration, setDuration] = useState('5');
  const parsed = parseDuration(duration);
  const start = useCallback(() => {
    if (parsed !== null) startSessionTimer(doc, parsed, WORKSHOP_ORIGIN, serverNow);
  }, [doc, parsed]);
  return (
    <div className="workshop-timer__controls">
      <input
        className="workshop-timer__duration"
        aria-label={t('workshop.timer.duration')}
        aria-invalid={parsed === null}
        value={duration}
        onChange={(e) => setDuration(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') start();
        }}
        size={5}
      />
      {/* Beside the timer a verb says enough on screen; the name says which timer, for screen readers. */}
      <button type="button" aria-label={t('workshop.timer.start')} onClick={start} disabled={parsed === null}>
        {t('workshop.timer.start-short')}
      </button>
      {/* One button that turns from Pause into Resume and back, so the keyboard stays on it. */}
      {timer.status === 'running' || timer.status === 'paused' ? (
        <button
          type="button"
          aria-label={t(timer.status === 'running' ? 'workshop.timer.pause' : 'workshop.timer.resume')}
          onClick={() =>
            timer.status === 'running'
              ? pauseSessionTimer(doc, WORKSHOP_ORIGIN, serverNow)
              : resumeSessionTimer(doc, WORKSHOP_ORIGIN, serverNow)
          }
        >
          {t(timer.status === 'running' ? 'workshop.timer.pause-short' : 'workshop.timer.resume-short')}
        </button>
      ) : null}
      <button
        type="button"
        aria-label={t('workshop.timer.add-minute')}
        onClick={() => addSessionTimerMinute(doc, WORKSHOP_ORIGIN, serverNow)}
      >
        +{formatMinutes(language, 1)}
      </button>
      <button
        type="button"
        aria-label={t('workshop.timer.reset')}
        onClick={() => resetSessionTimer(doc, WORKSHOP_ORIGIN)}
      >
        {t('workshop.timer.reset-short')}
      </button>
    </div>
  );
});

export const SessionTimer = memo(function SessionTimer() {
  const { docs, role } = useBoard();
  const timer = useSessionSelector(docs.session, selectTimer, sameJson);
  return (
    <div className="workshop-timer-group">
      <TimerDisplay timer={timer} />
      {canRunSession(role) ? <TimerControls timer={timer} /> : null}
    </div>
  );
});
