import {
  MEASURED_MIN_RESPONSES,
  measuredByPeriod,
  type ServiceDeskFigure,
  statsOfHistogram,
  stepHistogram,
} from '@journeyboard/journey';
import { memo, useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { formatScore } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import { deskDuration } from './service-desk-columns';
import { useFeedbackResults } from './use-feedback-results';
import { useServiceDeskFigures } from './use-service-desk';

/**
 * The selected step's customer scores in the inspector, as text for everyone on the board (the canvas
 * draws the same as the measured curve): n, mean, median, the middle half and the latest months.
 */
export const StepMeasured = memo(function StepMeasured({ stepId }: { readonly stepId: string }) {
  const t = useT();
  const language = useLanguage();
  const fmt = (n: number) => formatScore(language, n);
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
      <section className="step-measured" aria-label={t('feedback.measured.title')}>
        <h3>{t('feedback.measured.title')}</h3>
        <p>
          {t('feedback.step.stats', {
            mean: fmt(stats.mean),
            median: fmt(stats.median),
            q1: fmt(stats.q1),
            q3: fmt(stats.q3),
            n: String(stats.n),
          })}
          {stats.n < MEASURED_MIN_RESPONSES
            ? ` ${t('feedback.step.counts-from', { min: String(MEASURED_MIN_RESPONSES) })}`
            : ''}
        </p>
        {months.length > 1 && (
          <ul>
            {months.map(({ period, stats: m }) => (
              <li key={period}>{t('feedback.step.month', { period, mean: fmt(m.mean), n: String(m.n) })}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
});

/** The step's service-desk figures per month (latest three), from imported ticket exports. */
function ServiceDesk({ months }: { readonly months: readonly [string, ServiceDeskFigure][] }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="step-measured" aria-label={t('feedback.step.service-desk')}>
      <h3>{t('feedback.step.service-desk')}</h3>
      <ul>
        {months.map(([month, f]) => (
          <li key={month}>
            {t('feedback.step.service-desk-month', {
              month,
              volume: String(f.volume),
              first: deskDuration(t, language, f.medianFirstResponseMinutes),
              resolved: deskDuration(t, language, f.medianResolutionMinutes),
              csat:
                f.csat === null
                  ? '–'
                  : t('feedback.step.csat', {
                      percent: formatScore(language, f.csat),
                      n: String(f.csatResponses),
                    }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
