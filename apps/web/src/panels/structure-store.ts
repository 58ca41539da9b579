import { create } from 'zustand';
import type { StructureKind } from './structure-consequences';

export type StructureControl = 'name' | 'up' | 'down' | 'remove';

/**
 * Local state of the Board structure panel: whether it is open, and where focus goes after a change
 * re-creates or removes the row that had it (a moved row is re-ordered in the DOM and loses focus).
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
