import { memo, useId } from 'react';
import { FaceIcon } from '../look/face-icon';
import { moodOf } from '../look/faces';
import { RatingScale } from '../look/rating-scale';
import './consensus-score.css';

/** "4 of 10, Unhappy", or "not set". */
export function consensusText(score: number | null): string {
  return score === null ? 'not set' : `${score} of 10, ${moodOf(score)?.name ?? ''}`;
}

/**
 * The facilitator's consensus score of a step, apart from everyone's own ratings: what the room agreed
 * on after hearing the ratings, and what the curve's solid line shows. The facilitator sets it on the
 * same scale of faces; everyone else reads it.
 */
export const ConsensusScore = memo(function ConsensusScore({
  score,
  stepTitle,
  decides,
  onChange,
}: {
  readonly score: number | null;
  readonly stepTitle: string;
  /** Whether this person may set it (the facilitator). */
  readonly decides: boolean;
  readonly onChange: (score: number | null) => void;
}) {
  const headingId = useId();
  const hintId = useId();
  return (
    <section className="consensus" aria-labelledby={headingId}>
      <h3 id={headingId} className="consensus__title">
        Consensus score <span className="consensus__who">(facilitator)</span>
      </h3>
      <p className="consensus__value">
        <FaceIcon value={score} size={18} />
        <span>{consensusText(score)}</span>
      </p>
      {decides ? (
        <>
          <p id={hintId} className="consensus__hint">
            What the room agreed on; the curve’s solid line follows it. Participants’ own ratings stay secret
            until you reveal them.
          </p>
          <RatingScale
            label={`Consensus score of ${stepTitle}`}
            value={score}
            onChoose={onChange}
            tone="consensus"
            describedBy={hintId}
          />
          {score !== null ? (
            <button type="button" className="button button--small" onClick={() => onChange(null)}>
              Clear consensus score
            </button>
          ) : null}
        </>
      ) : (
        <p className="consensus__hint">
          Set by the facilitator with the room; the curve’s solid line follows it.
        </p>
      )}
    </section>
  );
});
