import { CloseCode } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  presenceOf,
  record,
  roundTrip,
} from '../test-support/frames';
import {
  type CreatedBoard,
  closed,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';

/** A raw socket; with `answersPings: false` it stands for a peer whose network is gone without a close. */
function socketTo(url: string, answersPings = true): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { autoPong: answersPings });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function presence(clientId: number, clock: number, state: unknown) {
  return encodeAwarenessMessage(encodeAwarenessEntries([{ clientId, clock, state }]));
}

describe('presence across reconnections', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let url: string;

  beforeAll(async () => {
    relay = await startTestRelay();
    board = await createBoard(relay);
    url = `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.participant)}`;
  });

  afterAll(async () => {
    await relay.stop();
  });

  it('a client back on a new socket before its old one closed keeps its presence (the old one is dropped)', async () => {
    const old = await socketTo(url, false);
    await roundTrip(old, record(old));
    old.send(presence(4101, 3, presenceOf('Ada')));
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    await waitFor(() => room.awareness.getStates().has(4101), 2000, 'the first state');
    const oldClosed = closed(old);
    // Its network went away without a close; the same client opens a new socket and moves on.
    const back = await socketTo(url);
    const backFrames = record(back);
    await roundTrip(back, backFrames);
    back.send(presence(4101, 4, presenceOf('Ada, back')));
    await waitFor(
      () =>
        (room.awareness.getStates().get(4101) as { user?: { name?: string } })?.user?.name === 'Ada, back',
      8000,
      'the new state',
    );
    expect((await oldClosed).code).toBe(1006);
    expect(back.readyState).toBe(WebSocket.OPEN);
    back.close();
  });

  it('a client that said it was leaving gets its id back at once on the new socket, even at the same clock', async () => {
    const old = await socketTo(url);
    await roundTrip(old, record(old));
    old.send(presence(4202, 2, presenceOf('Bea')));
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    await waitFor(() => room.awareness.getStates().has(4202));
    // What y-websocket sends on disconnect: the state removed at the same clock; the close follows later.
    old.send(presence(4202, 2, null));
    await waitFor(() => !room.awareness.getStates().has(4202));
    const back = await socketTo(url);
    await roundTrip(back, record(back));
    back.send(presence(4202, 2, presenceOf('Bea')));
    await waitFor(() => room.awareness.getStates().has(4202), 2000, 'the state on the new socket');
    expect(back.readyState).toBe(WebSocket.OPEN);
    old.close();
    back.close();
  });

  it('a connection claiming a client id another live connection holds is refused with 4403', async () => {
    const owner = await socketTo(url);
    await roundTrip(owner, record(owner));
    owner.send(presence(4303, 1, presenceOf('Cy')));
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    await waitFor(() => room.awareness.getStates().has(4303));
    const impostor = await socketTo(url);
    await roundTrip(impostor, record(impostor));
    impostor.send(presence(4303, 9, presenceOf('Not Cy')));
    expect((await closed(impostor)).code).toBe(CloseCode.forbidden);
    expect(room.awareness.getStates().get(4303)).toEqual(presenceOf('Cy'));
    expect(owner.readyState).toBe(WebSocket.OPEN);
    owner.close();
  });

  it('the heartbeat drops a socket that stopped answering and keeps the ones that answer', async () => {
    const relay = await startTestRelay({ HEARTBEAT_MS: '300' });
    const board = await createBoard(relay);
    const url = `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.participant)}`;
    const openConnections = async () =>
      (await relay.metrics.connections.get()).values.reduce((sum, value) => sum + value.value, 0);
    const gone = await socketTo(url, false);
    const alive = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    await synced(alive);
    const before = await openConnections();
    expect((await closed(gone)).code).toBe(1006);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await openConnections()).toBe(before - 1);
    // Several heartbeats later the answering client is still connected, without having reconnected.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(alive.provider.wsconnected).toBe(true);
    expect(alive.provider.wsUnsuccessfulReconnects).toBe(0);
    alive.destroy();
    await relay.stop();
  });
});
