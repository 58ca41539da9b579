import { type Opportunity, type Remeasure, remeasureStep } from '@journeyboard/journey';
import { useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { useFeedbackResults } from './use-feedback-results';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** One step's re-measure as a sentence: before → after, the change, and whether it beats the noise. */
export function remeasureText(title: string, r: Remeasure): string {
  if (!r.before || !r.after || r.change === null) {
    const before = r.before?.n ?? 0;
    const after = r.after?.n ?? 0;
    return `${title}: not enough customer responses yet (${before} before, ${after} after).`;
  }
  const sign = r.change > 0 ? '+' : r.change < 0 ? '−' : '±';
  const verdict =
    r.verdict === 'larger'
      ? 'larger than the noise'
      : r.verdict === 'within'
        ? 'within the noise'
        : 'too few responses to judge';
  return `${title}: ${fmt(r.before.mean)} → ${fmt(r.after.mean)} (n ${r.before.n} → ${r.after.n}), ${sign}${fmt(Math.abs(r.change))}, ${verdict}.`;
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
  const { docs } = useBoard();
  const results = useFeedbackResults(docs.session);
  const lines = useMemo(() => {
    const day = opportunity.doneAt;
    if (opportunity.status !== 'done' || !day) return [];
    return opportunity.stepIds
      .filter((id) => results.cells.has(id))
      .map((id) => remeasureText(stepTitles.get(id) || 'A step', remeasureStep(results.cells, id, day)));
  }, [opportunity, results, stepTitles]);
  if (lines.length === 0) return null;
  return (
    <section className="remeasure" aria-label={`Re-measured after ${opportunity.doneAt}`}>
      <span className="after-muted">Re-measured after {opportunity.doneAt}:</span>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
