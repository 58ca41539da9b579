import { type Opportunity, type Remeasure, remeasureStep } from '@journeyboard/journey';
import { useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { formatDate, formatScore } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import { useLanguage, useT } from '../i18n/use-t';
import { useFeedbackResults } from './use-feedback-results';

/** One step's re-measure as a sentence: before → after, the change, and whether it beats the noise. */
export function remeasureText(t: Translate, language: string, title: string, r: Remeasure): string {
  if (!r.before || !r.after || r.change === null) {
    return t('feedback.remeasure.too-few', {
      step: title,
      before: String(r.before?.n ?? 0),
      after: String(r.after?.n ?? 0),
    });
  }
  const fmt = (n: number) => formatScore(language, n);
  const sign = r.change > 0 ? '+' : r.change < 0 ? '−' : '±';
  return t('feedback.remeasure.result', {
    step: title,
    from: fmt(r.before.mean),
    to: fmt(r.after.mean),
    nBefore: String(r.before.n),
    nAfter: String(r.after.n),
    change: `${sign}${fmt(Math.abs(r.change))}`,
    verdict: r.verdict === 'larger' || r.verdict === 'within' ? r.verdict : 'few',
  });
}

/** A done day (yyyy-mm-dd) as the reader writes dates; as it is when it is not one. */
function doneDay(language: string, day: string): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(at) ? day : formatDate(language, at, { dateStyle: 'medium', timeZone: 'UTC' });
}

/**
 * Re-measuring a done opportunity: each linked step's customer scores before and after the day it was
 * done (Welch's test, see packages/journey/src/analytics/remeasure.ts). Nothing before it is done.
 */
export function OpportunityRemeasure({
  opportunity,
  stepTitles,
}: {
  readonly opportunity: Opportunity;
  readonly stepTitles: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const language = useLanguage();
  const { docs } = useBoard();
  const results = useFeedbackResults(docs.session);
  const lines = useMemo(() => {
    const day = opportunity.doneAt;
    if (opportunity.status !== 'done' || !day) return [];
    return opportunity.stepIds
      .filter((id) => results.cells.has(id))
      .map((id) =>
        remeasureText(
          t,
          language,
          stepTitles.get(id) || t('feedback.remeasure.a-step'),
          remeasureStep(results.cells, id, day),
        ),
      );
  }, [opportunity, results, stepTitles, t, language]);
  if (lines.length === 0) return null;
  const day = doneDay(language, opportunity.doneAt ?? '');
  return (
    <section className="remeasure" aria-label={t('feedback.remeasure.label', { date: day })}>
      <span className="after-muted">{t('feedback.remeasure.heading', { date: day })}</span>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
