import { browserStore, safeGet, safeRemove, safeSet } from './key-value-store';

// Kept free of heavier imports: the page's inline early script (build/early-info-script.ts) bundles it.

const identityKey = (boardId: string) => `journeyboard:identity:${boardId}`;

/**
 * The identity token the relay issued this browser for a board (see `fetchBoardInfo`), presented again on
 * every visit so the browser stays the same person there: author of its notes, owner of its ballots.
 */
export function loadIdentityToken(boardId: string, store = browserStore()): string | null {
  const token = safeGet(store, identityKey(boardId));
  return token && /^[A-Za-z0-9_.-]{1,500}$/.test(token) ? token : null;
}

export function saveIdentityToken(boardId: string, token: string, store = browserStore()): void {
  if (loadIdentityToken(boardId, store) !== token) safeSet(store, identityKey(boardId), token);
}

/** Forgets the board's identity token (the board was deleted). */
export function forgetIdentityToken(boardId: string, store = browserStore()): void {
  safeRemove(store, identityKey(boardId));
}
