import { memo } from 'react';
import { RatingControl } from './rating-control';
import { RatingSummary } from './rating-summary';
import { useStepOptions } from './use-steps';

/** Every step with this participant's rating control and what may be seen of everyone's ratings. */
export const RatingsPanel = memo(function RatingsPanel() {
  const steps = useStepOptions();
  if (steps.length === 0) return <p>No steps to rate yet.</p>;
  return (
    <ul className="workshop-ratings">
      {steps.map((s) => (
        <li key={s.id} className="workshop-ratings__step">
          <h3>{s.title}</h3>
          <RatingControl stepId={s.id} stepTitle={s.title} compact />
          <RatingSummary stepId={s.id} stepTitle={s.title} />
        </li>
      ))}
    </ul>
  );
});
