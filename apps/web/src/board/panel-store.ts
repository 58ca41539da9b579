import { create } from 'zustand';

/**
 * Local state of the panels around the canvas (not the canvas's own UI state, which lives in
 * state/ui-store): the Share dialog, spoken announcements, and focus hand-offs between panels.
 */
export interface PanelState {
  shareOpen: boolean;
  /** The latest message for the polite live region; `seq` makes a repeated message speak again. */
  announcement: { text: string; seq: number };
  /**
   * Asks the inspector to focus the first field of this step (after "Edit" or "Add step"); cleared once
   * honoured, so a step that reappears later (e.g. on redo) does not steal focus.
   */
  inspectorFocusRequest: { stepId: string } | null;
  /** After an outline move the step's row is re-created; it takes focus back when it mounts. */
  outlineFocus: { stepId: string; control: 'earlier' | 'later' | 'title' } | null;
  /**
   * After an outline note is moved (possibly into another step's row) or deleted, the control that takes
   * focus back when it mounts: a note's control, or a step's "new note" field (`id` = `add:<stepId>`).
   */
  noteFocus: { id: string; control: NoteControl } | null;

  setShareOpen(open: boolean): void;
  announce(text: string): void;
  requestInspectorFocus(stepId: string): void;
  clearInspectorFocus(): void;
  setOutlineFocus(focus: PanelState['outlineFocus']): void;
  setNoteFocus(focus: PanelState['noteFocus']): void;
}

export type NoteControl = 'text' | 'earlier' | 'later' | 'previous-step' | 'next-step';

export const usePanelStore = create<PanelState>()((set, get) => ({
  shareOpen: false,
  announcement: { text: '', seq: 0 },
  inspectorFocusRequest: null,
  outlineFocus: null,
  noteFocus: null,
  setShareOpen: (open) => set({ shareOpen: open }),
  announce: (text) => set({ announcement: { text, seq: get().announcement.seq + 1 } }),
  requestInspectorFocus: (stepId) => set({ inspectorFocusRequest: { stepId } }),
  clearInspectorFocus: () => set({ inspectorFocusRequest: null }),
  setOutlineFocus: (focus) => set({ outlineFocus: focus }),
  setNoteFocus: (focus) => set({ noteFocus: focus }),
}));

export function resetPanelStore(): void {
  usePanelStore.setState({
    shareOpen: false,
    announcement: { text: '', seq: 0 },
    inspectorFocusRequest: null,
    outlineFocus: null,
    noteFocus: null,
  });
}
