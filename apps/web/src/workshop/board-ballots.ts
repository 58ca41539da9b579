import { type BoardContextValue, useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t } from '../i18n/i18n';
import { ballotFailure } from './ballot-failure';
import { OwnBallotsStore } from './own-ballots-store';

// This person's own ratings and dots on the open board (cast through the relay; they are in no document).
// Only the workshop's rating and voting controls use them, which load once the board is drawn: the store,
// and the request for the ballots, start with the first of them, not with the board.

const stores = new WeakMap<object, OwnBallotsStore>();

/** The board's ballots store: one per open board and identity (its scope), asked for its ballots once. */
export function ballotsOf(board: BoardContextValue): OwnBallotsStore {
  const known = stores.get(board.scope);
  if (known) return known;
  const store = new OwnBallotsStore(
    { boardId: board.boardId, key: board.key, identityToken: board.identityToken },
    (error) =>
      usePanelStore.getState().announce(t('board.ballot-not-recorded', { reason: ballotFailure(error) })),
  );
  stores.set(board.scope, store);
  void store.load();
  return store;
}

/** This person's ballots store on the open board. */
export function useBallotsStore(): OwnBallotsStore {
  return ballotsOf(useBoard());
}
