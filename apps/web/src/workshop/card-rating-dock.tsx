import type { Step } from '@journeyboard/journey';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
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
/** Its distance from the canvas's bottom edge (the stylesheet's `bottom`). */
const DOCK_BOTTOM = 12;
/** What it covers before it was first measured: two rows of faces with the title and a hint. */
const DOCK_COVER_ESTIMATE = 210;

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
  const box = useRef<HTMLDivElement>(null);
  const shown = role === 'participant' && step !== null;
  // The canvas keeps the keyboard's card or cell clear of the box (revealInsets): from the start, with an
  // estimate, then with the box's measured height.
  useEffect(() => {
    if (role !== 'participant') return;
    const ui = useUiStore.getState();
    if (ui.ratingBoxCover === 0) ui.setRatingBoxCover(DOCK_COVER_ESTIMATE);
    return () => useUiStore.getState().setRatingBoxCover(0);
  }, [role]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!shown || !element) return;
    const measure = () => {
      // Hidden while a text is edited in place: keep the last height for when it shows again.
      if (element.offsetHeight > 0)
        useUiStore.getState().setRatingBoxCover(element.offsetHeight + DOCK_BOTTOM);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);
  if (!shown) return null;
  const title = step.title || t('workshop.step.this');
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape back to the board while focus is on the scale's buttons
    <div
      ref={box}
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
