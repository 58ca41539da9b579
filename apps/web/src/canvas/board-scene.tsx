import type { Channel, Lane } from '@journeyboard/journey';
import type KonvaType from 'konva';
import { useMemo, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { StoreApi } from 'zustand/vanilla';
import { useUiStore } from '../state/ui-store';
import type { Size } from '../state/viewport';
import { BoardOverview } from './board-overview-shape';
import type { BoardStore } from './board-store';
import type { BoardStructure } from './board-structure';
import { cachePixelRatio, useSettled } from './column-cache';
import { rowsInReach } from './culling';
import { CurveLayerContent } from './curve-layer';
import { DragContent } from './drag-layer';
import { GridContent } from './grid-layer';
import { Corner, RowHeaders, TopBand } from './header-layer';
import type { InteractionStore } from './interaction-store';
import { Group, Layer, Stage } from './konva';
import type { BoardLayout } from './layout';
import { PeerCursors, SelectionOutlines, usePeers } from './presence-layer';
import { StepColumn } from './step-column';
import { useDraggedStep, useDragging } from './use-interaction-flags';
import { useRowReach } from './use-row-reach';
import { useViewportLayers } from './use-viewport-layers';
import type { VisibleColumns } from './use-visible-columns';

export interface BoardSceneProps {
  store: BoardStore;
  structure: BoardStructure;
  layout: BoardLayout;
  size: Size;
  visible: VisibleColumns;
  /** Every column in view is mounted (rows then load further down, see useRowReach). */
  complete: boolean;
  readOnly: boolean;
  awareness: Awareness | null;
  interaction: StoreApi<InteractionStore>;
}

/** What the canvas draws: the board in one Konva layer, presence and the dragged item in another. */
export function BoardScene({
  store,
  structure,
  layout,
  size,
  visible,
  complete,
  readOnly,
  awareness,
  interaction,
}: BoardSceneProps) {
  const contentRef = useRef<KonvaType.Group>(null);
  const overlayRef = useRef<KonvaType.Layer>(null);
  const bandRef = useRef<KonvaType.Group>(null);
  const rowsRef = useRef<KonvaType.Group>(null);
  const cornerRef = useRef<KonvaType.Group>(null);
  useViewportLayers({ content: [contentRef, overlayRef], band: bandRef, rows: rowsRef, corner: cornerRef });

  const { wanted, range, drawnRange, detail, overview } = visible;
  const pixelRatio = useSettled(
    useUiStore((state) => cachePixelRatio(state.viewport.scale, window.devicePixelRatio || 1)),
  );
  const peers = usePeers(awareness);
  const channels = useMemo(
    () => new Map<string, Channel>(structure.channels.map((c) => [c.id, c])),
    [structure],
  );
  const lanes = useMemo(() => new Map<string, Lane>(structure.lanes.map((l) => [l.id, l])), [structure]);
  const draggedStepId = useDraggedStep(interaction);
  const dragging = useDragging(interaction);
  // An empty overlay is hidden: otherwise every pan frame clears it and, without a GPU, the browser
  // copies one more full-size canvas to the compositor for nothing.
  const overlayShown = dragging || peers.some((peer) => peer.cursor);
  const columns = layout.columns.slice(Math.max(0, range.first), range.last + 1);
  const reach = useRowReach(wanted.bottom, complete && structure.stepIds.length > 0);
  const columnRows = useMemo(() => rowsInReach(layout.rows, reach), [layout.rows, reach]);

  return (
    <Stage width={size.width} height={size.height} listening={false}>
      {/* The board in one canvas: without a GPU the browser copies and blends every layer's full-size
          canvas on each pan frame (~1 ms a canvas here, see docs/benchmarks.md), while redrawing the
          other groups for an edit costs little (columns are cached bitmaps). */}
      <Layer listening={false}>
        <Group ref={contentRef} name="board-content">
          <Group name="board-grid">
            <GridContent layout={layout} first={wanted.first} last={wanted.last} />
          </Group>
          <Group name="board-cards">
            {overview && (
              <BoardOverview
                store={store}
                layout={layout}
                cellNotes={structure.cellNotes}
                channels={channels}
                first={wanted.first}
                last={wanted.last}
                hiddenStepId={draggedStepId}
              />
            )}
            {columns.map((column) =>
              column.stepId === null ? null : (
                <StepColumn
                  key={column.stepId}
                  store={store}
                  stepId={column.stepId}
                  index={column.index}
                  rows={columnRows}
                  cellNotes={structure.cellNotes}
                  channels={channels}
                  detail={detail}
                  readOnly={readOnly}
                  dragging={draggedStepId === column.stepId}
                  pixelRatio={pixelRatio}
                />
              ),
            )}
            <SelectionOutlines peers={peers} layout={layout} structure={structure} />
          </Group>
          <Group name="board-curve">
            <CurveLayerContent
              store={store}
              row={layout.rowByKey.get('curve')}
              boardWidth={layout.width}
              first={wanted.first}
              last={wanted.last}
              detail={detail}
              pixelRatio={pixelRatio}
            />
          </Group>
        </Group>
        {/* Pinned headers, drawn over the content scrolled beneath them. */}
        <Group ref={rowsRef}>
          <RowHeaders
            rows={layout.rows}
            height={layout.height}
            channels={channels}
            lanes={lanes}
            detail={detail}
            pixelRatio={pixelRatio}
          />
        </Group>
        <Group ref={bandRef}>
          <TopBand
            store={store}
            layout={layout}
            stages={structure.stages}
            first={drawnRange.first}
            last={drawnRange.last}
            detail={detail}
            readOnly={readOnly}
            canAddSteps={structure.journeyId !== null}
            pixelRatio={pixelRatio}
          />
        </Group>
        <Group ref={cornerRef}>
          <Corner pixelRatio={pixelRatio} />
        </Group>
      </Layer>
      {/* Presence and the dragged item change most often: one small layer on top, redrawn alone. */}
      <Layer ref={overlayRef} listening={false} visible={overlayShown}>
        <PeerCursors peers={peers} />
        <DragContent interaction={interaction} store={store} layout={layout} channels={channels} />
      </Layer>
    </Stage>
  );
}
