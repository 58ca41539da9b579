import type KonvaType from 'konva';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { COLUMN_PART_NAME } from './cached-group';
import { Layer, Stage } from './konva';

// A picture of the board taken off screen: the canvas's own components mounted into a detached Konva
// stage at the picture's full size, a chunk of columns at a time with a pause in between, so a large
// board never freezes the page. Exports read it with Konva's toCanvas.

export interface BoardPicture {
  readonly stage: KonvaType.Stage;
  readonly width: number;
  readonly height: number;
  /** Each column's groups (cells, header, curve point) with their extent, so a tile can hide the others. */
  readonly columns: readonly { node: KonvaType.Node; x: number; width: number }[];
  destroy(): void;
}

export interface PictureOptions {
  readonly width: number;
  readonly height: number;
  /** How many columns the board has: they are mounted `chunk` at a time. */
  readonly columnCount: number;
  /** The picture's content with the first `columnsDrawn` columns. */
  readonly render: (columnsDrawn: number) => ReactNode;
  /** Lets the browser paint and handle input between chunks. */
  readonly pause: () => Promise<void>;
  readonly onProgress?: (fraction: number) => void;
  readonly chunk?: number;
}

/** Few columns at a time: mounting one is the longest the page waits between two frames. */
const COLUMNS_PER_CHUNK = 4;

export async function drawBoardPicture(options: PictureOptions): Promise<BoardPicture> {
  const { width, height, columnCount, render, pause, onProgress = () => {} } = options;
  const chunk = Math.max(1, options.chunk ?? COLUMNS_PER_CHUNK);
  const container = document.createElement('div');
  const root = createRoot(container);
  let stage: KonvaType.Stage | null = null;
  const mount = (columns: number) =>
    flushSync(() =>
      root.render(
        <Stage
          ref={(node) => {
            if (node) stage = node;
          }}
          // The stage itself stays one pixel: exports read regions of it with toCanvas (which draws into
          // a canvas of the region's size), and a full-size layer canvas would be cleared and redrawn, all
          // tens of megapixels of it, after every chunk of columns mounted (a freeze of seconds).
          width={1}
          height={1}
          listening={false}
        >
          <Layer listening={false}>{render(columns)}</Layer>
        </Stage>,
      ),
    );
  const destroy = () => {
    root.unmount();
  };
  try {
    for (let drawn = 0; drawn < columnCount; drawn += chunk) {
      mount(Math.min(columnCount, drawn + chunk));
      onProgress(Math.min(1, (drawn + chunk) / Math.max(1, columnCount)));
      await pause();
    }
    if (columnCount === 0) mount(0);
    const ready = stage as KonvaType.Stage | null;
    if (!ready) throw new Error('the board could not be drawn');
    const columns = ready.find(`.${COLUMN_PART_NAME}`).map((node) => {
      const box = node.getClientRect({ skipShadow: true, skipStroke: true });
      return { node, x: box.x, width: box.width };
    });
    onProgress(1);
    return { stage: ready, width, height, columns, destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}
