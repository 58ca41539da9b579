import { useEffect } from 'react';
import { useUiStore } from '../state/ui-store';
import type { BoardLayout } from './layout';

/** Keeps the board's size in the UI store, so panning can never lose the board. */
export function useContentSize(layout: BoardLayout) {
  useEffect(() => {
    useUiStore.getState().setContentSize({ width: layout.width, height: layout.height });
  }, [layout]);
  useEffect(() => () => useUiStore.getState().setContentSize(null), []);
}
