import { memo, useId } from 'react';
import { useT } from '../i18n/use-t';
import { FaceIcon } from '../look/face-icon';
import { RatingScale } from '../look/rating-scale';
import { consensusText } from './consensus-text';
import './consensus-score.css';

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
  const t = useT();
  const headingId = useId();
  const hintId = useId();
  return (
    <section className="consensus" aria-labelledby={headingId}>
      <h3 id={headingId} className="consensus__title">
        {t('panels.consensus.title')} <span className="consensus__who">{t('panels.consensus.who')}</span>
      </h3>
      <p className="consensus__value">
        <FaceIcon value={score} size={18} />
        <span>{consensusText(t, score)}</span>
      </p>
      {decides ? (
        <>
          <p id={hintId} className="consensus__hint">
            {t('panels.consensus.hint-facilitator')}
          </p>
          <RatingScale
            label={t('panels.consensus.scale-label', { step: stepTitle })}
            value={score}
            onChoose={onChange}
            tone="consensus"
            describedBy={hintId}
          />
          {score !== null ? (
            <button type="button" className="button button--small" onClick={() => onChange(null)}>
              {t('panels.consensus.clear')}
            </button>
          ) : null}
        </>
      ) : (
        <p className="consensus__hint">{t('panels.consensus.hint-others')}</p>
      )}
    </section>
  );
});
