import type { ReactNode } from 'react';
import { SelectionOpportunity } from '../after/after-panel';
import { CardAfterMarks, NoteAfterMarks } from '../after/canvas-marks';
import { type CanvasMarks, CanvasMarksContext } from '../canvas/canvas-marks-slot';
import { useCanvasFileDrop } from '../evidence/canvas-drop';
import { CardEvidenceMark, NoteEvidenceMark } from '../evidence/canvas-evidence';
import { SelectedEvidence } from '../evidence/selected-evidence';
import { UploadsIndicator } from '../evidence/uploads-indicator';
import { useResumedUploads } from '../evidence/use-evidence';
import { MeasuredCurveMarks } from '../feedback/canvas-marks';
import { FeedbackToggle } from '../feedback/feedback-panel-host';
import {
  ServiceDeskMarks,
  useServiceDeskFooter,
  useServiceDeskSummary,
} from '../feedback/service-desk-marks';
import { StepMeasured } from '../feedback/step-measured';
import { StepServiceDesk } from '../feedback/step-service-desk';
import { type PanelSlots, PanelSlotsContext, type StepExtraProps } from '../panels/panel-slots';
import { CardMarks, NoteMarks, useWorkshopCurveRatings } from '../workshop/canvas-marks';
import { RatingControl } from '../workshop/rating-control';
import { StepWorkshop } from '../workshop/step-workshop';
import { useBoard } from './board-context';

// The board composes its parts: the canvas and the panels take what the workshop, the evidence, the
// customers' feedback and the after-workshop work add to them through these slots, and import none.

/** What a live board adds to its canvas: the workshop's marks first, then evidence, then after-workshop tags. */
export const BOARD_CANVAS_MARKS: CanvasMarks = {
  card: [CardMarks, CardEvidenceMark, CardAfterMarks],
  note: [NoteMarks, NoteEvidenceMark, NoteAfterMarks],
  curve: [MeasuredCurveMarks, ServiceDeskMarks],
  useCurveFooter: useServiceDeskFooter,
  useSummary: useServiceDeskSummary,
  useCurveRatings: useWorkshopCurveRatings,
  useFileDrop: useCanvasFileDrop,
};

/** Under the selected step: its workshop ratings, then what customers measured. */
function StepExtra(props: StepExtraProps) {
  return (
    <>
      <StepWorkshop {...props} />
      <StepMeasured stepId={props.stepId} />
    </>
  );
}

/** The toolbar's additions: an opportunity from the selection; the facilitator's customer feedback. */
function ToolbarExtra() {
  const { role } = useBoard();
  return (
    <>
      <UploadsIndicator />
      <SelectionOpportunity />
      {role === 'facilitator' ? <FeedbackToggle /> : null}
    </>
  );
}

export const BOARD_PANEL_SLOTS: PanelSlots = {
  StepExtra,
  StepRating: RatingControl,
  StepOutlineExtra: StepServiceDesk,
  SelectionExtra: SelectedEvidence,
  ToolbarExtra,
};

export function BoardSlots({ children }: { readonly children: ReactNode }) {
  // Files a closed tab left queued on this device resume when the board opens.
  useResumedUploads();
  return (
    <CanvasMarksContext.Provider value={BOARD_CANVAS_MARKS}>
      <PanelSlotsContext.Provider value={BOARD_PANEL_SLOTS}>{children}</PanelSlotsContext.Provider>
    </CanvasMarksContext.Provider>
  );
}
