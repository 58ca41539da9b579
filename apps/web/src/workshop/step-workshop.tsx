import { memo } from 'react';
import { RatingControl } from './rating-control';
import { RatingSummary } from './rating-summary';
import './workshop.css';

/** The workshop's part of the inspector for the selected step: your rating and everyone's (once revealed). */
export const StepWorkshop = memo(function StepWorkshop({
  stepId,
  stepTitle,
}: {
  readonly stepId: string;
  readonly stepTitle: string;
}) {
  const title = stepTitle || 'this step';
  return (
    <div className="workshop-step">
      <RatingControl stepId={stepId} stepTitle={title} />
      <RatingSummary stepId={stepId} stepTitle={title} />
    </div>
  );
});
