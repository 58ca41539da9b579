import {
  type BoardSnapshot,
  emotionCurve,
  type FeedbackResults,
  MEASURED_MIN_RESPONSES,
  type MeasuredStats,
  type MomentSuggestion,
  measuredByStep,
  measuredCurve,
  suggestMeasuredMoments,
} from '@journeyboard/journey';
import { useMemo } from 'react';
import { formatScore } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import { useLanguage, useT } from '../i18n/use-t';
import { highlightedDisagreements } from './measured-geometry';

type CurvePoints = ReturnType<typeof emotionCurve>;

/**
 * A measured moment of truth in the reader's language (the model's own sentence is English): what
 * kind, the scores and, for a drop or a rise, the step before it on the measured curve.
 */
export function momentText(
  t: Translate,
  language: string,
  moment: MomentSuggestion,
  curve: CurvePoints,
  measured: ReadonlyMap<string, MeasuredStats>,
): string {
  const scored = measuredCurve(curve, measured).filter((p) => p.value !== null);
  const at = scored.findIndex((p) => p.stepId === moment.stepId);
  const step = scored[at];
  const previous = at > 0 ? scored[at - 1] : undefined;
  const fmt = (n: number) => formatScore(language, n);
  const kind = { lowest: 'lowest', highest: 'highest', 'steepest-drop': 'drop', 'steepest-rise': 'rise' }[
    moment.kind
  ];
  const sentence = t('feedback.measured.moment', {
    kind,
    step: step?.title || t('feedback.untitled-step'),
    value: fmt(moment.value),
    change: fmt(Math.abs(moment.delta ?? 0)),
    from: fmt(moment.value - (moment.delta ?? 0)),
    previous: previous?.title || t('feedback.untitled-step'),
  });
  const n = measured.get(moment.stepId)?.n ?? 0;
  return n >= MEASURED_MIN_RESPONSES
    ? `${sentence} ${t('feedback.measured.moment-measured', { count: n })}`
    : sentence;
}

/** Each step's measured figures beside the workshop's score, the biggest disagreements, measured moments. */
export function MeasuredSection({
  board,
  journeyId,
  results,
}: {
  readonly board: BoardSnapshot;
  readonly journeyId: string;
  readonly results: FeedbackResults;
}) {
  const t = useT();
  const language = useLanguage();
  const fmt = (n: number) => formatScore(language, n);
  const view = useMemo(() => {
    const curve = emotionCurve(board, journeyId);
    const measured = measuredByStep(results.cells);
    const placed = curve.map((p) => ({
      stepId: p.stepId,
      column: p.index,
      title: p.title,
      assumed: p.value,
    }));
    const flagged = new Set(highlightedDisagreements(placed, measured).map((d) => d.stepId));
    const moments = suggestMeasuredMoments(curve, measured).filter(
      (m) => (measured.get(m.stepId)?.n ?? 0) >= MEASURED_MIN_RESPONSES,
    );
    return { curve, measured, flagged, moments };
  }, [board, journeyId, results]);
  return (
    <section className="feedback-panel__section" aria-labelledby="feedback-measured-title">
      <h3 id="feedback-measured-title">{t('feedback.measured.title')}</h3>
      <p>
        {t('feedback.measured.intro', {
          count: results.responses,
          min: String(MEASURED_MIN_RESPONSES),
        })}
      </p>
      <table className="feedback-panel__table">
        <caption className="visually-hidden">{t('feedback.measured.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.measured.step')}</th>
            <th scope="col">{t('feedback.measured.workshop')}</th>
            <th scope="col">{t('feedback.measured.customers')}</th>
            <th scope="col">n</th>
            <th scope="col">{t('feedback.measured.middle-half')}</th>
          </tr>
        </thead>
        <tbody>
          {view.curve.map((point) => {
            const stats = view.measured.get(point.stepId);
            const flagged = view.flagged.has(point.stepId);
            return (
              <tr key={point.stepId} className={flagged ? 'is-flagged' : undefined}>
                <th scope="row">
                  {point.title || t('feedback.untitled-step')}
                  {flagged && (
                    <span className="feedback-panel__flag"> {t('feedback.measured.disagree')}</span>
                  )}
                </th>
                <td>{point.value === null ? '–' : fmt(point.value)}</td>
                <td>
                  {stats
                    ? t('feedback.measured.mean-median', { mean: fmt(stats.mean), median: fmt(stats.median) })
                    : '–'}
                </td>
                <td>{stats ? stats.n : 0}</td>
                <td>{stats ? `${fmt(stats.q1)}–${fmt(stats.q3)}` : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {view.moments.length > 0 && (
        <>
          <h4>{t('feedback.measured.moments')}</h4>
          <ul>
            {view.moments.map((m) => (
              <li key={`${m.kind}-${m.stepId}`}>{momentText(t, language, m, view.curve, view.measured)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
