import type { ReactNode } from 'react';
import { SelectionOpportunity } from '../after/after-panel';
import { CardAfterMarks, NoteAfterMarks } from '../after/canvas-marks';
import { type CanvasMarks, CanvasMarksContext } from '../canvas/canvas-marks-slot';
import { useCanvasFileDrop } from '../evidence/canvas-drop';
import { CardEvidenceMark, NoteEvidenceMark } from '../evidence/canvas-evidence';
import { type PanelSlots, PanelSlotsContext } from '../panels/panel-slots';
import { CardMarks, NoteMarks, useWorkshopCurveRatings } from '../workshop/canvas-marks';
import { RatingControl } from '../workshop/rating-control';
import { StepWorkshop } from '../workshop/step-workshop';

// The board composes its parts: the canvas and the panels take what the workshop and the after-workshop
// work add to them through these slots, and import neither.

/** What a live board adds to its canvas: the workshop's marks first, then the after-workshop tags. */
export const BOARD_CANVAS_MARKS: CanvasMarks = {
  card: [CardMarks, CardEvidenceMark, CardAfterMarks],
  note: [NoteMarks, NoteEvidenceMark, NoteAfterMarks],
  useCurveRatings: useWorkshopCurveRatings,
  useFileDrop: useCanvasFileDrop,
};

/** The workshop's part of the selected step and each outline row's rating; the selection's opportunity button. */
export const BOARD_PANEL_SLOTS: PanelSlots = {
  StepExtra: StepWorkshop,
  StepRating: RatingControl,
  ToolbarExtra: SelectionOpportunity,
};

export function BoardSlots({ children }: { readonly children: ReactNode }) {
  return (
    <CanvasMarksContext.Provider value={BOARD_CANVAS_MARKS}>
      <PanelSlotsContext.Provider value={BOARD_PANEL_SLOTS}>{children}</PanelSlotsContext.Provider>
    </CanvasMarksContext.Provider>
  );
}
