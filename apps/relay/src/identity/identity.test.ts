import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomName } from '../storage/store';
import type { SyncConnection } from '../sync/connection';
import {
  type CreatedBoard,
  createBoard,
  keyOf,
  rawSocket,
  startTestRelay,
  type TestRelay,
} from '../test-support/relay-fixture';
import { IDENTITY_HEADER } from './identities';
import type { Identity } from './identity-token';

async function boardInfo(
  relay: { url: string },
  boardId: string,
  key: string,
  token?: string,
): Promise<{ role: string; identity: Identity }> {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (token !== undefined) headers[IDENTITY_HEADER] = token;
  const response = await fetch(`${relay.url}/api/boards/${boardId}`, { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as { role: string; identity: Identity };
}

async function contentPeers(relay: TestRelay, boardId: string): Promise<SyncConnection[]> {
  const loaded = relay.rooms.peek(roomName(boardId, 'content'));
  return loaded ? ([...(await loaded).peers] as SyncConnection[]) : [];
}

/** The identity the relay attached to a participant's socket opened with `token` (the board's only socket). */
async function connectedIdentity(relay: TestRelay, board: CreatedBoard, token: string | null) {
  const query = token === null ? '' : `&identity=${encodeURIComponent(token)}`;
  const socket = await rawSocket(
    `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.participant)}${query}`,
  );
  let peers = await contentPeers(relay, board.id);
  while (peers.length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    peers = await contentPeers(relay, board.id);
  }
  expect(peers).toHaveLength(1);
  const identity = peers[0]!.context.identity;
  socket.close();
  while ((await contentPeers(relay, board.id)).length > 0) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return identity;
}

describe('identities issued by the relay', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let other: CreatedBoard;

  beforeAll(async () => {
    relay = await startTestRelay();
    board = await createBoard(relay);
    other = await createBoard(relay);
  });
  afterAll(() => relay.stop());

  it('a first visit gets a new identity; presenting its token keeps it, whatever the role', async () => {
    const first = await boardInfo(relay, board.id, keyOf(board.links.participant));
    expect(first.identity.id).toMatch(/^p-[A-Za-z0-9_-]{16}$/);
    const again = await boardInfo(relay, board.id, keyOf(board.links.observer), first.identity.token);
    expect(again.identity).toEqual(first.identity);
    const fresh = await boardInfo(relay, board.id, keyOf(board.links.participant));
    expect(fresh.identity.id).not.toBe(first.identity.id);
  });

  it('a forged token, or one issued for another board, is replaced by a new identity', async () => {
    const mine = (await boardInfo(relay, board.id, keyOf(board.links.participant))).identity;
    const victim = (await boardInfo(relay, board.id, keyOf(board.links.participant))).identity;
    const forged = `${victim.id}.${mine.token.split('.')[1]}`;
    const answered = await boardInfo(relay, board.id, keyOf(board.links.participant), forged);
    expect([victim.id, mine.id]).not.toContain(answered.identity.id);
    const foreign = (await boardInfo(relay, other.id, keyOf(other.links.participant))).identity;
    const crossed = await boardInfo(relay, board.id, keyOf(board.links.participant), foreign.token);
    expect(crossed.identity.id).not.toBe(foreign.id);
  });

  it('a socket carries the identity its token proves, and none for a forged, foreign or missing one', async () => {
    const mine = (await boardInfo(relay, board.id, keyOf(board.links.participant))).identity;
    expect(await connectedIdentity(relay, board, mine.token)).toBe(mine.id);
    const victim = (await boardInfo(relay, board.id, keyOf(board.links.participant))).identity;
    expect(await connectedIdentity(relay, board, `${victim.id}.${mine.token.split('.')[1]}`)).toBeNull();
    const foreign = (await boardInfo(relay, other.id, keyOf(other.links.participant))).identity;
    expect(await connectedIdentity(relay, board, foreign.token)).toBeNull();
    expect(await connectedIdentity(relay, board, null)).toBeNull();
  });
});

describe('the identity secret', () => {
  it('survives a restart on the same data (stored), so tokens stay valid', async () => {
    const first = await startTestRelay();
    const board = await createBoard(first);
    const key = keyOf(board.links.participant);
    const issued = (await boardInfo(first, board.id, key)).identity;
    await first.close();
    const second = await startTestRelay({}, { dataDir: first.dataDir });
    try {
      expect((await boardInfo(second, board.id, key, issued.token)).identity).toEqual(issued);
    } finally {
      await second.stop();
      rmSync(first.dataDir, { recursive: true, force: true });
    }
  });
});
