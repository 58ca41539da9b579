import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Role } from '../app/api-client';
import type { BoardConnection, BoardDocs } from './board-connection';

export interface LocalUser {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** Everything the panels need about the open board; stable for the board's lifetime. */
export interface BoardContextValue {
  readonly boardId: string;
  /** The board's own title (the relay's record, shown in the header); the journey's is in its meta. */
  readonly title: string;
  readonly key: string;
  /** The identity token the relay issued to this browser (sent with ballots and uploads). */
  readonly identityToken: string;
  readonly role: Role;
  readonly connection: BoardConnection;
  readonly docs: BoardDocs;
  /** The transaction origin of this user's edits; the undo manager tracks only it. */
  readonly origin: object;
  readonly undoManager: Y.UndoManager;
  readonly user: LocalUser;
  /**
   * One object per open board and identity, the same across reconnections: code that loads later keeps
   * what it holds for this board under it (e.g. this person's ballots, workshop/board-ballots.ts).
   */
  readonly scope: object;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard must be used inside a BoardContext provider');
  return value;
}
