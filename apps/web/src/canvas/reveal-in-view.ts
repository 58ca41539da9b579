import { useUiStore } from '../state/ui-store';
import { revealInsets } from '../state/viewport';
import type { Anchor } from './editor-geometry';
import { revealViewport } from './reveal';

/**
 * Brings `anchor` into view on the canvas, clear of what floats over it (a side panel, the participant's
 * rating box): what the keyboard moves to, an edit and a drop all use it.
 */
export function revealInView(anchor: Anchor): void {
  const ui = useUiStore.getState();
  ui.setViewport(
    revealViewport(ui.viewport, ui.viewportSize, anchor, revealInsets(ui.viewportInsets, ui.ratingBoxCover)),
  );
}
