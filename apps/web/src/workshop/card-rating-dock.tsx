import type { Step } from '@journeyboard/journey';
import { memo } from 'react';
import { useBoard } from '../board/board-context';
import { useEntity } from '../board/use-journey';
import { useUiStore } from '../state/ui-store';
import { RatingControl } from './rating-control';
import './workshop.css';

/**
 * Rating right on the board: when a participant selects a step's card, a small strip over the canvas
 * offers the two taps (feeling, score) without going to the inspector.
 */
export const CardRatingDock = memo(function CardRatingDock() {
  const { docs, role } = useBoard();
  const stepId = useUiStore((state) => state.selectedStepId);
  const step = useEntity(docs.content, 'step', stepId) as Step | null;
  if (role !== 'participant' || !step) return null;
  const title = step.title || 'this step';
  return (
    <div className="workshop-card-dock">
      <RatingControl stepId={step.id} stepTitle={title} compact label={`Rate ${title} on the board`} />
    </div>
  );
});
