import type KonvaType from 'konva';
import { createContext, memo, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { BoardContext } from '../board/board-context';
import { type Glyph, traceGlyph } from '../canvas/channel-icons';
import { useInvalidateColumn } from '../canvas/column-cache';
import { Group, Rect, Shape, Text } from '../canvas/konva';
import { THEME } from '../canvas/theme';
import type { Translate } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
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

/** A light bulb in a 24 × 24 box, drawn as lines (never an emoji glyph, which most machines lack). */
const BULB: Glyph = [
  { kind: 'curve', from: [9, 16], control: [3, 10.5], to: [8, 5] },
  { kind: 'curve', from: [8, 5], control: [12, 1.5], to: [16, 5] },
  { kind: 'curve', from: [16, 5], control: [21, 10.5], to: [15, 16] },
  { kind: 'poly', points: [9, 16, 9, 18.5, 15, 18.5, 15, 16] },
  { kind: 'poly', points: [10, 21.5, 14, 21.5] },
];

function BulbIcon({ x, y, size }: { x: number; y: number; size: number }) {
  const sceneFunc = useCallback((context: KonvaType.Context, shape: KonvaType.Shape) => {
    context.beginPath();
    traceGlyph(context, BULB);
    context.fillStrokeShape(shape);
  }, []);
  const scale = size / 24;
  return (
    <Shape
      x={x}
      y={y}
      scaleX={scale}
      scaleY={scale}
      sceneFunc={sceneFunc}
      stroke="#ffffff"
      strokeWidth={2.4}
      lineCap="round"
      lineJoin="round"
      perfectDrawEnabled={false}
    />
  );
}

function Tag({
  x,
  y,
  text,
  color,
  bulb = false,
}: {
  x: number;
  y: number;
  text: string;
  color: string;
  bulb?: boolean;
}) {
  const icon = bulb ? 12 : 0;
  const width = 12 + icon + text.length * 6.4;
  return (
    <Group x={x} y={y} listening={false} name={bulb ? 'opportunity-badge' : undefined}>
      <Rect width={width} height={16} fill={color} cornerRadius={8} perfectDrawEnabled={false} />
      {bulb && <BulbIcon x={5} y={2} size={12} />}
      <Text
        x={icon}
        width={width - icon}
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

/**
 * The language of the marks where it is not the reader's: a poster is worded in the board's language.
 * Null on the live canvas (the reader's language).
 */
export const MarksWordsContext = createContext<Translate | null>(null);

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
  const readerT = useT();
  const t = useContext(MarksWordsContext) ?? readerT;
  // Columns are cached as bitmaps: a badge that changes on its own must ask for a re-cache.
  useInvalidateColumn();
  if (!momentOfTruth && count === 0) return null;
  return (
    <Group listening={false}>
      {momentOfTruth && <Tag x={10} y={-8} text={t('after.marks.moment')} color={THEME.danger} />}
      {count > 0 && <Tag x={10} y={height - 8} text={String(count)} color={OPPORTUNITY} bulb />}
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
  return <Tag x={-4} y={height - 10} text={String(count)} color={OPPORTUNITY} bulb />;
});
