import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'journeyboard:navigate';

export interface LocationSnapshot {
  readonly pathname: string;
  readonly hash: string;
}

let cached: LocationSnapshot | null = null;

function readLocation(): LocationSnapshot {
  const { pathname, hash } = window.location;
  if (!cached || cached.pathname !== pathname || cached.hash !== hash) cached = { pathname, hash };
  return cached;
}

function subscribe(notify: () => void): () => void {
  window.addEventListener('popstate', notify);
  window.addEventListener('hashchange', notify);
  window.addEventListener(NAVIGATE_EVENT, notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener('hashchange', notify);
    window.removeEventListener(NAVIGATE_EVENT, notify);
  };
}

export function useLocation(): LocationSnapshot {
  return useSyncExternalStore(subscribe, readLocation, readLocation);
}

/** Client-side navigation; `state` rides along in history (e.g. "open the Share dialog once"). */
export function navigate(path: string, state: Record<string, unknown> | null = null): void {
  window.history.pushState(state, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** A one-shot flag on the current history entry (e.g. set by navigate(path, { openShare: true })). */
export function readHistoryFlag(name: string): boolean {
  const state = window.history.state as Record<string, unknown> | null;
  return state?.[name] === true;
}

/** Clears the flag so a reload or going back does not repeat the one-shot action. */
export function clearHistoryFlag(name: string): void {
  const state = window.history.state as Record<string, unknown> | null;
  if (state?.[name] === true) window.history.replaceState({ ...state, [name]: false }, '');
}
