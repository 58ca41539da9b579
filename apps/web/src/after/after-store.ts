import { create } from 'zustand';
import type { MessageKey } from '../i18n/i18n';

export const AFTER_TABS = ['moments', 'actions', 'future', 'history', 'export'] as const;
export type AfterTab = (typeof AFTER_TABS)[number];

export const AFTER_TAB_LABEL_KEYS: Readonly<Record<AfterTab, MessageKey>> = {
  moments: 'after.tab.moments',
  actions: 'after.tab.actions',
  future: 'after.tab.future',
  history: 'after.tab.history',
  export: 'after.tab.export',
};

/** Local UI state of the after-workshop panel (nothing here is shared). */
export interface AfterState {
  /** The open tab, or null when the panel is closed. */
  tab: AfterTab | null;
  /** The journey the panels work on; null means the board's default (first current-state) journey. */
  journeyId: string | null;
  /** A just-created opportunity the action plan scrolls to and focuses once. */
  focusOpportunityId: string | null;
  open(tab: AfterTab): void;
  close(): void;
  toggle(): void;
  setJourneyId(journeyId: string | null): void;
}

export const useAfterStore = create<AfterState>()((set, get) => ({
  tab: null,
  journeyId: null,
  focusOpportunityId: null,
  // Changing tabs drops a pending focus request, so it cannot steal focus when the table shows again.
  open: (tab) => set({ tab, focusOpportunityId: null }),
  close: () => set({ tab: null, focusOpportunityId: null }),
  toggle: () => set({ tab: get().tab === null ? 'moments' : null, focusOpportunityId: null }),
  setJourneyId: (journeyId) => set({ journeyId }),
}));
