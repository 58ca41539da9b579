import { useEffect, useState, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { InteractionStore } from './interaction-store';

/** Whether a card or a column is being dragged (the overlay layer then shows). */
export function useDragging(interaction: StoreApi<InteractionStore>): boolean {
  return useSyncExternalStore(interaction.subscribe, () => {
    const kind = interaction.getState().state.kind;
    return kind === 'dragging-card' || kind === 'dragging-column';
  });
}

/** The step whose card is being dragged, hidden in place while its ghost follows the pointer. */
export function useDraggedStep(interaction: StoreApi<InteractionStore>): string | null {
  const [stepId, setStepId] = useState<string | null>(null);
  useEffect(
    () =>
      interaction.subscribe(({ state }) => {
        setStepId(state.kind === 'dragging-card' ? state.stepId : null);
      }),
    [interaction],
  );
  return stepId;
}
