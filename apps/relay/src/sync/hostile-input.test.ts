import { CloseCode } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeSyncStep1,
  frame,
  presenceOf,
  presenceText,
  record,
  roundTrip,
} from '../test-support/frames';
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
import { scratchGet, scratchSet } from '../test-support/scratch';

/** `[[[…]]]` nested `depth` deep: 20 KB at 10,000 (what stopped the relay), 3 KB at 1,500. */
function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

const equalBytes = (a: Uint8Array, b: Uint8Array) =>
  a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);

describe('hostile input closes only its own socket', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let bystanders: [Client, Client];
  let watcher: WebSocket;
  let watched: Uint8Array[];
  let round = 0;
  const url = (key = keyOf(board.links.participant)) => `${relay.wsUrl}/sync/${board.id}/content?key=${key}`;

  beforeAll(async () => {
    relay = await startTestRelay();
    board = await createBoard(relay);
    // Two real clients on the same board keep working through every bad input below.
    bystanders = [
      connect(relay.wsUrl, board.id, 'content', keyOf(board.links.participant)),
      connect(relay.wsUrl, board.id, 'content', keyOf(board.links.observer)),
    ];
    await Promise.all(bystanders.map((client) => synced(client)));
    // A raw socket in the same room records every frame the relay forwards.
    watcher = await rawSocket(url(keyOf(board.links.observer)));
    watched = record(watcher);
    await roundTrip(watcher, watched);
  });

  afterAll(async () => {
    for (const client of bystanders) client.destroy();
    watcher.close();
    await relay.stop();
  });

  /** The relay is up, and a change from one bystander still reaches the other. */
  async function stillServing(): Promise<void> {
    round++;
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    const [writer, reader] = bystanders;
    expect(writer.provider.wsconnected && reader.provider.wsconnected).toBe(true);
    scratchSet(writer.doc, 'round', round);
    await waitFor(() => scratchGet(reader.doc, 'round') === round, 5000, 'bystanders converge');
  }

  /** Sends one frame on a fresh participant socket; resolves with its close code. */
  async function closeCodeFor(bytes: Uint8Array, key?: string): Promise<number> {
    const socket = await rawSocket(url(key));
    const done = closed(socket);
    socket.send(bytes);
    return (await done).code;
  }

  /** Whether the watcher received a frame containing this text. */
  function forwarded(text: string): boolean {
    const needle = Buffer.from(text);
    return watched.some((bytes) => Buffer.from(bytes).includes(needle));
  }

  it('a presence of JSON nested 10,000 deep (20 KB) closes with 1009; under the size cap, 1007', async () => {
    expect(await closeCodeFor(presenceText(9001, 1, nested(10_000)))).toBe(CloseCode.messageTooBig);
    expect(await closeCodeFor(presenceText(9002, 1, nested(1_500)))).toBe(CloseCode.invalidPayload);
    const deepObject = `{"user":${'{"a":'.repeat(600)}1${'}'.repeat(600)}}`;
    expect(await closeCodeFor(presenceText(9003, 1, deepObject))).toBe(CloseCode.invalidPayload);
    expect(relay.rooms.peek(`${board.id}/content`)).toBeDefined();
    await stillServing();
  });

  it('a 900 KB presence closes with 1009 and reaches nobody', async () => {
    const huge = JSON.stringify({ ...presenceOf('Huge'), cursor: { x: 1, y: 2 }, pad: 'x'.repeat(900_000) });
    expect(await closeCodeFor(presenceText(9010, 1, huge))).toBe(CloseCode.messageTooBig);
    await stillServing();
    expect(forwarded('"Huge"')).toBe(false);
    expect(watched.every((bytes) => bytes.byteLength < 10_000)).toBe(true);
  });

  it.each([
    ['an unknown field', { ...presenceOf('Eve'), admin: true }],
    ['an unknown field inside user', { user: { ...presenceOf('Eve').user, isHost: true } }],
    ['a name of 1,500 characters', { user: { ...presenceOf('Eve').user, name: 'E'.repeat(1500) } }],
    [
      'a selected step id of 2,000 characters',
      { ...presenceOf('Eve'), selection: { stepId: 's'.repeat(2000), noteId: null } },
    ],
    ['a cursor that is not numbers', { ...presenceOf('Eve'), cursor: { x: 'left', y: 0 } }],
    ['a state that is not an object', ['Eve']],
    ['a state that is not JSON', '{"user":'],
    ['a participant presenting as facilitator', presenceOf('Eve', 'facilitator')],
  ])('%s closes with 1007 and is sent to nobody', async (_name, state) => {
    const json = typeof state === 'string' ? state : JSON.stringify(state);
    expect(await closeCodeFor(presenceText(9020, 1, json))).toBe(CloseCode.invalidPayload);
    await stillServing();
    expect(forwarded('Eve')).toBe(false);
    expect(relay.rooms.peek(`${board.id}/content`)).toBeDefined();
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    expect(room.awareness.getStates().has(9020)).toBe(false);
  });

  it('a state vector that cannot be read closes with 1007', async () => {
    expect(await closeCodeFor(encodeSyncStep1(frame(5, 0x80)))).toBe(CloseCode.invalidPayload);
    await stillServing();
  });

  it('a handler that throws closes that socket with 1011; the room and its other clients carry on', async () => {
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    const original = room.applyAwareness;
    room.applyAwareness = () => {
      throw new Error('injected fault');
    };
    try {
      const socket = await rawSocket(url());
      const done = closed(socket);
      socket.send(encodeAwarenessMessage(encodeAwarenessEntries([{ clientId: 9030, clock: 1, state: {} }])));
      expect(await done).toMatchObject({ code: CloseCode.internalError, reason: /^internal error \w+/ });
    } finally {
      room.applyAwareness = original;
    }
    await stillServing();
  });

  it('an upgrade with a path that is not valid percent-encoding is refused with 4400', async () => {
    const socket = await rawSocket(`${relay.wsUrl}/sync/%E0%A4%A/content?key=x`);
    expect((await closed(socket)).code).toBe(CloseCode.badRequest);
    await stillServing();
  });

  it('a valid presence is forwarded byte for byte, in snapshots too, and removed when its socket closes', async () => {
    // Unusual spacing and key order: any re-serialisation would change these bytes.
    const json = `{ "cursor" : {"y":2.50, "x":1e1},\n"user":${JSON.stringify(presenceOf('Byte Exact').user)} }`;
    const sent = presenceText(9040, 7, json);
    const sender = await rawSocket(url());
    sender.send(sent);
    await waitFor(() => watched.some((bytes) => equalBytes(bytes, sent)), 5000, 'the identical frame');
    const bystander = bystanders[1].provider.awareness;
    await waitFor(() => bystander.getStates().has(9040), 5000, 'the state at a y-websocket client');
    expect(bystander.getStates().get(9040)).toEqual({
      cursor: { x: 10, y: 2.5 },
      user: presenceOf('Byte Exact').user,
    });

    // Recorded from the start: the greeting can come with the handshake, before 'open' is handled.
    const late = new WebSocket(url(keyOf(board.links.observer)));
    const lateFrames = record(late);
    await new Promise((resolve) => late.once('open', resolve));
    await waitFor(
      () => lateFrames.some((bytes) => Buffer.from(bytes).includes(Buffer.from(json))),
      5000,
      'greeting',
    );
    late.send(frame(3));
    const before = lateFrames.length;
    await waitFor(
      () => lateFrames.slice(before).some((bytes) => Buffer.from(bytes).includes(Buffer.from(json))),
      5000,
      'the query-awareness answer',
    );
    late.close();

    sender.close();
    await waitFor(() => !bystander.getStates().has(9040), 5000, 'the removal at a y-websocket client');
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    expect(room.awareness.getStates().has(9040)).toBe(false);
    await stillServing();
  });
});
