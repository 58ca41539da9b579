import type { RatingDistribution } from '@journeyboard/journey';
import { type ComponentType, createContext, useContext } from 'react';
import type { CurveModel } from './board-store';
import type { DetailLevel } from './culling';

// The canvas draws what other parts of the app add to it (the workshop's spotlight, question badges and
// vote results; the after-workshop tags) through this slot, filled in by whoever composes the board. The
// canvas itself knows nothing of those parts, and without a provider it draws none of them.

export interface CardMarkProps {
  readonly stepId: string;
  readonly momentOfTruth: boolean;
  /** The card's size: marks are drawn in its coordinates. */
  readonly width: number;
  readonly height: number;
  /** How much the zoom lets the canvas draw. */
  readonly detail: DetailLevel;
}

export interface NoteMarkProps {
  readonly noteId: string;
  readonly width: number;
  readonly height: number;
  readonly detail: DetailLevel;
}

/** Participants' ratings the emotion curve may draw. */
export interface CurveRatings {
  /** False while the facilitator keeps ratings hidden: no band or mean is drawn. */
  readonly revealed: boolean;
  /** Each step's revealed distribution, as published. */
  readonly published: ReadonlyMap<string, RatingDistribution>;
}

/** What a curve mark draws beside the workshop's emotion curve, on the same scale. */
export interface CurveMarkProps {
  readonly curve: CurveModel;
  /** Where the scores are plotted (the curve row without its footer). */
  readonly row: { readonly y: number; readonly height: number };
  /** The room under the plotted curve that `useCurveFooter` asked for, or null. */
  readonly footer: { readonly y: number; readonly height: number } | null;
  /** The score → y mapping of the workshop's curve, so both share one scale. */
  readonly toY: (score: number) => number;
  /** The columns in view. */
  readonly first: number;
  readonly last: number;
  /** How much the zoom lets the canvas draw. */
  readonly detail: DetailLevel;
}

export interface CanvasMarks {
  /** Drawn over each touchpoint card, in the card's coordinates, in this order. */
  readonly card: readonly ComponentType<CardMarkProps>[];
  /** Drawn over each sticky note, in the note's coordinates. */
  readonly note: readonly ComponentType<NoteMarkProps>[];
  /**
   * Drawn in the curve's row, under the workshop's curve (customers' measured curve), and in the footer
   * under it (service-desk figures per step).
   */
  readonly curve: readonly ComponentType<CurveMarkProps>[];
  /** A hook: the height the curve marks need under the plotted curve (0 for none). Same function. */
  readonly useCurveFooter: () => number;
  /**
   * A hook: sentences the canvas's text alternative adds about what the marks draw (null for none),
   * in the reader's language. Same function for the provider's life.
   */
  readonly useSummary: () => string | null;
  /** A hook: must stay the same function for the life of the provider. */
  readonly useCurveRatings: () => CurveRatings;
}

const EVERYTHING: CurveRatings = { revealed: true, published: new Map() };

/** Outside a board (the dev harness, a picture of a snapshot): no marks, and every rating is drawn. */
export const NO_MARKS: CanvasMarks = {
  card: [],
  note: [],
  curve: [],
  useCurveFooter: () => 0,
  useSummary: () => null,
  useCurveRatings: () => EVERYTHING,
};

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

/** Every curve mark the slot holds. */
export function CurveMarkSlot(props: CurveMarkProps) {
  const { curve } = useCanvasMarks();
  return (
    <>
      {curve.map((Mark, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the provider's life
        <Mark key={i} {...props} />
      ))}
    </>
  );
}
