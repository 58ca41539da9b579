import { useEffect, useState, useSyncExternalStore } from 'react';
import { BoardConnection } from './board-connection';
import type { ConnectionStatus } from './connection-status';

/** Opens the board's documents for as long as the component is mounted. */
export function useBoardConnection(
  boardId: string,
  key: string,
  identity: string | null,
): BoardConnection | null {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  useEffect(() => {
    const next = new BoardConnection({ boardId, key, identity });
    setConnection(next);
    return () => {
      next.destroy();
      setConnection(null);
    };
  }, [boardId, key, identity]);
  return connection;
}

export function useConnectionStatus(connection: BoardConnection): ConnectionStatus {
  return useSyncExternalStore(connection.subscribe, connection.getStatus, connection.getStatus);
}
