import type { Step } from '@journeyboard/journey';
import { memo } from 'react';
import { useBoard } from '../board/board-context';
import { focusCanvas } from '../board/skip-links';
import { useEntity } from '../board/use-journey';
import { useOutlineStructure } from '../board/use-outline';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { columnOfStep, dockLeft } from './dock-position';
import { RatingControl } from './rating-control';
import './workshop.css';

/** The dock's width in CSS pixels (two rows of five faces): about one column of the board at 100 %. */
const DOCK_WIDTH = 220;

/**
 * Rating right on the board: when a participant selects a step's card, a small box under that step's
 * column (kept in view while the board pans and zooms) offers the rating scale without going elsewhere.
 * Tab from the board enters it; Escape returns to the board.
 */
export const CardRatingDock = memo(function CardRatingDock() {
  const { docs, role } = useBoard();
  const t = useT();
  const stepId = useUiStore((state) => state.selectedStepId);
  const step = useEntity(docs.content, 'step', stepId) as Step | null;
  const structure = useOutlineStructure(docs.content);
  const left = useUiStore((state) => {
    if (!stepId) return null;
    const column = columnOfStep(structure, stepId);
    if (column === null || state.viewportSize.width === 0) return null;
    return Math.round(dockLeft(column, state.viewport, state.viewportSize, DOCK_WIDTH));
  });
  if (role !== 'participant' || !step) return null;
  const title = step.title || t('workshop.step.this');
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape back to the board while focus is on the scale's buttons
    <div
      className="workshop-card-dock"
      style={left === null ? undefined : { left, transform: 'none', width: DOCK_WIDTH }}
      onKeyDown={(event) => {
        // Escape goes back to the board, to the step's card the box belongs to (still selected there).
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        focusCanvas();
      }}
    >
      <p className="workshop-card-dock__title" title={title}>
        {title}
      </p>
      <RatingControl
        key={step.id}
        stepId={step.id}
        stepTitle={title}
        label={t('workshop.rating.dock-label', { step: title })}
      />
    </div>
  );
});
