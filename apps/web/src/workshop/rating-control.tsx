import { EMOTIONS, type EmotionLabel, listEmotions } from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { canRate } from './permissions';
import { useOwnBallots } from './use-ballots';
import { selectLocked, selectRatingsNamed, useSessionSelector } from './use-session';

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A participant's own rating of one step in two taps: a feeling (which suggests a score) and a score.
 * The rating is a secret ballot cast through the relay: only this person ever gets it back (see
 * docs/architecture.md, "Secret ballots"); everyone else sees a count until the facilitator reveals.
 */
export const RatingControl = memo(function RatingControl({
  stepId,
  stepTitle,
  compact = false,
  label,
}: {
  readonly stepId: string;
  readonly stepTitle: string;
  readonly compact?: boolean;
  /** The group's accessible name, when several rating controls for one step can be on screen. */
  readonly label?: string;
}) {
  const { docs, user, role, ballots } = useBoard();
  const locked = useSessionSelector(docs.session, selectLocked);
  const named = useSessionSelector(docs.session, selectRatingsNamed);
  const mine = useOwnBallots().mine.ratings.find((r) => r.stepId === stepId) ?? null;
  const enabled = canRate(role, { phase: 'mapping', locked });
  const pickEmotion = useCallback(
    (label: EmotionLabel) => {
      const score = mine?.score ?? EMOTIONS[label].typicalScore;
      void ballots.rate(stepId, { score, emotion: label, name: user.name });
    },
    [ballots, stepId, user.name, mine?.score],
  );
  const pickScore = useCallback(
    (score: number) => {
      void ballots.rate(stepId, { score, emotion: mine?.emotion ?? null, name: user.name });
    },
    [ballots, stepId, user.name, mine?.emotion],
  );
  if (role !== 'participant') return null;
  return (
    <fieldset
      className={`workshop-rating${compact ? ' workshop-rating--compact' : ''}`}
      aria-label={label ?? `Your rating of ${stepTitle}`}
      disabled={!enabled}
    >
      <legend>
        Your rating{mine ? `: ${EMOTIONS[mine.emotion ?? 'neutral'].emoji} ${mine.score}/10` : ''}
      </legend>
      <div className="workshop-rating__emotions">
        {listEmotions().map((e) => (
          <button
            key={e.label}
            type="button"
            aria-label={`Feeling ${e.name}`}
            aria-pressed={mine?.emotion === e.label}
            title={e.name}
            onClick={() => pickEmotion(e.label)}
          >
            {e.emoji}
          </button>
        ))}
      </div>
      <div className="workshop-rating__scores">
        {SCORES.map((score) => (
          <button
            key={score}
            type="button"
            aria-label={`Score ${score} of 10`}
            aria-pressed={mine?.score === score}
            onClick={() => pickScore(score)}
          >
            {score}
          </button>
        ))}
      </div>
      {mine ? (
        <button
          type="button"
          className="workshop-rating__withdraw"
          onClick={() => void ballots.withdraw(stepId)}
        >
          Withdraw my rating
        </button>
      ) : null}
      {named ? (
        <p className="workshop-rating__named">
          Named ratings: your name is shown beside your score at the reveal.
        </p>
      ) : null}
    </fieldset>
  );
});
