import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '../state/ui-store';
import {
  COLUMN_CHUNK,
  type DetailLevel,
  detailLevel,
  type VisibleRange,
  visibleRange,
  withOverscan,
} from './culling';
import type { BoardLayout } from './layout';
import { useProgressiveRange } from './use-progressive-range';

export interface VisibleColumns {
  /** The columns in view. */
  readonly wanted: VisibleRange;
  /** The columns mounted so far (a few at a time, up to `wanted` and a chunk beyond each side). */
  readonly range: { readonly first: number; readonly last: number };
  /** The columns the step band labels: those mounted, or every one in view under the overview. */
  readonly drawnRange: { readonly first: number; readonly last: number };
  readonly detail: DetailLevel;
  /** Zoomed far out, one overview shape draws every column in view and no column is mounted. */
  readonly overview: boolean;
}

/** Which columns the canvas draws, and how finely, for the current viewport. */
export function useVisibleColumns(layout: BoardLayout): VisibleColumns {
  const wanted = useUiStore(
    useShallow((state) => visibleRange(state.viewport, state.viewportSize, layout.columns.length)),
  );
  // Detail follows the zoom at once: columns mounted while zooming out are then drawn cheaply from the
  // start, and only the few columns on screen re-render at each threshold.
  const detail = useUiStore((state) => detailLevel(state.viewport.scale));
  const overview = detail === 'shapes';
  // A chunk of columns beyond each edge is mounted too (a few per frame), so a pan meets columns already
  // built and cached instead of building them in the frames that show them.
  const mounted = withOverscan(wanted, COLUMN_CHUNK, layout.columns.length);
  const range = useProgressiveRange(mounted, 2, overview, wanted);
  return { wanted, range, drawnRange: overview ? wanted : range, detail, overview };
}
