import type { RatingDistribution } from '@journeyboard/journey';
import { type ComponentType, createContext, useContext } from 'react';

// The canvas draws what other parts of the app add to it (the workshop's spotlight, question badges and
// vote results; the after-workshop tags) through this slot, filled in by whoever composes the board. The
// canvas itself knows nothing of those parts, and without a provider it draws none of them.

export interface CardMarkProps {
  readonly stepId: string;
  readonly momentOfTruth: boolean;
  /** The card's size: marks are drawn in its coordinates. */
  readonly width: number;
  readonly height: number;
}

export interface NoteMarkProps {
  readonly noteId: string;
  readonly width: number;
  readonly height: number;
}

/** Participants' ratings the emotion curve may draw. */
export interface CurveRatings {
  /** False while the facilitator keeps ratings hidden: no band or mean is drawn. */
  readonly revealed: boolean;
  /** Each step's revealed distribution, as published. */
  readonly published: ReadonlyMap<string, RatingDistribution>;
}

export interface CanvasMarks {
  /** Drawn over each touchpoint card, in the card's coordinates, in this order. */
  readonly card: readonly ComponentType<CardMarkProps>[];
  /** Drawn over each sticky note, in the note's coordinates. */
  readonly note: readonly ComponentType<NoteMarkProps>[];
  /** A hook: must stay the same function for the life of the provider. */
  readonly useCurveRatings: () => CurveRatings;
}

const EVERYTHING: CurveRatings = { revealed: true, published: new Map() };

/** Outside a board (the dev harness, a picture of a snapshot): no marks, and every rating is drawn. */
export const NO_MARKS: CanvasMarks = { card: [], note: [], useCurveRatings: () => EVERYTHING };

export const CanvasMarksContext = createContext<CanvasMarks>(NO_MARKS);

export function useCanvasMarks(): CanvasMarks {
  return useContext(CanvasMarksContext);
}

/** Every mark the slot holds for one card. */
export function CardMarkSlot(props: CardMarkProps) {
  const { card } = useCanvasMarks();
  return (
    <>
      {card.map((Mark, i) => (
        // The list is fixed for the provider's life: the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Mark key={i} {...props} />
      ))}
    </>
  );
}

/** Every mark the slot holds for one note. */
export function NoteMarkSlot(props: NoteMarkProps) {
  const { note } = useCanvasMarks();
  return (
    <>
      {note.map((Mark, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the provider's life
        <Mark key={i} {...props} />
      ))}
    </>
  );
}
