import { createContext, memo, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { BoardContext } from '../board/board-context';
import { useInvalidateColumn } from '../canvas/column-cache';
import { Group, Rect, Text } from '../canvas/konva';
import { THEME } from '../canvas/theme';
import { type OpportunityLinks, opportunityLinksFor } from './opportunity-links';

// What the after-the-workshop work adds on the canvas: a "moment of truth" tag on flagged steps' cards
// and a bulb badge with the number of linked opportunities on cards and notes. Outside a board (the
// canvas's dev harness) they draw nothing.

const OPPORTUNITY = '#a16207';
const NOOP = () => () => {};
const EMPTY: OpportunityLinks = { byStep: new Map(), byNote: new Map() };

/** The document the marks read, where it is not the live board's (a picture of a snapshot). */
export const MarksDocContext = createContext<Y.Doc | null>(null);

function useLinkCount(select: (links: OpportunityLinks) => number): number {
  const board = useContext(BoardContext);
  const own = useContext(MarksDocContext);
  const doc = own ?? board?.docs.content ?? null;
  const store = useMemo(() => (doc ? opportunityLinksFor(doc) : null), [doc]);
  const get = useCallback(() => select(store ? store.getLinks() : EMPTY), [store, select]);
  return useSyncExternalStore(store?.subscribe ?? NOOP, get, get);
}

function Tag({ x, y, text, color }: { x: number; y: number; text: string; color: string }) {
  const width = 12 + text.length * 6.4;
  return (
    <Group x={x} y={y} listening={false}>
      <Rect width={width} height={16} fill={color} cornerRadius={8} perfectDrawEnabled={false} />
      <Text
        width={width}
        height={16}
        text={text}
        align="center"
        verticalAlign="middle"
        fontSize={10}
        fontStyle="bold"
        fill="#ffffff"
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

/** Drawn in a touchpoint card's coordinates, on its left edge so the workshop's badges keep the right. */
export const CardAfterMarks = memo(function CardAfterMarks({
  stepId,
  momentOfTruth,
  height,
}: {
  readonly stepId: string;
  readonly momentOfTruth: boolean;
  readonly height: number;
}) {
  const count = useLinkCount(
    useCallback((links: OpportunityLinks) => links.byStep.get(stepId) ?? 0, [stepId]),
  );
  // Columns are cached as bitmaps: a badge that changes on its own must ask for a re-cache.
  useInvalidateColumn();
  if (!momentOfTruth && count === 0) return null;
  return (
    <Group listening={false}>
      {momentOfTruth && <Tag x={10} y={-8} text="★ Moment of truth" color={THEME.danger} />}
      {count > 0 && <Tag x={10} y={height - 8} text={`💡 ${count}`} color={OPPORTUNITY} />}
    </Group>
  );
});

/** A bulb badge on a sticky note that has become an opportunity. */
export const NoteAfterMarks = memo(function NoteAfterMarks({
  noteId,
  height,
}: {
  readonly noteId: string;
  readonly height: number;
}) {
  const count = useLinkCount(
    useCallback((links: OpportunityLinks) => links.byNote.get(noteId) ?? 0, [noteId]),
  );
  useInvalidateColumn();
  if (count === 0) return null;
  return <Tag x={-4} y={height - 10} text={`💡 ${count}`} color={OPPORTUNITY} />;
});
