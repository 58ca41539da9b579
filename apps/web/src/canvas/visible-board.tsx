import type { Channel, Lane } from '@journeyboard/journey';
import type KonvaType from 'konva';
import { type RefObject, useDeferredValue, useLayoutEffect, useMemo } from 'react';
import { useUiStore } from '../state/ui-store';
import { BoardOverview } from './board-overview-shape';
import type { BoardStore } from './board-store';
import type { BoardStructure } from './board-structure';
import type { CanvasPresenceStore } from './canvas-presence';
import { cachePixelRatio, useSettled } from './column-cache';
import { coversRange, rowsInReach } from './culling';
import { CurveLayerContent } from './curve-layer';
import { GridContent } from './grid-layer';
import { TopBand } from './header-layer';
import { Group } from './konva';
import type { BoardLayout } from './layout';
import { Corner, RowHeaders } from './row-headers';
import { SelectionOutlines } from './selection-outline';
import { StepColumn } from './step-column';
import { useRowReach } from './use-row-reach';
import { useVisibleColumns } from './use-visible-columns';

export interface VisibleBoardProps {
  store: BoardStore;
  structure: BoardStructure;
  layout: BoardLayout;
  channels: ReadonlyMap<string, Channel>;
  lanes: ReadonlyMap<string, Lane>;
  /** Others' selections, once the presence code is here. */
  presence: CanvasPresenceStore;
  readOnly: boolean;
  draggedStepId: string | null;
  /** Told whenever every column in view is (or stops being) mounted. */
  onComplete(complete: boolean): void;
  refs: {
    content: RefObject<KonvaType.Group | null>;
    rows: RefObject<KonvaType.Group | null>;
    band: RefObject<KonvaType.Group | null>;
    corner: RefObject<KonvaType.Group | null>;
  };
}

/**
 * The board as far as it is in view: the columns, the curve and the headers for the visible range and zoom.
 * It lives inside the Stage and follows the viewport itself, so a pan or zoom re-renders it alone, never
 * the components above the Stage. Columns mount in transitions (built in slices between frames), and a new
 * level of detail reaches mounted columns as a deferred value (re-rendered in slices too, their old bitmaps
 * shown meanwhile).
 */
export function VisibleBoard({
  store,
  structure,
  layout,
  channels,
  lanes,
  presence,
  readOnly,
  draggedStepId,
  onComplete,
  refs,
}: VisibleBoardProps) {
  const { wanted, range, drawnRange, detail, overview } = useVisibleColumns(layout);
  // The columns, step headers and curve points take the new level of detail in slices; what has no
  // bitmap per column (the overview, the grid) takes it at once.
  const deferred = useDeferredValue(detail);
  // Into and out of the overview, everything follows at once (the columns are unmounted or mounted anew).
  const columnDetail = overview || deferred === 'shapes' ? detail : deferred;
  const pixelRatio = useSettled(
    useUiStore((state) => cachePixelRatio(state.viewport.scale, window.devicePixelRatio || 1)),
  );
  const complete = overview || coversRange(range, wanted);
  useLayoutEffect(() => onComplete(complete), [complete, onComplete]);
  const columns = layout.columns.slice(Math.max(0, range.first), range.last + 1);
  const reach = useRowReach(wanted.bottom, complete && structure.stepIds.length > 0);
  const columnRows = useMemo(() => rowsInReach(layout.rows, reach), [layout.rows, reach]);
  return (
    <>
      <Group ref={refs.content} name="board-content">
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
                detail={columnDetail}
                readOnly={readOnly}
                dragging={draggedStepId === column.stepId}
                pixelRatio={pixelRatio}
              />
            ),
          )}
          <SelectionOutlines presence={presence} layout={layout} structure={structure} />
        </Group>
        <Group name="board-curve">
          <CurveLayerContent
            store={store}
            row={layout.rowByKey.get('curve')}
            boardWidth={layout.width}
            first={wanted.first}
            last={wanted.last}
            detail={columnDetail}
            pixelRatio={pixelRatio}
          />
        </Group>
      </Group>
      {/* Pinned headers, drawn over the content scrolled beneath them. */}
      <Group ref={refs.rows}>
        <RowHeaders
          rows={layout.rows}
          height={layout.height}
          channels={channels}
          lanes={lanes}
          detail={columnDetail}
          pixelRatio={pixelRatio}
        />
      </Group>
      <Group ref={refs.band}>
        <TopBand
          store={store}
          layout={layout}
          stages={structure.stages}
          first={drawnRange.first}
          last={drawnRange.last}
          detail={columnDetail}
          readOnly={readOnly}
          canAddSteps={structure.journeyId !== null}
          pixelRatio={pixelRatio}
        />
      </Group>
      <Group ref={refs.corner}>
        <Corner pixelRatio={pixelRatio} />
      </Group>
    </>
  );
}
