import { create } from 'zustand';
import {
  closePanel,
  loadPanelPrefs,
  openPanel,
  type PanelId,
  type PanelPrefs,
  savePanelPrefs,
  setDocked,
  togglePanel,
} from './panel-layout';

/** Which side panels are open and docked in this browser (remembered in localStorage). */
export interface PanelLayoutState {
  prefs: PanelPrefs;
  open(id: PanelId): void;
  close(id: PanelId): void;
  toggle(id: PanelId): void;
  setDocked(id: PanelId, docked: boolean): void;
}

export const usePanelLayout = create<PanelLayoutState>()((set, get) => {
  const update = (prefs: PanelPrefs) => {
    if (prefs === get().prefs) return;
    set({ prefs });
    savePanelPrefs(prefs);
  };
  return {
    prefs: loadPanelPrefs(),
    open: (id) => update(openPanel(get().prefs, id)),
    close: (id) => update(closePanel(get().prefs, id)),
    toggle: (id) => update(togglePanel(get().prefs, id)),
    setDocked: (id, docked) => update(setDocked(get().prefs, id, docked)),
  };
});
