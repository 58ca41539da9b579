import { Suspense, useEffect, useMemo, useState } from 'react';
import type { BoardInfo } from '../app/api-client';
import { ErrorBoundary } from '../app/error-boundary';
import { lazyPart } from '../app/lazy-part';
import { LoadingPage } from '../app/loading-page';
import { clearHistoryFlag, readHistoryFlag } from '../app/navigation';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { resetUiStore } from '../state/ui-store';
import { BoardContext, type BoardContextValue } from './board-context';
import { BoardSlots } from './board-slots';
import { BoardView } from './board-view';
import { resetPanelStore, usePanelStore } from './panel-store';
import { createUndoManager } from './undo';
import { useBoardConnection } from './use-board-connection';
import { colorForUser } from './user-color';

// Only needed when the relay refuses a change: its code and words load then (a moment before it shows).
const Refusal = lazyPart(
  withMessages(['refusal'], () => import('./refusal-notice').then((m) => m.RefusalNotice)),
);

interface BoardSessionProps {
  readonly boardId: string;
  readonly boardKey: string;
  readonly info: BoardInfo;
  readonly displayName: string;
  /** This person has just answered the name prompt: the keyboard goes to the canvas (useArrivalFocus). */
  readonly focusOnArrival?: boolean;
}

/**
 * Owns the board's lifetime: connection, this user's identity (issued by the relay, see `fetchBoardInfo`)
 * and undo history.
 */
export function BoardSession({
  boardId,
  boardKey,
  info,
  displayName,
  focusOnArrival = false,
}: BoardSessionProps) {
  const t = useT();
  const { connection, refusal, dismissRefusal } = useBoardConnection(boardId, boardKey, info.identity.token);
  const identityId = info.identity.id;
  const user = useMemo(
    () => ({ id: identityId, name: displayName, color: colorForUser(identityId) }),
    [identityId, displayName],
  );
  // One origin object per open board: the undo manager tracks exactly the edits made through it.
  const origin = useMemo(() => ({ kind: 'journeyboard:local-user', boardId }), [boardId]);
  const undoManager = useMemo(
    () => (connection ? createUndoManager(connection.docs.content, origin) : null),
    [connection, origin],
  );
  useEffect(() => () => undoManager?.destroy(), [undoManager]);
  const identityToken = info.identity.token;
  // What later-loaded code keeps for this board (this person's ballots: workshop/board-ballots.ts).
  const scope = useMemo(() => ({ boardId, boardKey, identityToken }), [boardId, boardKey, identityToken]);

  // The creator lands here with the Share dialog open, once.
  const [openShareFirst] = useState(() => readHistoryFlag('openShare'));
  useEffect(() => {
    resetUiStore();
    resetPanelStore();
    if (openShareFirst) usePanelStore.getState().setShareOpen(true);
    clearHistoryFlag('openShare');
    return () => {
      resetUiStore();
      resetPanelStore();
    };
  }, [openShareFirst]);

  useEffect(() => {
    document.title = `${info.title} · Journeyboard`;
  }, [info.title]);

  const value = useMemo<BoardContextValue | null>(
    () =>
      connection && undoManager
        ? {
            boardId,
            title: info.title,
            key: boardKey,
            identityToken,
            role: info.role,
            connection,
            docs: connection.docs,
            origin,
            undoManager,
            user,
            scope,
          }
        : null,
    [boardId, info.title, boardKey, identityToken, info.role, connection, origin, undoManager, user, scope],
  );
  if (!value) return <LoadingPage label={t('status.connecting-detail')} />;
  return (
    <BoardContext.Provider value={value}>
      {refusal ? (
        <ErrorBoundary area={t('board.area.refusal')}>
          <Suspense fallback={null}>
            <Refusal.Part reason={refusal} onDismiss={dismissRefusal} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      <BoardSlots>
        {/* The creator lands in the Share dialog, which gives the keyboard to Share when it closes. */}
        <BoardView boardTitle={info.title} focusOnArrival={focusOnArrival && !openShareFirst} />
      </BoardSlots>
    </BoardContext.Provider>
  );
}
