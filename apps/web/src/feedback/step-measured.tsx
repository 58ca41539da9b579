import {
  MEASURED_MIN_RESPONSES,
  measuredByPeriod,
  statsOfHistogram,
  stepHistogram,
} from '@journeyboard/journey';
import { memo, useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { useFeedbackResults } from './use-feedback-results';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * The selected step's customer scores in the inspector, as text for everyone on the board (the canvas
 * draws the same as the measured curve): n, mean, median, the middle half and the latest months.
 */
export const StepMeasured = memo(function StepMeasured({ stepId }: { readonly stepId: string }) {
  const { docs } = useBoard();
  const results = useFeedbackResults(docs.session);
  const view = useMemo(() => {
    const days = results.cells.get(stepId);
    const stats = statsOfHistogram(stepHistogram(days));
    return stats ? { stats, months: measuredByPeriod(results.cells, stepId, 'month').slice(-3) } : null;
  }, [results, stepId]);
  if (!view) return null;
  const { stats, months } = view;
  return (
    <section className="step-measured" aria-label="Measured by customers">
      <h3>Measured by customers</h3>
      <p>
        Mean {fmt(stats.mean)}, median {fmt(stats.median)}, middle half {fmt(stats.q1)}–{fmt(stats.q3)} · n ={' '}
        {stats.n}
        {stats.n < MEASURED_MIN_RESPONSES ? ` (counts from ${MEASURED_MIN_RESPONSES} responses)` : ''}
      </p>
      {months.length > 1 && (
        <ul>
          {months.map(({ period, stats: m }) => (
            <li key={period}>
              {period}: mean {fmt(m.mean)}, n = {m.n}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
