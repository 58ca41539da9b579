import { type UiState, useUiStore } from '../state/ui-store';

/** The last request of each kind the canvas has seen: any other one is still to be honoured. */
export interface SeenRequests {
  edit: UiState['editRequest'];
  reveal: UiState['revealRequest'];
}

/** The requests already made when a canvas appears (they were for an earlier one): none is honoured. */
export function seenRequests(): SeenRequests {
  const { editRequest, revealRequest } = useUiStore.getState();
  return { edit: editRequest, reveal: revealRequest };
}
