import { memo, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Peer, parsePeer } from '../board/presence';
import { useUiStore } from '../state/ui-store';
import type { BoardStructure } from './board-structure';
import { cellKey } from './board-structure';
import { Group, Rect, Text } from './konva';
import { type BoardLayout, COLUMN_WIDTH, columnX, noteOffset, TOP_HEIGHT } from './layout';
import { type AwarenessChanges, concernsOthers, peersOnCanvas } from './peers-on-canvas';
import { Polyline } from './polyline';
import { THEME } from './theme';

/** Everyone else's valid presence; a malformed state is skipped, not fatal. */
export function usePeers(awareness: Awareness | null): readonly Peer[] {
  const [peers, setPeers] = useState<readonly Peer[]>([]);
  useEffect(() => {
    if (!awareness) {
      setPeers([]);
      return;
    }
    const read = (changes?: AwarenessChanges) => {
      // This client's own view and cursor are published while it pans: nothing of the others changed.
      if (!concernsOthers(changes, awareness.clientID)) return;
      const next: Peer[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const peer = parsePeer(clientId, state);
        if (peer) next.push(peer);
      }
      setPeers((previous) => peersOnCanvas(previous, next));
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return peers;
}

function noteRects(structure: BoardStructure, layout: BoardLayout) {
  const rects = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const row of layout.rows) {
    if (row.kind !== 'lane') continue;
    for (const column of layout.columns) {
      if (column.stepId === null) continue;
      const notes = structure.cellNotes.get(cellKey(column.stepId, row.laneId)) ?? [];
      notes.forEach((noteId, index) => {
        const offset = noteOffset(index, row.field !== null);
        rects.set(noteId, { ...offset, x: columnX(column.index) + offset.x, y: row.y + offset.y });
      });
    }
  }
  return rects;
}

function Outline({
  layout,
  stepId,
  noteRect,
  color,
  dashed,
}: {
  layout: BoardLayout;
  stepId: string | null;
  noteRect: { x: number; y: number; width: number; height: number } | undefined;
  color: string;
  dashed: boolean;
}) {
  const column = stepId ? layout.columnIndexByStep.get(stepId) : undefined;
  return (
    <>
      {column !== undefined && (
        <Rect
          x={columnX(column) - 3}
          y={TOP_HEIGHT + 1}
          width={COLUMN_WIDTH + 6}
          height={layout.height - TOP_HEIGHT - 2}
          stroke={color}
          strokeWidth={2}
          dash={dashed ? [8, 4] : undefined}
          cornerRadius={6}
          perfectDrawEnabled={false}
        />
      )}
      {noteRect && (
        <Rect
          x={noteRect.x - 3}
          y={noteRect.y - 3}
          width={noteRect.width + 6}
          height={noteRect.height + 6}
          stroke={color}
          strokeWidth={2}
          dash={dashed ? [6, 3] : undefined}
          cornerRadius={4}
          perfectDrawEnabled={false}
        />
      )}
    </>
  );
}

const ARROW = [0, 0, 0, 16, 4.5, 12.5, 8, 19, 10.5, 18, 7, 11.5, 12.5, 11.5];

/** Our own selection and others' selections as outlines; drawn under the pinned headers. */
export const SelectionOutlines = memo(function SelectionOutlines({
  peers,
  layout,
  structure,
}: {
  peers: readonly Peer[];
  layout: BoardLayout;
  structure: BoardStructure;
}) {
  const selectedStepId = useUiStore((state) => state.selectedStepId);
  const selectedNoteId = useUiStore((state) => state.selectedNoteId);
  const notes = useMemo(() => noteRects(structure, layout), [structure, layout]);
  return (
    <>
      <Outline
        layout={layout}
        stepId={selectedStepId}
        noteRect={selectedNoteId ? notes.get(selectedNoteId) : undefined}
        color={THEME.selection}
        dashed={false}
      />
      {peers.map((peer) => (
        <Outline
          key={`selection-${peer.clientId}`}
          layout={layout}
          stepId={peer.selection.stepId}
          noteRect={peer.selection.noteId ? notes.get(peer.selection.noteId) : undefined}
          color={peer.user.color}
          dashed
        />
      ))}
    </>
  );
});

/** Others' live cursors with their names; they keep their size at any zoom. */
export const PeerCursors = memo(function PeerCursors({ peers }: { peers: readonly Peer[] }) {
  const scale = useUiStore((state) => state.viewport.scale);
  const inverse = 1 / scale;
  return (
    <>
      {peers.map((peer) =>
        peer.cursor ? (
          <Group
            key={`cursor-${peer.clientId}`}
            x={peer.cursor.x}
            y={peer.cursor.y}
            scaleX={inverse}
            scaleY={inverse}
          >
            <Polyline points={ARROW} closed fill={peer.user.color} stroke="#ffffff" strokeWidth={1} />
            <Rect
              x={12}
              y={18}
              width={Math.min(160, peer.user.name.length * 7 + 12)}
              height={20}
              fill={peer.user.color}
              cornerRadius={4}
            />
            <Text
              x={18}
              y={18}
              width={Math.min(160, peer.user.name.length * 7 + 12) - 8}
              height={20}
              verticalAlign="middle"
              text={peer.user.name}
              fontFamily={THEME.font}
              fontSize={12}
              fill="#ffffff"
              wrap="none"
              ellipsis
            />
          </Group>
        ) : null,
      )}
    </>
  );
});
