import { memo, useMemo } from 'react';
import { useStore } from 'zustand';
import { useUiStore } from '../state/ui-store';
import type { BoardStructure } from './board-structure';
import { cellKey } from './board-structure';
import type { CanvasPresenceStore, NoteRect } from './canvas-presence';
import { Rect } from './konva';
import { type BoardLayout, COLUMN_WIDTH, columnX, noteOffset, TOP_HEIGHT } from './layout';
import { THEME } from './theme';

function noteRects(structure: BoardStructure, layout: BoardLayout): ReadonlyMap<string, NoteRect> {
  const rects = new Map<string, NoteRect>();
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

/** A selected step's column and note as outlines: solid for our own selection, dashed for someone else's. */
export function Outline({
  layout,
  stepId,
  noteRect,
  color,
  dashed,
}: {
  layout: BoardLayout;
  stepId: string | null;
  noteRect: NoteRect | undefined;
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

/**
 * Our own selection and, once the presence code is here, others' selections as outlines; drawn under the
 * pinned headers.
 */
export const SelectionOutlines = memo(function SelectionOutlines({
  presence,
  layout,
  structure,
}: {
  presence: CanvasPresenceStore;
  layout: BoardLayout;
  structure: BoardStructure;
}) {
  const selectedStepId = useUiStore((state) => state.selectedStepId);
  const selectedNoteId = useUiStore((state) => state.selectedNoteId);
  const peers = useStore(presence, (state) => state.peers);
  const Others = useStore(presence, (state) => state.drawing?.Selections ?? null);
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
      {Others && peers.length > 0 ? <Others peers={peers} layout={layout} notes={notes} /> : null}
    </>
  );
});
