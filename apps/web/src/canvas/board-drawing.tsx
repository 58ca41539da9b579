import type { Channel, Lane } from '@journeyboard/journey';
import { useMemo } from 'react';
import type { BoardStore } from './board-store';
import { DrawLiveContext } from './cached-group';
import { CurveLayerContent } from './curve-layer';
import { GridContent } from './grid-layer';
import { TopBand } from './header-layer';
import { Group, Rect } from './konva';
import { Corner, RowHeaders } from './row-headers';
import { StepColumn } from './step-column';
import { THEME } from './theme';
import { useLayout, useStructure } from './use-board';

/**
 * The whole board at full detail, drawn by the very components of the live canvas (columns, curve,
 * headers), at board coordinates with its headers at the top-left: what a picture of the board shows
 * (exports, checkpoints). Only the first `columnsDrawn` step columns are drawn, so a picture can be built
 * a chunk at a time.
 */
export function BoardDrawing({ store, columnsDrawn }: { store: BoardStore; columnsDrawn: number }) {
  const structure = useStructure(store);
  const layout = useLayout(store);
  const channels = useMemo(
    () => new Map<string, Channel>(structure.channels.map((c) => [c.id, c])),
    [structure],
  );
  const lanes = useMemo(() => new Map<string, Lane>(structure.lanes.map((l) => [l.id, l])), [structure]);
  const last = layout.columns.length - 1;
  const curveRow = layout.rowByKey.get('curve');
  return (
    <DrawLiveContext.Provider value={true}>
      <Group name="board-drawing" listening={false}>
        <Rect width={layout.width} height={layout.height} fill={THEME.background} />
        <GridContent layout={layout} first={0} last={last} />
        {layout.columns
          .slice(0, Math.max(0, columnsDrawn))
          .map((column) =>
            column.stepId === null ? null : (
              <StepColumn
                key={column.stepId}
                store={store}
                stepId={column.stepId}
                index={column.index}
                rows={layout.rows}
                cellNotes={structure.cellNotes}
                channels={channels}
                detail="full"
                readOnly
                dragging={false}
                pixelRatio={1}
              />
            ),
          )}
        <CurveLayerContent
          store={store}
          row={curveRow}
          boardWidth={layout.width}
          first={0}
          last={last}
          detail="full"
          pixelRatio={1}
        />
        <RowHeaders
          rows={layout.rows}
          height={layout.height}
          channels={channels}
          lanes={lanes}
          detail="full"
          pixelRatio={1}
        />
        <TopBand
          store={store}
          layout={layout}
          stages={structure.stages}
          first={0}
          last={last}
          detail="full"
          readOnly
          canAddSteps={false}
          pixelRatio={1}
        />
        <Corner pixelRatio={1} />
      </Group>
    </DrawLiveContext.Provider>
  );
}
