import { afterAll, afterEach, beforeAll } from 'vitest';
import type * as Y from 'yjs';
import { type Client, connect, type TestRelay } from '../../test-support/relay-fixture';
import { itemValues } from '../../test-support/scratch';
import { type ClusterServers, startClusterRelay, startClusterServers } from './cluster-fixture';

/**
 * A cluster test file's bed: PostgreSQL and Redis for the file, and the relays and clients each test
 * starts, stopped after it. Call it once at the top of the file; it registers the file's hooks.
 */
export function useClusterTestBed() {
  let servers: ClusterServers | undefined;
  const clients: Client[] = [];
  const relays: TestRelay[] = [];

  beforeAll(async () => {
    servers = await startClusterServers();
  }, 60_000);

  afterAll(async () => {
    await servers?.stop();
  });

  const started = (): ClusterServers => {
    if (!servers) throw new Error('the cluster servers start before the first test');
    return servers;
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(relays.splice(0).map((relay) => relay.stop().catch(() => {})));
  });

  return {
    /** The file's PostgreSQL and Redis (started before its first test). */
    get servers(): ClusterServers {
      return started();
    },
    /** Clients destroyed after the test; push those opened otherwise than by `open`. */
    clients,
    /** `size` relays on a fresh database and Redis index, stopped after the test. */
    async cluster(size: number, extra: Record<string, string> = {}) {
      const env = await started().freshEnv();
      const running = await Promise.all(Array.from({ length: size }, () => startClusterRelay(env, extra)));
      relays.push(...running);
      return { env, relays: running };
    },
    /** A client of one of a board's documents through `relay`, destroyed after the test. */
    open(relay: TestRelay, boardId: string, doc: 'content' | 'session' | 'questions', key: string) {
      const client = connect(relay.wsUrl, boardId, doc, key);
      clients.push(client);
      return client;
    },
  };
}

/** The scratch list's items as a client sees them. */
export function items(client: { doc: Y.Doc }): string[] {
  return itemValues(client.doc) as string[];
}
