import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useUiStore } from '../state/ui-store';
import type { BoardStore } from './board-store';
import { itemAnchor, resolveItem } from './canvas-focus';
import { anchorToScreen } from './editor-geometry';
import { focusBoard } from './focus-board';
import type { InteractionStore } from './interaction-store';
import { useLayout } from './use-board';

/**
 * The keyboard focus ring: an outline over the focused card, cell or note, following pans, zooms and
 * peers' changes. Shown after keyboard moves only, as :focus-visible would be.
 */
export function FocusRing({
  store,
  interaction,
}: {
  store: BoardStore;
  interaction: StoreApi<InteractionStore>;
}) {
  const focus = useStore(interaction, (s) => s.focus);
  const ring = useStore(interaction, (s) => s.ring && s.state.kind !== 'editing-text');
  const viewport = useUiStore((state) => state.viewport);
  useLayout(store);
  if (!ring || !focus) return null;
  const board = focusBoard(store);
  const item = resolveItem(board, focus);
  const anchor = item ? itemAnchor(board, item) : null;
  if (!anchor) return null;
  const rect = anchorToScreen(anchor, viewport);
  return (
    <div
      aria-hidden="true"
      data-focus-ring={item?.kind}
      style={{
        position: 'absolute',
        left: rect.x - 3,
        top: rect.y - 3,
        width: rect.width + 6,
        height: rect.height + 6,
        border: '3px solid #1d4ed8',
        boxShadow: '0 0 0 2px #ffffff',
        borderRadius: 8,
        boxSizing: 'border-box',
        pointerEvents: 'none',
        zIndex: 1,
      }}
    />
  );
}
