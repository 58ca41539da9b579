import { Redis } from 'ioredis';

/** The bus's two connections to Redis: one for commands, one for the blocking stream reads. */
export interface RedisConnections {
  commands: Redis;
  reader: Redis;
}

/** Both connections, not connected yet (`lazyConnect`), named after the relay for `CLIENT LIST`. */
export function createConnections(url: string, relayId: string): RedisConnections {
  const common = {
    protocol: 2 as const,
    lazyConnect: true,
    // Fail commands at once while disconnected: the store, not a client-side queue, covers the gap.
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: (attempt: number) => Math.min(50 * attempt, 1000),
  };
  return {
    commands: new Redis(url, { ...common, connectionName: `journeyboard-${relayId}-commands` }),
    reader: new Redis(url, {
      ...common,
      enableOfflineQueue: true,
      connectionName: `journeyboard-${relayId}-reader`,
    }),
  };
}

/**
 * Calls `lost` whenever the connection closes and `back` when it is ready again after that (not on its
 * first connect): what it missed meanwhile must be made up for.
 */
export function onReconnect(connection: Redis, back: () => void, lost: () => void = () => {}): void {
  let wasLost = false;
  connection.on('close', () => {
    wasLost = true;
    lost();
  });
  connection.on('ready', () => {
    if (!wasLost) return;
    wasLost = false;
    back();
  });
}
