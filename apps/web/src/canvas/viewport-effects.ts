import { useEffect, useRef } from 'react';
import { useUiStore } from '../state/ui-store';
import { fitRectInto, type Size, visibleArea } from '../state/viewport';
import { type BoardLayout, contentBounds } from './layout';

/** Fits the board into the canvas whenever someone asks (the toolbar's "Zoom to fit"). */
export function useZoomToFit(layout: BoardLayout, size: Size) {
  const request = useUiStore((state) => state.zoomToFitRequest);
  const latest = useRef({ layout, size });
  latest.current = { layout, size };
  useEffect(() => {
    if (request === 0) return;
    const { layout: current, size: screen } = latest.current;
    if (screen.width === 0 || screen.height === 0) return;
    // Into the part of the canvas no panel covers: what is fitted is what the person sees.
    const area = visibleArea(screen, useUiStore.getState().viewportInsets);
    useUiStore.getState().setViewport(fitRectInto(contentBounds(current), area));
  }, [request]);
}
