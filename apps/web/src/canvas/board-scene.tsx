import type { Channel, Lane } from '@journeyboard/journey';
import type KonvaType from 'konva';
import { type ComponentType, memo, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Size } from '../state/viewport';
import type { BoardStore } from './board-store';
import type { BoardStructure } from './board-structure';
import type { CanvasPresenceStore } from './canvas-presence';
import type { DragContentProps } from './drag-layer';
import type { InteractionStore } from './interaction-store';
import { Layer, Stage } from './konva';
import type { BoardLayout } from './layout';
import { useDraggedStep, useDragging } from './use-interaction-flags';
import { useViewportLayers } from './use-viewport-layers';
import { VisibleBoard } from './visible-board';

export interface BoardSceneProps {
  store: BoardStore;
  structure: BoardStructure;
  layout: BoardLayout;
  size: Size;
  readOnly: boolean;
  /** Others on the board: none until the presence code is here (canvas-presence.ts). */
  presence: CanvasPresenceStore;
  /** Draws what is being dragged: given with the input code (no drag before it), null until then. */
  dragContent: ComponentType<DragContentProps> | null;
  interaction: StoreApi<InteractionStore>;
  /** Told whenever every column in view is (or stops being) mounted. */
  onComplete(complete: boolean): void;
}

/**
 * What the canvas draws: the board in one Konva layer, presence and the dragged item in another. Nothing
 * here follows the viewport: pans and zooms move the layers' groups (useViewportLayers) and re-render only
 * the VisibleBoard inside the Stage, never this component (which would re-render the Stage's whole tree).
 */
export const BoardScene = memo(function BoardScene({
  store,
  structure,
  layout,
  size,
  readOnly,
  presence,
  dragContent: DragContent,
  interaction,
  onComplete,
}: BoardSceneProps) {
  const contentRef = useRef<KonvaType.Group>(null);
  const overlayRef = useRef<KonvaType.Layer>(null);
  const bandRef = useRef<KonvaType.Group>(null);
  const rowsRef = useRef<KonvaType.Group>(null);
  const cornerRef = useRef<KonvaType.Group>(null);
  useViewportLayers({ content: [contentRef, overlayRef], band: bandRef, rows: rowsRef, corner: cornerRef });
  const refs = useMemo(() => ({ content: contentRef, rows: rowsRef, band: bandRef, corner: cornerRef }), []);

  const peers = useStore(presence, (state) => state.peers);
  const Cursors = useStore(presence, (state) => state.drawing?.Cursors ?? null);
  const channels = useMemo(
    () => new Map<string, Channel>(structure.channels.map((c) => [c.id, c])),
    [structure],
  );
  const lanes = useMemo(() => new Map<string, Lane>(structure.lanes.map((l) => [l.id, l])), [structure]);
  const draggedStepId = useDraggedStep(interaction);
  const dragging = useDragging(interaction);
  // An empty overlay is hidden: otherwise every pan frame clears it and, without a GPU, the browser
  // copies one more full-size canvas to the compositor for nothing.
  const overlayShown =
    (dragging && DragContent !== null) || (Cursors !== null && peers.some((peer) => peer.cursor));

  return (
    <Stage width={size.width} height={size.height} listening={false}>
      {/* The board in one canvas: without a GPU the browser copies and blends every layer's full-size
          canvas on each pan frame (~1 ms a canvas here, see docs/benchmarks.md), while redrawing the
          other groups for an edit costs little (columns are cached bitmaps). */}
      <Layer listening={false}>
        <VisibleBoard
          store={store}
          structure={structure}
          layout={layout}
          channels={channels}
          lanes={lanes}
          presence={presence}
          readOnly={readOnly}
          draggedStepId={draggedStepId}
          onComplete={onComplete}
          refs={refs}
        />
      </Layer>
      {/* Presence and the dragged item change most often: one small layer on top, redrawn alone. */}
      <Layer ref={overlayRef} listening={false} visible={overlayShown}>
        {Cursors ? <Cursors peers={peers} /> : null}
        {DragContent ? (
          <DragContent interaction={interaction} store={store} layout={layout} channels={channels} />
        ) : null}
      </Layer>
    </Stage>
  );
});
