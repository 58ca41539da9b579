import { create } from 'zustand';
import type { StructureKind } from './structure-consequences';

/** The move buttons: a moved row is re-ordered in the DOM and loses focus. */
export type StructureControl = 'up' | 'down';

/**
 * Local state of the Board structure panel: whether it is open, and where focus goes after a change
 * moves or removes the row that had it.
 */
export interface StructureState {
  open: boolean;
  focus:
    | { readonly kind: StructureKind; readonly id: string; readonly control: StructureControl }
    | { readonly kind: StructureKind; readonly id: null; readonly control: 'heading' }
    | null;
  toggle(): void;
  setOpen(open: boolean): void;
  requestFocus(focus: StructureState['focus']): void;
  clearFocus(): void;
}

export const useStructureStore = create<StructureState>()((set, get) => ({
  open: false,
  focus: null,
  toggle: () => set({ open: !get().open, focus: null }),
  setOpen: (open) => set({ open, focus: null }),
  requestFocus: (focus) => set({ focus }),
  clearFocus: () => set({ focus: null }),
}));
