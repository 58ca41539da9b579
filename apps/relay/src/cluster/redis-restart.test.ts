import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, connect, createBoard, keyOf, synced, waitFor } from '../test-support/relay-fixture';
import { itemValues, pushItem } from '../test-support/scratch';
import {
  type ClusterServers,
  durableDoc,
  startClusterRelay,
  startClusterServers,
} from './testing/cluster-fixture';

let servers: ClusterServers;

beforeAll(async () => {
  servers = await startClusterServers();
}, 60_000);

afterAll(async () => {
  await servers?.stop();
});

describe('Redis restarted mid-session', () => {
  it('loses nothing: every relay reloads what it missed from PostgreSQL and fan-out resumes', async () => {
    const env = await servers.freshEnv();
    const relays = await Promise.all([
      startClusterRelay(env),
      startClusterRelay(env),
      startClusterRelay(env),
    ]);
    const [a, b, c] = relays;
    const clients: Client[] = [];
    try {
      const board = await createBoard(a!, { title: 'Redis restart' });
      const key = keyOf(board.links.participant);
      const writers = [
        connect(a!.wsUrl, board.id, 'content', key),
        connect(c!.wsUrl, board.id, 'content', key),
      ];
      const reader = connect(b!.wsUrl, board.id, 'content', key);
      clients.push(...writers, reader);
      await Promise.all(clients.map((client) => synced(client)));

      let sent = 0;
      let writing = true;
      const bursts = writers.map(async (writer, index) => {
        while (writing) {
          pushItem(writer.doc, `${index}-${sent++}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      });
      const phase = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      await phase(300);
      await servers.redis.kill();
      await phase(700);
      await servers.redis.restart();
      await phase(500);
      writing = false;
      await Promise.all(bursts);

      for (const client of clients) {
        await waitFor(() => itemValues(client.doc).length === sent, 15_000, 'every update everywhere');
      }
      const reference = JSON.stringify(itemValues(reader.doc));
      for (const client of writers) expect(JSON.stringify(itemValues(client.doc))).toBe(reference);
      const durable = await durableDoc(env.DATABASE_URL, `${board.id}/content`);
      expect(itemValues(durable).length).toBe(sent);
      const health = (await (await fetch(`${b!.url}/healthz`)).json()) as {
        busHealth?: { connected: boolean };
      };
      expect(health.busHealth?.connected).toBe(true);
    } finally {
      for (const client of clients) client.destroy();
      await Promise.all(relays.map((relay) => relay.stop()));
    }
  }, 60_000);
});
