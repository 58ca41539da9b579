import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { AWARENESS_INTERVAL_MS, throttle } from '../board/throttle';
import { useUiStore } from '../state/ui-store';
import { screenToBoard } from '../state/viewport';

/** Publishes our selection and view (for followers) to awareness, at most 20 times a second. */
export function usePresencePublishing(awareness: Awareness | null) {
  useEffect(() => {
    if (!awareness) return;
    const publishView = throttle(() => {
      const { viewport, viewportSize } = useUiStore.getState();
      if (viewportSize.width === 0) return;
      const centre = screenToBoard(viewport, { x: viewportSize.width / 2, y: viewportSize.height / 2 });
      awareness.setLocalStateField('view', { centerX: centre.x, centerY: centre.y, scale: viewport.scale });
    }, AWARENESS_INTERVAL_MS);
    const publishSelection = () => {
      const { selectedStepId, selectedNoteId } = useUiStore.getState();
      awareness.setLocalStateField('selection', { stepId: selectedStepId, noteId: selectedNoteId });
    };
    publishSelection();
    publishView();
    const stop = useUiStore.subscribe((state, previous) => {
      if (
        state.selectedStepId !== previous.selectedStepId ||
        state.selectedNoteId !== previous.selectedNoteId
      ) {
        publishSelection();
      }
      if (state.viewport !== previous.viewport || state.viewportSize !== previous.viewportSize) publishView();
    });
    return () => {
      stop();
      publishView.cancel();
    };
  }, [awareness]);
}

/** A cursor publisher for pointer moves (board coordinates), throttled to 20 updates a second. */
export function cursorPublisher(awareness: Awareness | null) {
  if (!awareness) return { move: () => {}, leave: () => {}, cancel: () => {} };
  const send = throttle((x: number, y: number) => {
    awareness.setLocalStateField('cursor', { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  }, AWARENESS_INTERVAL_MS);
  return {
    move: (x: number, y: number) => send(x, y),
    leave: () => {
      send.cancel();
      awareness.setLocalStateField('cursor', null);
    },
    cancel: () => send.cancel(),
  };
}
