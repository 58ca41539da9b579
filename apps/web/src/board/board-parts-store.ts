import type { ComponentType } from 'react';
import { create } from 'zustand';
import type { CanvasMarks, CurveRatings } from '../canvas/canvas-marks-slot';
import type { PanelSlots } from '../panels/panel-slots';

// What the workshop, the evidence, the customers' feedback and the after-workshop work add to the board is
// not needed to draw it the first time: its code arrives once the board is drawn (board-parts-host.tsx)
// and puts itself here, and the board's slots (board-slots.tsx) take it from here.

/** The board's parts whose code loads after its first render. */
export interface BoardParts {
  readonly card: CanvasMarks['card'];
  readonly note: CanvasMarks['note'];
  readonly curve: CanvasMarks['curve'];
  /** The panels' slots, the toolbar's excepted (see `ToolbarParts`). */
  readonly panels: Omit<PanelSlots, 'ToolbarExtra'>;
  /** What they add to the toolbar, before what the toolbar has from the start. */
  readonly ToolbarParts: ComponentType;
}

interface BoardPartsState {
  /** Null until their code has arrived; then kept for the page's life (the code is loaded). */
  readonly parts: BoardParts | null;
  /** What the curve may draw of participants' ratings, as the open board's workshop says. */
  readonly curveRatings: CurveRatings;
  /** Sentences the canvas's text alternative adds about the marks, or null. */
  readonly summary: string | null;
}

/**
 * Until the workshop's code has read the session, no rating is drawn: the curve never shows, even for a
 * moment, ratings the facilitator keeps hidden.
 */
export const NO_RATINGS_YET: CurveRatings = { revealed: false, published: new Map() };

export const useBoardPartsStore = create<BoardPartsState>(() => ({
  parts: null,
  curveRatings: NO_RATINGS_YET,
  summary: null,
}));

/** What the open board's parts say, while they are mounted; back to nothing when the board closes. */
export function publishBoardParts(
  parts: BoardParts,
  values: Pick<BoardPartsState, 'curveRatings' | 'summary'> | null,
): void {
  useBoardPartsStore.setState(
    values ? { parts, ...values } : { parts, curveRatings: NO_RATINGS_YET, summary: null },
  );
}
