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
  const visibility = useSessionSelector(docs.session, selectRatingVisibility);
  const results = useBallotResults();
  const legacy = useLegacyRatings(stepId);
  if (visibility === 'hidden') {
    const count = ratingCountOf(results, legacy, stepId);
    return (
      <p className="workshop-rating-summary" data-testid={`rating-summary-${stepId}`}>
        {count} {count === 1 ? 'rating' : 'ratings'} in for {stepTitle}; hidden until the reveal.
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
        {stepTitle}:{' '}
        {d.count === 0
          ? 'no ratings'
          : `${d.count} ${d.count === 1 ? 'rating' : 'ratings'}, mean ${d.mean!.toFixed(1)}, range ${d.min}–${d.max}`}
      </figcaption>
      {d.count > 0 ? (
        <>
          <ol className="workshop-histogram" aria-label={`Scores given to ${stepTitle}`}>
            {d.byScore.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the index is the score, a fixed scale
              <li key={i} title={`${n} × ${i + 1}`} aria-label={`Score ${i + 1}: ${n}`}>
                <span className="workshop-histogram__bar" style={{ height: `${(n / d.count) * 100}%` }} />
                <FaceIcon value={i + 1} size={12} />
                <span className="workshop-histogram__label">{i + 1}</span>
              </li>
            ))}
          </ol>
          {named.length > 0 ? (
            <ul className="workshop-rating-summary__named" aria-label={`Named ratings of ${stepTitle}`}>
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
