import { useEffect, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { parsePeer } from '../board/presence';
import { useUiStore } from '../state/ui-store';
import { fitRect, type Size, type Viewport } from '../state/viewport';
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
    useUiStore.getState().setViewport(fitRect(contentBounds(current), screen));
  }, [request]);
}

/** The viewport that puts a followed peer's view centre in the middle of our canvas at their zoom. */
export function followViewport(
  view: { centerX: number; centerY: number; scale: number },
  screen: Size,
): Viewport {
  return {
    x: screen.width / 2 - view.centerX * view.scale,
    y: screen.height / 2 - view.centerY * view.scale,
    scale: view.scale,
  };
}

/** While following someone, our viewport tracks theirs; it stops when they leave. */
export function useFollow(awareness: Awareness | null) {
  const target = useUiStore((state) => state.followTarget);
  useEffect(() => {
    if (!awareness || target === null) return;
    const update = () => {
      const state = awareness.getStates().get(target);
      const peer = state === undefined ? null : parsePeer(target, state);
      if (!peer) {
        useUiStore.getState().setFollowTarget(null);
        return;
      }
      if (!peer.view) return;
      const ui = useUiStore.getState();
      // setState directly: setViewport is fine too, but panBy/zoomBy would end following.
      ui.setViewport(followViewport(peer.view, ui.viewportSize));
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness, target]);
}
