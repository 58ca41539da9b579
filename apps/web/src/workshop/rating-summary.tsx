import {
  anonymousRatings,
  type Rating,
  ratingCountOf,
  ratingDistribution,
  type StepRatingResult,
} from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { useCollectionDerived } from '../board/use-journey';
import { formatNumber } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import { FaceIcon } from '../look/face-icon';
import { useBallotResults } from './use-ballots';
import { selectRatingVisibility, useSessionSelector } from './use-session';

function sameRatings(a: readonly Rating[], b: readonly Rating[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/** Ratings an older version kept in the content document for this step (read as revealed data). */
function useLegacyRatings(stepId: string): readonly Rating[] {
  const { docs } = useBoard();
  const derive = useCallback((all: readonly Rating[]) => all.filter((r) => r.stepId === stepId), [stepId]);
  return useCollectionDerived(docs.content, 'rating', derive, sameRatings);
}

const NO_NAMES: StepRatingResult['named'] = [];

/**
 * What everyone may see of a step's ratings: before the reveal only how many came in (your own is in
 * your rating control); after it the distribution of scores (each with its face), mean and range, and the
 * names of those who rated while named ratings were on.
 */
export const RatingSummary = memo(function RatingSummary({
  stepId,
  stepTitle,
}: {
  readonly stepId: string;
  readonly stepTitle: string;
}) {
  const { docs } = useBoard();
  const t = useT();
  const language = useLanguage();
  const visibility = useSessionSelector(docs.session, selectRatingVisibility);
  const results = useBallotResults();
  const legacy = useLegacyRatings(stepId);
  if (visibility === 'hidden') {
    const count = ratingCountOf(results, legacy, stepId);
    return (
      <p className="workshop-rating-summary" data-testid={`rating-summary-${stepId}`}>
        {t('workshop.summary.hidden', { count, step: stepTitle })}
      </p>
    );
  }
  const published = results.ratingResults.get(stepId);
  const revealed = [...legacy, ...(published ? anonymousRatings(new Map([[stepId, published]])) : [])];
  const d = ratingDistribution(revealed, stepId);
  const named = published?.named ?? NO_NAMES;
  return (
    <figure className="workshop-rating-summary" data-testid={`rating-summary-${stepId}`}>
      <figcaption>
        {d.count === 0
          ? t('workshop.summary.none', { step: stepTitle })
          : t('workshop.summary.revealed', {
              step: stepTitle,
              count: d.count,
              mean: formatNumber(language, d.mean ?? 0, {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
              }),
              min: d.min ?? 0,
              max: d.max ?? 0,
            })}
      </figcaption>
      {d.count > 0 ? (
        <>
          <ol className="workshop-histogram" aria-label={t('workshop.summary.scores', { step: stepTitle })}>
            {d.byScore.map((n, i) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: the index is the score, a fixed scale
                key={i}
                title={`${n} × ${i + 1}`}
                aria-label={t('workshop.summary.score', { score: i + 1, count: n })}
              >
                <span className="workshop-histogram__bar" style={{ height: `${(n / d.count) * 100}%` }} />
                <FaceIcon value={i + 1} size={12} />
                <span className="workshop-histogram__label">{i + 1}</span>
              </li>
            ))}
          </ol>
          {named.length > 0 ? (
            <ul
              className="workshop-rating-summary__named"
              aria-label={t('workshop.summary.named', { step: stepTitle })}
            >
              {named.map((n, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; the list is re-sent whole
                <li key={i}>
                  {n.name}: <FaceIcon value={n.score} size={14} /> {n.score}/10
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </figure>
  );
});
