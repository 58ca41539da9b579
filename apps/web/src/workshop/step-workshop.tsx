import { memo } from 'react';
import { useT } from '../i18n/use-t';
import { RatingSummary } from './rating-summary';
import './workshop.css';

/**
 * The workshop's part of the inspector for the selected step: what may be seen of everyone's ratings.
 * A participant rates on the card and in the outline (one control, see RatingControl), not here.
 */
export const StepWorkshop = memo(function StepWorkshop({
  stepId,
  stepTitle,
}: {
  readonly stepId: string;
  readonly stepTitle: string;
}) {
  const t = useT();
  const title = stepTitle || t('workshop.step.this');
  return (
    <div className="workshop-step">
      <RatingSummary stepId={stepId} stepTitle={title} />
    </div>
  );
});
