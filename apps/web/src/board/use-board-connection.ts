import type { DocName } from '@journeyboard/journey/contract';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { BoardConnection, earlyContentReady } from './board-connection';
import type { ConnectionStatus } from './connection-status';

export interface BoardConnectionState {
  readonly connection: BoardConnection | null;
  /**
   * The relay's reason for refusing this browser's last refused change (`<code> <path>`, put into words by
   * refusal-messages.ts); null when none.
   */
  readonly refusal: string | null;
  readonly dismissRefusal: () => void;
}

/**
 * Opens the board's documents for as long as the component is mounted. When the relay refuses a change
 * (4422), the connection starts over with fresh documents from the relay: the refused change is gone
 * from this tab and its offline copy, and the reason is kept for the page to say why.
 */
export function useBoardConnection(
  boardId: string,
  key: string,
  identity: string | null,
): BoardConnectionState {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const [generation, setGeneration] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    void generation;
    const onRefused = (_doc: DocName, reason: string) => {
      setRefusal(reason);
      setGeneration((value) => value + 1);
    };
    let next: BoardConnection | null = null;
    let cancelled = false;
    const start = () => {
      if (cancelled) return;
      next = new BoardConnection({ boardId, key, identity, onRefused });
      setConnection(next);
    };
    // The first connection waits (briefly) for the board the app shell asked for; a restart does not.
    const early = generation === 0 ? earlyContentReady({ boardId, key, identity }) : null;
    if (early) void early.then(start);
    else start();
    return () => {
      cancelled = true;
      next?.destroy();
      setConnection(null);
    };
  }, [boardId, key, identity, generation]);
  return { connection, refusal, dismissRefusal: () => setRefusal(null) };
}

export function useConnectionStatus(connection: BoardConnection): ConnectionStatus {
  return useSyncExternalStore(connection.subscribe, connection.getStatus, connection.getStatus);
}
