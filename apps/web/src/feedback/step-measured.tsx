import {
  MEASURED_MIN_RESPONSES,
  measuredByPeriod,
  type ServiceDeskFigure,
  statsOfHistogram,
  stepHistogram,
} from '@journeyboard/journey';
import { memo, useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { useFeedbackResults } from './use-feedback-results';
import { useServiceDeskFigures } from './use-service-desk';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * The selected step's customer scores in the inspector, as text for everyone on the board (the canvas
 * draws the same as the measured curve): n, mean, median, the middle half and the latest months.
 */
export const StepMeasured = memo(function StepMeasured({ stepId }: { readonly stepId: string }) {
  const { docs } = useBoard();
  const results = useFeedbackResults(docs.session);
  const desk = useServiceDeskFigures(docs.content).get(stepId);
  const view = useMemo(() => {
    const days = results.cells.get(stepId);
    const stats = statsOfHistogram(stepHistogram(days));
    return stats ? { stats, months: measuredByPeriod(results.cells, stepId, 'month').slice(-3) } : null;
  }, [results, stepId]);
  const deskMonths = desk ? [...desk].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(-3) : [];
  if (!view) return deskMonths.length > 0 ? <ServiceDesk months={deskMonths} /> : null;
  const { stats, months } = view;
  return (
    <>
      {deskMonths.length > 0 && <ServiceDesk months={deskMonths} />}
      <section className="step-measured" aria-label="Measured by customers">
        <h3>Measured by customers</h3>
        <p>
          Mean {fmt(stats.mean)}, median {fmt(stats.median)}, middle half {fmt(stats.q1)}–{fmt(stats.q3)} · n
          = {stats.n}
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
    </>
  );
});

const minutes = (m: number | null) =>
  m === null
    ? '–'
    : m < 90
      ? `${Math.round(m)} min`
      : m < 48 * 60
        ? `${fmt(m / 60)} h`
        : `${fmt(m / 1440)} days`;

/** The step's service-desk figures per month (latest three), from imported ticket exports. */
function ServiceDesk({ months }: { readonly months: readonly [string, ServiceDeskFigure][] }) {
  return (
    <section className="step-measured" aria-label="Service desk">
      <h3>Service desk</h3>
      <ul>
        {months.map(([month, f]) => (
          <li key={month}>
            {month}: {f.volume} tickets, first response {minutes(f.medianFirstResponseMinutes)}, resolved in{' '}
            {minutes(f.medianResolutionMinutes)} (medians), CSAT{' '}
            {f.csat === null ? '–' : `${fmt(f.csat)}% (n = ${f.csatResponses})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
