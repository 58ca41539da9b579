import { memo } from 'react';
import { NoteAfterMarks } from '../after/canvas-marks';
import { EvidenceMarks } from '../evidence/canvas-evidence';
import { useUiStore } from '../state/ui-store';
import { NoteMarks } from '../workshop/canvas-marks';
import { noteFill } from './board-overview';
import type { BoardStore } from './board-store';
import { useInvalidateColumn } from './column-cache';
import type { DetailLevel } from './culling';
import { Group, Rect, Text } from './konva';
import { NOTE_HEIGHT, NOTE_WIDTH, noteDeleteOffset } from './layout';
import { THEME } from './theme';
import { useEntity } from './use-board';

/** One sticky note; subscribed to its own note so a peer's edit re-renders just this note. */
export const NoteView = memo(function NoteView({
  store,
  noteId,
  x,
  y,
  detail,
  readOnly,
}: {
  store: BoardStore;
  noteId: string;
  x: number;
  y: number;
  detail: DetailLevel;
  readOnly: boolean;
}) {
  const note = useEntity(store, 'note', noteId);
  const selected = useUiStore((state) => state.selectedNoteId === noteId);
  useInvalidateColumn();
  if (!note) return null;
  const remove = noteDeleteOffset({ x: 0, y: 0, width: NOTE_WIDTH, height: NOTE_HEIGHT });
  return (
    <Group x={x} y={y} listening={false}>
      <Rect
        width={NOTE_WIDTH}
        height={NOTE_HEIGHT}
        fill={noteFill(note.color)}
        stroke={selected ? THEME.selection : undefined}
        strokeWidth={selected ? 2 : 0}
        cornerRadius={3}
        perfectDrawEnabled={false}
      />
      {detail === 'full' && (
        <Text
          x={6}
          y={6}
          width={NOTE_WIDTH - 12}
          height={NOTE_HEIGHT - 10}
          text={note.text}
          fontFamily={THEME.font}
          fontSize={11}
          lineHeight={1.2}
          fill={THEME.text}
          wrap="word"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
      {selected && !readOnly && (
        <Group x={remove.x} y={remove.y}>
          <Rect width={remove.width} height={remove.height} fill={THEME.danger} cornerRadius={8} />
          <Text
            width={remove.width}
            height={remove.height}
            text="×"
            align="center"
            verticalAlign="middle"
            fontSize={13}
            fontStyle="bold"
            fill={THEME.buttonText}
          />
        </Group>
      )}
      <NoteMarks noteId={noteId} width={NOTE_WIDTH} height={NOTE_HEIGHT} />
      <EvidenceMarks noteId={noteId} x={NOTE_WIDTH - 40} y={NOTE_HEIGHT - 20} detail={detail} />
      <NoteAfterMarks noteId={noteId} height={NOTE_HEIGHT} />
    </Group>
  );
});
