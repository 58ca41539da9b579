import { useLayoutEffect } from 'react';
import { CardAfterMarks, NoteAfterMarks } from '../after/canvas-marks';
import { SelectionOpportunity } from '../after/selection-opportunity';
import { CardEvidenceMark, NoteEvidenceMark } from '../evidence/canvas-evidence';
import { SelectedEvidence } from '../evidence/selected-evidence';
import { UploadsIndicator } from '../evidence/uploads-indicator';
import { useResumedUploads } from '../evidence/use-evidence';
import { MeasuredCurveMarks } from '../feedback/canvas-marks';
import { ServiceDeskMarks, useServiceDeskSummary } from '../feedback/service-desk-marks';
import { StepMeasured } from '../feedback/step-measured';
import { StepServiceDesk } from '../feedback/step-service-desk';
import type { StepExtraProps } from '../panels/panel-slots';
import { CardMarks, NoteMarks, useWorkshopCurveRatings } from '../workshop/canvas-marks';
import { RatingControl } from '../workshop/rating-control';
import { StepWorkshop } from '../workshop/step-workshop';
import { type BoardParts, publishBoardParts } from './board-parts-store';

// The board's parts that are not needed to draw it the first time, in a chunk of their own: loaded once
// the board is drawn (see BoardSlots), they put themselves into its slots.

/** Under the selected step: its workshop ratings, then what customers measured. */
function StepExtra(props: StepExtraProps) {
  return (
    <>
      <StepWorkshop {...props} />
      <StepMeasured stepId={props.stepId} />
    </>
  );
}

/** The toolbar's additions: files on their way; an opportunity from the selection. */
function ToolbarParts() {
  return (
    <>
      <UploadsIndicator />
      <SelectionOpportunity />
    </>
  );
}

const PARTS: BoardParts = {
  // The workshop's marks first, then evidence, then after-workshop tags.
  card: [CardMarks, CardEvidenceMark, CardAfterMarks],
  note: [NoteMarks, NoteEvidenceMark, NoteAfterMarks],
  curve: [MeasuredCurveMarks, ServiceDeskMarks],
  panels: {
    StepExtra,
    StepRating: RatingControl,
    StepOutlineExtra: StepServiceDesk,
    SelectionExtra: SelectedEvidence,
  },
  ToolbarParts,
};

/**
 * Mounted in the open board once its parts' code has arrived: files a closed tab left queued on this
 * device resume, and what the canvas asks of the parts' hooks (the ratings it may draw, the sentences of
 * its text alternative) is read here and published to it. Draws nothing itself.
 */
export function BoardPartsHost() {
  useResumedUploads();
  const curveRatings = useWorkshopCurveRatings();
  const summary = useServiceDeskSummary();
  useLayoutEffect(() => publishBoardParts(PARTS, { curveRatings, summary }), [curveRatings, summary]);
  // The board closes: its values go (the parts stay, their code is loaded).
  useLayoutEffect(() => () => publishBoardParts(PARTS, null), []);
  return null;
}
