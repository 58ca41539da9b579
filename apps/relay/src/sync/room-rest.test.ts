import { afterEach, describe, expect, it } from 'vitest';
import {
  type Client,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';
import { scratchGet, scratchJSON, scratchSet } from '../test-support/scratch';

const clients: Client[] = [];
const relays: TestRelay[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const relay of relays.splice(0)) await relay.stop();
});

describe('a room at rest (ROOM_REST_MS)', () => {
  it('deflates its state when nobody needs it, and still takes writes and answers new peers', async () => {
    const relay = await startTestRelay({ ROOM_REST_MS: '40' });
    relays.push(relay);
    const board = await createBoard(relay, { title: 'Resting', template: 'password-reset' });
    const key = keyOf(board.links.participant);
    const writer = connect(relay.wsUrl, board.id, 'content', key);
    clients.push(writer);
    await synced(writer);
    for (let index = 0; index < 40; index++) scratchSet(writer.doc, `k${index}`, `before rest ${index}`);
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    await waitFor(() => scratchGet(room.toDoc(), 'k39') === 'before rest 39', 5000, 'the writes held');
    await waitFor(() => room.resting, 5000, 'the room at rest');

    // Writes are judged and stored without waking the state.
    scratchSet(writer.doc, 'k1', 'written at rest');
    const reader = connect(relay.wsUrl, board.id, 'content', key);
    clients.push(reader);
    await synced(reader);
    await waitFor(() => scratchGet(reader.doc, 'k1') === 'written at rest', 5000, 'the reader has the write');
    expect(scratchJSON(reader.doc)).toEqual(scratchJSON(writer.doc));
    expect(reader.doc.getMap('meta').toJSON()).toEqual(writer.doc.getMap('meta').toJSON());

    // It rests again, and a write from the new peer reaches the first one.
    await waitFor(() => room.resting, 5000, 'the room at rest again');
    scratchSet(reader.doc, 'k2', 'from the reader');
    await waitFor(() => scratchGet(writer.doc, 'k2') === 'from the reader', 5000, 'the writer has it');
    expect(scratchJSON(room.toDoc())).toEqual(scratchJSON(writer.doc));
  });
});
