import { CloseCode } from '@journeyboard/journey';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Client,
  closed,
  connect,
  createBoard,
  keyOf,
  rawSocket,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';
import { scratchGet, scratchSet, scratchSize } from '../test-support/scratch';

const relays: TestRelay[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const relay of relays.splice(0)) await relay.stop();
});

async function relayWith(env: Record<string, string>) {
  const relay = await startTestRelay(env);
  relays.push(relay);
  return relay;
}

describe('rooms in memory', () => {
  it('unload a grace period after the last connection leaves, with their content kept', async () => {
    const relay = await relayWith({ ROOM_GRACE_MS: '150' });
    const board = await createBoard(relay);
    const client = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    await synced(client);
    scratchSet(client.doc, 'kept', true);
    await waitFor(() => relay.rooms.peek(`${board.id}/content`) !== undefined);
    // content and the session room it reads permissions from
    expect(relay.rooms.loadedCount).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(relay.rooms.loadedCount).toBe(2);
    await waitFor(() => relay.rooms.loadedCount === 0, 3000, 'rooms to unload');
    const again = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.observer));
    clients.push(again);
    await synced(again);
    expect(scratchGet(again.doc, 'kept')).toBe(true);
  });

  it('keep at most MAX_ROOMS: idle rooms make way, busy ones refuse with 1013', async () => {
    const relay = await relayWith({ MAX_ROOMS: '2', ROOM_GRACE_MS: '60000' });
    const first = await createBoard(relay);
    const second = await createBoard(relay);
    const a = connect(relay.wsUrl, first.id, 'content', keyOf(first.links.participant));
    clients.push(a);
    await synced(a);
    expect(relay.rooms.loadedCount).toBe(2);

    const refused = await rawSocket(
      `${relay.wsUrl}/sync/${second.id}/content?key=${keyOf(second.links.participant)}`,
    );
    expect((await closed(refused)).code).toBe(CloseCode.tryAgainLater);

    a.provider.disconnect();
    await waitFor(() => !a.provider.wsconnected, 2000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The first board's rooms are idle (in their grace period): they are unloaded to make room.
    const b = connect(relay.wsUrl, second.id, 'content', keyOf(second.links.participant));
    clients.push(b);
    await synced(b);
    expect(relay.rooms.loadedCount).toBe(2);
    expect(relay.rooms.peek(`${first.id}/content`)).toBeUndefined();
  });

  it('load a room completely before answering its first sync', async () => {
    const relay = await relayWith({ COMPACT_LOG_ENTRIES: '1000000' });
    const board = await createBoard(relay);
    const writer = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    clients.push(writer);
    await synced(writer);
    for (let index = 0; index < 500; index++) scratchSet(writer.doc, `k${index}`, index);
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    await waitFor(() => scratchSize(room.toDoc()) === 500);
    await room.whenDurable();
    writer.destroy();
    await waitFor(() => relay.rooms.loadedCount === 0, 3000, 'unload');
    const reader = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.observer));
    clients.push(reader);
    // The first answer already holds all 500 keys: `synced` flips on the first sync step 2.
    await synced(reader);
    expect(scratchSize(reader.doc)).toBe(500);

    // The room answered from its snapshot; after a change, fresh clients must get the change too.
    const editor = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    clients.push(editor);
    await synced(editor);
    scratchSet(editor.doc, 'after-load', true);
    await waitFor(() => scratchGet(reader.doc, 'after-load') === true, 5000, 'the edit');
    const late = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.observer));
    clients.push(late);
    await synced(late);
    expect(scratchSize(late.doc)).toBe(501);
  });
});
