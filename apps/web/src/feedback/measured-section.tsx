import {
  type BoardSnapshot,
  emotionCurve,
  type FeedbackResults,
  MEASURED_MIN_RESPONSES,
  measuredByStep,
  suggestMeasuredMoments,
} from '@journeyboard/journey';
import { useMemo } from 'react';
import { highlightedDisagreements } from './measured-geometry';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

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
      <h3 id="feedback-measured-title">Measured by customers</h3>
      <p>
        {results.responses} {results.responses === 1 ? 'response' : 'responses'} in all. A step’s measured
        score counts for moments of truth from {MEASURED_MIN_RESPONSES} responses on.
      </p>
      <table className="feedback-panel__table">
        <caption className="visually-hidden">Workshop and customer scores per step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Workshop</th>
            <th scope="col">Customers</th>
            <th scope="col">n</th>
            <th scope="col">Middle half</th>
          </tr>
        </thead>
        <tbody>
          {view.curve.map((point) => {
            const stats = view.measured.get(point.stepId);
            const flagged = view.flagged.has(point.stepId);
            return (
              <tr key={point.stepId} className={flagged ? 'is-flagged' : undefined}>
                <th scope="row">
                  {point.title || 'Untitled step'}
                  {flagged && <span className="feedback-panel__flag"> disagree</span>}
                </th>
                <td>{point.value === null ? '–' : fmt(point.value)}</td>
                <td>{stats ? `${fmt(stats.mean)} (median ${fmt(stats.median)})` : '–'}</td>
                <td>{stats ? stats.n : 0}</td>
                <td>{stats ? `${fmt(stats.q1)}–${fmt(stats.q3)}` : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {view.moments.length > 0 && (
        <>
          <h4>Moments of truth, measured</h4>
          <ul>
            {view.moments.map((m) => (
              <li key={`${m.kind}-${m.stepId}`}>{m.reason}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
