import { CloseCode, OBSERVER_COUNT_CLIENT_ID } from '@journeyboard/journey';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { presenceOf, presenceText, record, roundTrip } from '../test-support/frames';
import {
  type Client,
  type CreatedBoard,
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

describe('observers are counted, not broadcast', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  const clients: Client[] = [];

  beforeAll(async () => {
    relay = await startTestRelay();
    board = await createBoard(relay);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  afterAll(async () => {
    await relay.stop();
  });

  function join(role: 'participant' | 'observer', name: string, userId?: string): Client {
    const client = connect(relay.wsUrl, board.id, 'content', keyOf(board.links[role]));
    const state = presenceOf(name, role);
    if (userId) state.user.id = userId;
    client.provider.awareness.setLocalState(state);
    clients.push(client);
    return client;
  }

  const countSeenBy = (client: Client) =>
    (
      client.provider.awareness.getStates().get(OBSERVER_COUNT_CLIENT_ID) as
        | { observers?: number }
        | undefined
    )?.observers;

  it('sends everyone the number of observers instead of their presence, and keeps observers seeing the others', async () => {
    const pat = join('participant', 'Pat');
    await synced(pat);
    const olga = join('observer', 'Olga');
    const otto = join('observer', 'Otto');
    await Promise.all([synced(olga), synced(otto)]);

    await waitFor(() => countSeenBy(pat) === 2, 5000, 'the participant to count two observers');
    await waitFor(() => countSeenBy(olga) === 2, 5000, 'an observer to count two observers');
    // The observers see the participant, as everyone else does.
    await waitFor(() => olga.provider.awareness.getStates().has(pat.doc.clientID), 5000, 'Pat seen by Olga');
    // Nobody receives an observer's own presence.
    expect(pat.provider.awareness.getStates().has(olga.doc.clientID)).toBe(false);
    expect(pat.provider.awareness.getStates().has(otto.doc.clientID)).toBe(false);
    expect(olga.provider.awareness.getStates().has(otto.doc.clientID)).toBe(false);
    const room = (await relay.rooms.peek(`${board.id}/content`))!;
    expect(room.awareness.getStates().has(olga.doc.clientID)).toBe(false);

    // One leaves: the count follows.
    otto.destroy();
    await waitFor(() => countSeenBy(pat) === 1, 5000, 'the count to drop to one');
    // Stock clients echo the relay's entry back: that is not a claim, nobody was closed.
    expect([...pat.closeCodes, ...olga.closeCodes]).toEqual([]);
  });

  it('counts one person observing from two tabs once', async () => {
    const pat = join('participant', 'Pat');
    const first = join('observer', 'Olga', 'u-olga-twice');
    const second = join('observer', 'Olga', 'u-olga-twice');
    const third = join('observer', 'Omar');
    await Promise.all([synced(pat), synced(first), synced(second), synced(third)]);
    await waitFor(() => countSeenBy(pat) === 2, 5000, 'two people observing');
    third.destroy();
    await waitFor(() => countSeenBy(pat) === 1, 5000, 'one person observing');
  });

  it('closes a client that presents a state under the relay’s reserved id (4403)', async () => {
    const url = `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.participant)}`;
    const socket = await rawSocket(url);
    await roundTrip(socket, record(socket));
    const ended = closed(socket);
    socket.send(presenceText(OBSERVER_COUNT_CLIENT_ID, Date.now() + 60_000, '{"observers":500}'));
    expect((await ended).code).toBe(CloseCode.forbidden);
  });

  it('closes a client that presents its own count under another relay-owned id (4403)', async () => {
    const url = `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.observer)}`;
    const socket = await rawSocket(url);
    await roundTrip(socket, record(socket));
    const ended = closed(socket);
    socket.send(presenceText(OBSERVER_COUNT_CLIENT_ID + 7, 1, '{"observers":3}'));
    expect((await ended).code).toBe(CloseCode.forbidden);
  });
});
