import type KonvaType from 'konva';
import { type RefObject, useEffect } from 'react';
import { useUiStore } from '../state/ui-store';
import type { Viewport } from '../state/viewport';
import { pinnedOffsets } from './layout';

export interface ViewportLayers {
  /** Scrolled and zoomed with the board. */
  readonly content: readonly RefObject<KonvaType.Container | null>[];
  /** The stage band: scrolls sideways, pinned to the top. */
  readonly band: RefObject<KonvaType.Group | null>;
  /** The row headers: scroll up and down, pinned to the left. */
  readonly rows: RefObject<KonvaType.Group | null>;
  readonly corner: RefObject<KonvaType.Group | null>;
}

function applyViewport(viewport: Viewport, layers: ViewportLayers) {
  const scale = { x: viewport.scale, y: viewport.scale };
  for (const ref of layers.content) ref.current?.setAttrs({ x: viewport.x, y: viewport.y, scale });
  const pinned = pinnedOffsets(viewport);
  layers.band.current?.setAttrs({ x: viewport.x, y: pinned.y, scale });
  layers.rows.current?.setAttrs({ x: pinned.x, y: viewport.y, scale });
  layers.corner.current?.setAttrs({ x: pinned.x, y: pinned.y, scale });
}

/**
 * Pans and zooms move the Konva layers directly; React re-renders only when the visible range or the
 * level of detail changes. Called by the Stage's owner, so the layers start at the viewport.
 */
export function useViewportLayers(layers: ViewportLayers) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the layers are refs, stable for the Stage's life
  useEffect(() => {
    applyViewport(useUiStore.getState().viewport, layers);
    return useUiStore.subscribe((state, previous) => {
      if (state.viewport !== previous.viewport) applyViewport(state.viewport, layers);
    });
  }, []);
}
