import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type Client, connect, createBoard, keyOf, synced, waitFor } from '../test-support/relay-fixture';
import { itemValues, pushItem } from '../test-support/scratch';
import {
  type ClusterServers,
  durableDoc,
  startClusterChild,
  startClusterRelay,
  startClusterServers,
} from './testing/cluster-fixture';
import { startBalancer } from './testing/tcp-balancer';

let servers: ClusterServers;

beforeAll(async () => {
  servers = await startClusterServers();
}, 60_000);

afterAll(async () => {
  await servers?.stop();
});

function portOf(url: string): number {
  return Number(new URL(url).port);
}

function burstItems(doc: Y.Doc, prefix: string): string[] {
  return (itemValues(doc, 'burst') as string[]).filter((item) => item.startsWith(prefix));
}

describe('a relay killed with SIGKILL mid-burst', () => {
  it('loses no update any client received, and its clients carry on through another relay', async () => {
    const env = await servers.freshEnv();
    const [b, c] = await Promise.all([startClusterRelay(env), startClusterRelay(env)]);
    const a = await startClusterChild(env);
    const balancer = await startBalancer([portOf(a.url), portOf(b.url), portOf(c.url)]);
    const clients: Client[] = [];
    try {
      const board = await createBoard(b, { title: 'Failover' });
      const key = keyOf(board.links.participant);
      // Through the balancer, which prefers A while it is up: the writer and a peer both land on A.
      const writer = connect(balancer.wsUrl, board.id, 'content', key);
      const peerOnA = connect(balancer.wsUrl, board.id, 'content', key);
      const onC = connect(c.wsUrl, board.id, 'content', keyOf(board.links.observer));
      clients.push(writer, peerOnA, onC);
      await Promise.all(clients.map((client) => synced(client)));

      const closes: number[] = [];
      writer.provider.on('connection-close', (event: { code: number } | null) => {
        if (event) closes.push(event.code);
      });
      let sent = 0;
      let writing = true;
      const burst = (async () => {
        while (writing) {
          // Five updates per turn, each its own transaction (its own message): 250/s, under the relay's rate limit.
          for (let i = 0; i < 5; i++) pushItem(writer.doc, `w-${sent++}`, 'burst');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();

      await waitFor(() => burstItems(onC.doc, 'w-').length >= 150, 15_000, 'burst reaching C');
      // No client may reconnect before we have looked at what is durable.
      balancer.pause();
      await a.kill('SIGKILL');
      // Everything a client had received from a relay at the moment of the kill.
      const received = new Set([...burstItems(peerOnA.doc, 'w-'), ...burstItems(onC.doc, 'w-')]);
      expect(received.size).toBeGreaterThanOrEqual(150);

      const durable = new Set(burstItems(await durableDoc(env.DATABASE_URL, `${board.id}/content`), 'w-'));
      const lost = [...received].filter((item) => !durable.has(item));
      expect(lost).toEqual([]);
      // C holds them too: whatever A stored but could not publish, C reloaded from PostgreSQL.
      await waitFor(
        () => [...received].every((item) => burstItems(onC.doc, 'w-').includes(item)),
        10_000,
        'C has every received update',
      );

      // The writer keeps editing while disconnected, then reconnects through the balancer to B.
      await new Promise((resolve) => setTimeout(resolve, 200));
      balancer.resume();
      await waitFor(
        () => writer.provider.wsconnected && peerOnA.provider.wsconnected,
        10_000,
        'reconnect via B',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      writing = false;
      await burst;
      const all = burstItems(writer.doc, 'w-');
      expect(all.length).toBe(sent);
      for (const client of [peerOnA, onC]) {
        await waitFor(() => burstItems(client.doc, 'w-').length === sent, 15_000, 'everyone has everything');
      }
      const late = connect(b.wsUrl, board.id, 'content', key);
      clients.push(late);
      await synced(late);
      await waitFor(() => burstItems(late.doc, 'w-').length === sent, 10_000, 'a new client on B');
      expect(burstItems(late.doc, 'w-')).toEqual(all);
      expect(burstItems(onC.doc, 'w-')).toEqual(all);
      // The writer lost its relay once (the kill), never for any other reason.
      expect(closes.length).toBeGreaterThanOrEqual(1);
      expect(closes.filter((code) => code !== 1006)).toEqual([]);
    } finally {
      for (const client of clients) client.destroy();
      await balancer.close();
      await a.stop();
      await Promise.all([b.stop(), c.stop()]);
    }
  }, 60_000);
});
