import { create } from 'zustand';

/** Whether the facilitator's customer-feedback panel is open (local UI state). */
export const useFeedbackPanelStore = create<{ open: boolean; toggle(): void; close(): void }>()(
  (set, get) => ({
    open: false,
    toggle: () => set({ open: !get().open }),
    close: () => set({ open: false }),
  }),
);
