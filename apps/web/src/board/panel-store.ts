import { create } from 'zustand';

/**
 * Local state of the panels around the canvas (not the canvas's own UI state, which lives in
 * state/ui-store): the Share dialog, spoken announcements, and focus hand-offs between panels.
 */
export interface PanelState {
  shareOpen: boolean;
  /** The latest message for the polite live region; `seq` makes a repeated message speak again. */
  announcement: { text: string; seq: number };
  /** Incremented to ask the inspector to focus its first field (after "Edit" or "Add step"). */
  inspectorFocusRequest: number;
  /** After an outline move the step's row is re-created; it takes focus back when it mounts. */
  outlineFocus: { stepId: string; control: 'earlier' | 'later' | 'title' } | null;

  setShareOpen(open: boolean): void;
  announce(text: string): void;
  requestInspectorFocus(): void;
  setOutlineFocus(focus: PanelState['outlineFocus']): void;
}

export const usePanelStore = create<PanelState>()((set, get) => ({
  shareOpen: false,
  announcement: { text: '', seq: 0 },
  inspectorFocusRequest: 0,
  outlineFocus: null,
  setShareOpen: (open) => set({ shareOpen: open }),
  announce: (text) => set({ announcement: { text, seq: get().announcement.seq + 1 } }),
  requestInspectorFocus: () => set({ inspectorFocusRequest: get().inspectorFocusRequest + 1 }),
  setOutlineFocus: (focus) => set({ outlineFocus: focus }),
}));

export function resetPanelStore(): void {
  usePanelStore.setState({
    shareOpen: false,
    announcement: { text: '', seq: 0 },
    inspectorFocusRequest: 0,
    outlineFocus: null,
  });
}
