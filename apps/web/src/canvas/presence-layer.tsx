import { memo } from 'react';
import { useUiStore } from '../state/ui-store';
import type { CanvasPeer, NoteRect, PresenceDrawing } from './canvas-presence';
import { Group, Rect, Text } from './konva';
import type { BoardLayout } from './layout';
import { Polyline } from './polyline';
import { Outline } from './selection-outline';
import { THEME } from './theme';

// How the canvas draws the others: loaded with the presence code, once the board is drawn (the canvas
// takes it from canvas-presence.ts).

const ARROW = [0, 0, 0, 16, 4.5, 12.5, 8, 19, 10.5, 18, 7, 11.5, 12.5, 11.5];

/** Others' selections as dashed outlines in their colours. */
const PeerSelections = memo(function PeerSelections({
  peers,
  layout,
  notes,
}: {
  peers: readonly CanvasPeer[];
  layout: BoardLayout;
  notes: ReadonlyMap<string, NoteRect>;
}) {
  return (
    <>
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
const PeerCursors = memo(function PeerCursors({ peers }: { peers: readonly CanvasPeer[] }) {
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

export const PRESENCE_DRAWING: PresenceDrawing = { Cursors: PeerCursors, Selections: PeerSelections };
