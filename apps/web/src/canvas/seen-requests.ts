import { type UiState, useUiStore } from '../state/ui-store';

/** The last request of each kind the canvas has seen: any other one is still to be honoured. */
export interface SeenRequests {
  edit: UiState['editRequest'];
  reveal: UiState['revealRequest'];
  show: UiState['showRequest'];
}

/** The requests already made when a canvas appears (they were for an earlier one): none is honoured. */
export function seenRequests(): SeenRequests {
  const { editRequest, revealRequest, showRequest } = useUiStore.getState();
  return { edit: editRequest, reveal: revealRequest, show: showRequest };
}
