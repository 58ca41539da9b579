import { memo } from 'react';
import { useT } from '../i18n/use-t';
import { RatingSummary } from './rating-summary';
import { useStepOptions } from './use-steps';

/**
 * Every step with what may be seen of everyone's ratings (a count until the reveal). Participants rate
 * on the card and in the outline; this list is where the room's answers are read.
 */
export const RatingsPanel = memo(function RatingsPanel() {
  const t = useT();
  const steps = useStepOptions();
  if (steps.length === 0) return <p>{t('workshop.ratings.empty')}</p>;
  return (
    <ul className="workshop-ratings">
      {steps.map((s) => (
        <li key={s.id} className="workshop-ratings__step">
          <h3>{s.title}</h3>
          <RatingSummary stepId={s.id} stepTitle={s.title} />
        </li>
      ))}
    </ul>
  );
});
