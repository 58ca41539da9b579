import { memo, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { BoardContext } from '../board/board-context';
import type { CurveRatings } from '../canvas/canvas-marks-slot';
import { Group, Rect, Text } from '../canvas/konva';
import { badgeLabel } from './question-badges';
import { type WorkshopMarks, type WorkshopMarksStore, workshopMarksFor } from './workshop-marks';

// Konva drawings the workshop adds to the canvas. Outside a board (the canvas's dev harness) they draw
// nothing. Each mark selects a primitive from the shared store, so a card re-renders only when its own
// badge changes.

const SPOTLIGHT = '#f59e0b';
const QUESTION = '#7c3aed';
const RESULT = '#0f766e';
const NOOP = () => () => {};

function useMarksStore(): WorkshopMarksStore | null {
  const board = useContext(BoardContext);
  return useMemo(() => (board ? workshopMarksFor(board.docs) : null), [board]);
}

function useMark<T extends string | boolean | null>(select: (marks: WorkshopMarks) => T, fallback: T): T {
  const store = useMarksStore();
  const get = useCallback(() => (store ? select(store.getMarks()) : fallback), [store, select, fallback]);
  return useSyncExternalStore(store?.subscribe ?? NOOP, get, get);
}

/** Whether the participants' band and mean may be drawn (hidden until the facilitator's reveal). */
export function useRatingsRevealed(): boolean {
  const select = useCallback((m: WorkshopMarks) => m.ratingsRevealed, []);
  // Outside a board there is no session: draw everything.
  return useMark(select, true);
}

const NO_RATINGS: WorkshopMarks['revealedRatings'] = new Map();

/** Each step's revealed ratings as the relay published them (none while hidden, or outside a board). */
export function useRevealedRatings(): WorkshopMarks['revealedRatings'] {
  const store = useMarksStore();
  const get = useCallback(() => store?.getMarks().revealedRatings ?? NO_RATINGS, [store]);
  return useSyncExternalStore(store?.subscribe ?? NOOP, get, get);
}

/** What the curve may draw of participants' ratings: filled into the canvas's marks slot. */
export function useWorkshopCurveRatings(): CurveRatings {
  const revealed = useRatingsRevealed();
  const published = useRevealedRatings();
  return useMemo(() => ({ revealed, published }), [revealed, published]);
}

function Badge({
  x,
  y,
  text,
  color,
  align,
}: {
  x: number;
  y: number;
  text: string;
  color: string;
  align: 'left' | 'right';
}) {
  const width = 10 + text.length * 7;
  return (
    <Group x={align === 'right' ? x - width : x} y={y} listening={false}>
      <Rect width={width} height={18} fill={color} cornerRadius={9} perfectDrawEnabled={false} />
      <Text
        width={width}
        height={18}
        text={text}
        align="center"
        verticalAlign="middle"
        fontSize={11}
        fontStyle="bold"
        fill="#ffffff"
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

function resultLabel(marks: WorkshopMarks, id: string): string | null {
  const r = marks.results.get(id);
  return r ? `#${r.rank} · ${r.count}` : null;
}

/** Spotlight frame, question badge and voting result on a step's card (drawn in the card's coordinates). */
export const CardMarks = memo(function CardMarks({
  stepId,
  width,
  height,
}: {
  readonly stepId: string;
  readonly width: number;
  readonly height: number;
}) {
  const spotlit = useMark(
    useCallback((m: WorkshopMarks) => m.spotlightStepId === stepId, [stepId]),
    false,
  );
  const question = useMark(
    useCallback((m: WorkshopMarks) => badgeLabel(m.questions.steps.get(stepId)), [stepId]),
    null,
  );
  const result = useMark(
    useCallback((m: WorkshopMarks) => resultLabel(m, stepId), [stepId]),
    null,
  );
  if (!spotlit && !question && !result) return null;
  return (
    <Group listening={false}>
      {spotlit && (
        <Rect
          x={-5}
          y={-5}
          width={width + 10}
          height={height + 10}
          stroke={SPOTLIGHT}
          strokeWidth={4}
          cornerRadius={9}
          shadowColor={SPOTLIGHT}
          shadowBlur={12}
          perfectDrawEnabled={false}
        />
      )}
      {question && <Badge x={width + 4} y={-9} text={question} color={QUESTION} align="right" />}
      {result && <Badge x={width + 4} y={height - 9} text={result} color={RESULT} align="right" />}
    </Group>
  );
});

/** Question badge and voting result on a sticky note. */
export const NoteMarks = memo(function NoteMarks({
  noteId,
  width,
  height,
}: {
  readonly noteId: string;
  readonly width: number;
  readonly height: number;
}) {
  const question = useMark(
    useCallback((m: WorkshopMarks) => badgeLabel(m.questions.notes.get(noteId)), [noteId]),
    null,
  );
  const result = useMark(
    useCallback((m: WorkshopMarks) => resultLabel(m, noteId), [noteId]),
    null,
  );
  if (!question && !result) return null;
  return (
    <Group listening={false}>
      {question && <Badge x={width + 2} y={-8} text={question} color={QUESTION} align="right" />}
      {result && <Badge x={width + 2} y={height - 10} text={result} color={RESULT} align="right" />}
    </Group>
  );
});
