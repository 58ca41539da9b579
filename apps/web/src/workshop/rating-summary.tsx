import { EMOTIONS, type Rating, ratingDistribution, ratingsVisibleTo } from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { useCollectionDerived } from '../board/use-journey';
import { selectRatingVisibility, useSessionSelector } from './use-session';

function sameRatings(a: readonly Rating[], b: readonly Rating[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/** One step's ratings, re-rendering only when a rating of this step changes. */
function useStepRatings(stepId: string): readonly Rating[] {
  const { docs } = useBoard();
  const derive = useCallback((all: readonly Rating[]) => all.filter((r) => r.stepId === stepId), [stepId]);
  return useCollectionDerived(docs.content, 'rating', derive, sameRatings);
}

/**
 * What everyone may see of a step's ratings: before the reveal only how many came in (and your own);
 * after it the distribution of scores and feelings, with mean and range.
 */
export const RatingSummary = memo(function RatingSummary({
  stepId,
  stepTitle,
}: {
  readonly stepId: string;
  readonly stepTitle: string;
}) {
  const { docs, user, role } = useBoard();
  const visibility = useSessionSelector(docs.session, selectRatingVisibility);
  const all = useStepRatings(stepId);
  const visible = ratingsVisibleTo(all, visibility, { id: user.id, role });
  if (visibility === 'hidden') {
    return (
      <p className="workshop-rating-summary" data-testid={`rating-summary-${stepId}`}>
        {all.length} {all.length === 1 ? 'rating' : 'ratings'} in for {stepTitle}; hidden until the reveal.
      </p>
    );
  }
  const d = ratingDistribution(visible, stepId);
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
                <span className="workshop-histogram__label">{i + 1}</span>
              </li>
            ))}
          </ol>
          {d.byEmotion.length > 0 ? (
            <p className="workshop-rating-summary__emotions">
              {d.byEmotion.map((e) => `${EMOTIONS[e.label].emoji} ${e.count}`).join('  ')}
            </p>
          ) : null}
        </>
      ) : null}
    </figure>
  );
});
