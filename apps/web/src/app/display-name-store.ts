import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  browserStore,
  DISPLAY_NAME_KEY,
  type KeyValueStore,
  loadDisplayName,
  saveDisplayName,
} from './local-prefs';

export interface DisplayNameState {
  /** The remembered name, or null until the person has answered the name prompt. */
  readonly name: string | null;
  /** Normalises, remembers and publishes a name; returns it, or null (changing nothing) when blank. */
  setName(raw: string): string | null;
  /** Re-reads the stored name, e.g. after another tab changed it. */
  reload(): void;
}

/**
 * The display name as live state: the board reads it, so a rename reaches the awareness `user` (cursor
 * labels, the presence list) at once, and storage keeps it for the next visit.
 */
export function createDisplayNameStore(storage: KeyValueStore | null): StoreApi<DisplayNameState> {
  return createStore<DisplayNameState>()((set, get) => ({
    name: loadDisplayName(storage),
    setName: (raw) => {
      const name = saveDisplayName(raw, storage);
      if (name && name !== get().name) set({ name });
      return name;
    },
    reload: () => {
      const name = loadDisplayName(storage);
      // A stored name that was removed or corrupted does not sign the person out of an open board.
      if (name && name !== get().name) set({ name });
    },
  }));
}

export const displayNameStore = createDisplayNameStore(browserStore());

// Two tabs of one person show one name: otherwise peers would see whichever tab they heard from first.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === DISPLAY_NAME_KEY) displayNameStore.getState().reload();
  });
}

export function useDisplayName(): string | null {
  return useStore(displayNameStore, (state) => state.name);
}
