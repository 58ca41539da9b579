import { useEffect } from 'react';
import { useUiStore } from '../state/ui-store';
import { type BoardLayout, ROW_HEADER_WIDTH, TOP_HEIGHT } from './layout';

/** Keeps the board's extent in the UI store, so no viewport can lose the board. */
export function useContentSize(layout: BoardLayout) {
  useEffect(() => {
    useUiStore.getState().setContentSize({
      width: layout.width,
      height: layout.height,
      // The row headers and the stage band stay pinned to the canvas's edges: not the board in view.
      pinnedLeft: ROW_HEADER_WIDTH,
      pinnedTop: TOP_HEIGHT,
    });
  }, [layout]);
  useEffect(() => () => useUiStore.getState().setContentSize(null), []);
}
