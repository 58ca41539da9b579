import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CanvasItem } from './canvas-focus';
import type { InteractionState } from './interaction-types';

/** Nothing going on: the machine's resting state, and the store's first. */
export const IDLE: InteractionState = { kind: 'idle' };

/**
 * One canvas's interaction, in one place: what the pointer is doing or what is being edited in place
 * (`state`, the machine of interaction-state.ts) and which item has the keyboard (`focus`, the machine of
 * canvas-focus.ts). `ring` says whether the focus ring shows: after keyboard moves, not after a click.
 */
export interface InteractionStore {
  state: InteractionState;
  focus: CanvasItem | null;
  ring: boolean;
}

export function createInteractionStore(): StoreApi<InteractionStore> {
  return createStore<InteractionStore>(() => ({ state: IDLE, focus: null, ring: false }));
}
