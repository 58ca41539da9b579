import { memo } from 'react';
import { useUiStore } from '../state/ui-store';
import { noteFill } from './board-overview';
import type { BoardStore } from './board-store';
import { NoteMarkSlot } from './canvas-marks-slot';
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
      {detail !== 'shapes' && (
        <Text
          x={6}
          y={6}
          width={NOTE_WIDTH - 12}
          height={NOTE_HEIGHT - 10}
          text={detail === 'full' ? note.text : note.text.replace(/\s+/g, ' ')}
          fontFamily={THEME.font}
          fontSize={detail === 'full' ? 11 : 16}
          lineHeight={detail === 'full' ? 1.2 : 1.05}
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
      <NoteMarkSlot noteId={noteId} width={NOTE_WIDTH} height={NOTE_HEIGHT} detail={detail} />
    </Group>
  );
});
