import type { Channel } from '@journeyboard/journey';
import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { BoardStore } from './board-store';
import type { InteractionStore } from './interaction-store';
import { Group, Rect } from './konva';
import {
  type BoardLayout,
  CELL_PADDING,
  COLUMN_WIDTH,
  cardRect,
  columnX,
  gapX,
  insertionIndexAt,
  nearestChannelAt,
  TOP_HEIGHT,
} from './layout';
import { Polyline } from './polyline';
import { TouchpointCard } from './step-column';
import { THEME } from './theme';
import { useEntity } from './use-board';

function CardGhost({
  store,
  layout,
  channels,
  stepId,
  dx,
  dy,
  boardY,
}: {
  store: BoardStore;
  layout: BoardLayout;
  channels: ReadonlyMap<string, Channel>;
  stepId: string;
  dx: number;
  dy: number;
  boardY: number;
}) {
  const step = useEntity(store, 'step', stepId);
  const column = layout.columnIndexByStep.get(stepId);
  if (!step || column === undefined) return null;
  const from = step.channelId ? layout.rowByKey.get(`channel:${step.channelId}`) : undefined;
  const targetChannel = nearestChannelAt(layout, boardY);
  const target = targetChannel ? layout.rowByKey.get(`channel:${targetChannel}`) : undefined;
  const origin = from ? cardRect(column, from) : { x: columnX(column) + CELL_PADDING, y: boardY };
  return (
    <>
      {target && (
        <Rect
          x={columnX(column)}
          y={target.y + 2}
          width={COLUMN_WIDTH}
          height={target.height - 4}
          stroke={THEME.selection}
          strokeWidth={2}
          dash={[6, 4]}
          cornerRadius={6}
        />
      )}
      <TouchpointCard
        step={step}
        channel={step.channelId ? channels.get(step.channelId) : undefined}
        detail="full"
        x={origin.x + dx}
        y={origin.y + dy}
        opacity={0.85}
      />
    </>
  );
}

export interface DragContentProps {
  interaction: StoreApi<InteractionStore>;
  store: BoardStore;
  layout: BoardLayout;
  channels: ReadonlyMap<string, Channel>;
}

/**
 * What is being dragged, drawn on its own layer so a drag redraws nothing else. Only a drag draws
 * anything, and a drag needs the input code: this comes with it (canvas-input.tsx hands it over).
 */
export function DragContent({ interaction, store, layout, channels }: DragContentProps) {
  const state = useStore(interaction, (s) => s.state);
  if (state.kind === 'dragging-card') {
    return (
      <CardGhost
        store={store}
        layout={layout}
        channels={channels}
        stepId={state.stepId}
        dx={state.board.x - state.startBoard.x}
        dy={state.board.y - state.startBoard.y}
        boardY={state.board.y}
      />
    );
  }
  if (state.kind === 'dragging-column') {
    const column = layout.columnIndexByStep.get(state.stepId);
    if (column === undefined) return null;
    const gap = insertionIndexAt(layout.columns.length, state.board.x);
    return (
      <Group>
        <Rect
          x={columnX(column) + state.board.x - state.startBoard.x}
          y={TOP_HEIGHT}
          width={COLUMN_WIDTH}
          height={layout.height - TOP_HEIGHT}
          fill="rgba(37, 99, 235, 0.12)"
          stroke={THEME.selection}
          strokeWidth={2}
        />
        <Polyline
          points={[gapX(gap), TOP_HEIGHT, gapX(gap), layout.height]}
          stroke={THEME.selection}
          strokeWidth={4}
        />
      </Group>
    );
  }
  return null;
}
