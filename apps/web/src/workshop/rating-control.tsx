import { memo, useCallback, useId, useState } from 'react';
import { useBoard } from '../board/board-context';
import { canRate } from '../board/permissions';
import { useT } from '../i18n/use-t';
import { FaceIcon } from '../look/face-icon';
import { moodOf } from '../look/faces';
import { RatingScale } from '../look/rating-scale';
import { useBallotsStore } from './board-ballots';
import { MOOD_NAME_KEYS } from './mood-names';
import { useOwnBallots } from './use-ballots';
import { selectLocked, selectRatingsNamed, useSessionSelector } from './use-session';

/**
 * A participant's own rating of one step: one scale of faces and scores (1–10), one choice. The rating
 * is a secret ballot cast through the relay: only this person ever gets it back (see
 * docs/architecture.md, "Secret ballots"); everyone else sees a count until the facilitator reveals.
 * The value just chosen shows as chosen at once, while the relay confirms it.
 */
export const RatingControl = memo(function RatingControl({
  stepId,
  stepTitle,
  label,
}: {
  readonly stepId: string;
  readonly stepTitle: string;
  /** The group's accessible name, when several rating controls for one step can be on screen. */
  readonly label?: string;
}) {
  const { docs, user, role } = useBoard();
  const ballots = useBallotsStore();
  const t = useT();
  const locked = useSessionSelector(docs.session, selectLocked);
  const named = useSessionSelector(docs.session, selectRatingsNamed);
  const own = useOwnBallots().mine;
  const mine = own.ratings.find((r) => r.stepId === stepId) ?? null;
  const [sending, setSending] = useState<number | null>(null);
  const statusId = useId();
  const enabled = canRate(role, { phase: 'mapping', locked });
  const choose = useCallback(
    (score: number) => {
      setSending(score);
      const emotion = moodOf(score)?.emotion ?? null;
      void ballots.rate(stepId, { score, emotion, name: user.name }).finally(() => setSending(null));
    },
    [ballots, stepId, user.name],
  );
  if (role !== 'participant') return null;
  const shown = sending ?? mine?.score ?? null;
  const groupLabel = label ?? t('workshop.rating.group', { step: stepTitle });
  const mood = shown === null ? null : moodOf(shown);
  return (
    <div className="workshop-rating">
      <p className="workshop-rating__status" id={statusId} aria-live="polite">
        {shown === null ? (
          t('workshop.rating.none')
        ) : (
          <>
            <FaceIcon value={shown} size={16} />{' '}
            {t('workshop.rating.mine', { score: shown, mood: mood ? t(MOOD_NAME_KEYS[mood.key]) : '' })}
            {sending !== null ? ` ${t('workshop.rating.sending')}` : ''}
          </>
        )}
      </p>
      <RatingScale
        label={groupLabel}
        value={shown}
        onChoose={choose}
        disabled={!enabled}
        describedBy={statusId}
      />
      <p className="workshop-rating__hint">
        {t(
          locked
            ? 'workshop.rating.hint-locked'
            : named
              ? 'workshop.rating.hint-named'
              : 'workshop.rating.hint-secret',
        )}
        {mine && sending === null ? (
          <>
            {' '}
            <button
              type="button"
              className="workshop-rating__withdraw"
              disabled={!enabled}
              onClick={() => void ballots.withdraw(stepId)}
            >
              {t('workshop.rating.withdraw')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
});
