import { CloseCode } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeUpdate,
  frame,
  messageOfType,
  presenceOf,
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
  rejected,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';
import { scratchGet, scratchHas, scratchSet, scratchSize, scratchUpdate } from '../test-support/scratch';

describe('bad input over websockets', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let bystanders: Client[];
  let url: (doc?: string, key?: string) => string;

  beforeAll(async () => {
    relay = await startTestRelay({
      MAX_MESSAGE_BYTES: '4096',
      MAX_DOC_BYTES: '16384',
      MAX_CONNECTIONS_PER_BOARD: '4',
      // No reserved slots: four observers fill a board here (reservations: admission.test.ts).
      RESERVED_FACILITATOR_CONNECTIONS: '0',
      RESERVED_PARTICIPANT_CONNECTIONS: '0',
      MAX_MESSAGES_PER_SECOND: '40',
      ALLOWED_ORIGINS: 'http://allowed.example',
    });
    board = await createBoard(relay);
    url = (doc = 'content', key = keyOf(board.links.participant)) =>
      `${relay.wsUrl}/sync/${board.id}/${doc}?key=${key}`;
    // Two well-behaved clients on another board watch every bad input go by.
    const quiet = await createBoard(relay);
    bystanders = [
      connect(relay.wsUrl, quiet.id, 'content', keyOf(quiet.links.participant)),
      connect(relay.wsUrl, quiet.id, 'content', keyOf(quiet.links.participant)),
    ];
    await Promise.all(bystanders.map((client) => synced(client)));
  });

  afterAll(async () => {
    // Every bad input left the others alone: both are still connected and still converge.
    const [a, b] = bystanders as [Client, Client];
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
    scratchSet(a.doc, 'still-fine', true);
    await waitFor(() => scratchGet(b.doc, 'still-fine') === true, 5000, 'bystanders converge');
    for (const client of bystanders) client.destroy();
    await relay.stop();
  });

  async function expectClose(socket: WebSocket, send: Uint8Array | string, code: number, reason: string) {
    const before = await rejected(relay, reason);
    const done = closed(socket);
    socket.send(send);
    expect((await done).code).toBe(code);
    expect(await rejected(relay, reason)).toBe(before + 1);
  }

  it('closes with 1009 on a message over MAX_MESSAGE_BYTES', async () => {
    await expectClose(await rawSocket(url()), encodeUpdate(new Uint8Array(5000)), 1009, 'message_too_big');
  });

  it('closes with 1003 on a text frame', async () => {
    await expectClose(await rawSocket(url()), 'hello', CloseCode.unsupportedData, 'text_frame');
  });

  it('closes with 1007 on a truncated varint', async () => {
    await expectClose(await rawSocket(url()), frame(0x80), CloseCode.invalidPayload, 'malformed');
  });

  it('closes with 1007 on a length past the end of the frame', async () => {
    await expectClose(await rawSocket(url()), frame(0, 2, 50, 1, 2), CloseCode.invalidPayload, 'malformed');
  });

  it('closes with 1007 on an unknown message type', async () => {
    await expectClose(await rawSocket(url()), messageOfType(9), CloseCode.invalidPayload, 'unknown_type');
  });

  it('closes with 1007 on an unknown sync message type', async () => {
    await expectClose(await rawSocket(url()), frame(0, 7, 0), CloseCode.invalidPayload, 'unknown_type');
  });

  it('closes with 1007 on an update that is not valid Yjs, and applies nothing', async () => {
    const garbage = scratchUpdate('never', 'stored').slice(0, -3);
    await expectClose(
      await rawSocket(url()),
      encodeUpdate(garbage),
      CloseCode.invalidPayload,
      'invalid_update',
    );
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    expect(scratchHas(room.toDoc(), 'never')).toBe(false);
  });

  it('closes with 4403 on awareness that would change another connection’s client', async () => {
    const owner = await rawSocket(url());
    const ownerFrames = record(owner);
    owner.send(
      encodeAwarenessMessage(
        encodeAwarenessEntries([{ clientId: 4242, clock: 1, state: presenceOf('Ada') }]),
      ),
    );
    await roundTrip(owner, ownerFrames);
    const intruder = await rawSocket(url());
    intruder.send(
      encodeAwarenessMessage(encodeAwarenessEntries([{ clientId: 777, clock: 1, state: presenceOf('Me') }])),
    );
    await expectClose(
      intruder,
      encodeAwarenessMessage(
        encodeAwarenessEntries([{ clientId: 4242, clock: 5, state: presenceOf('Not Ada') }]),
      ),
      CloseCode.forbidden,
      'awareness_foreign_client',
    );
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    expect(room.awareness.getStates().get(4242)).toEqual(presenceOf('Ada'));
    expect(owner.readyState).toBe(WebSocket.OPEN);
    owner.close();
  });

  it('ignores echoes of other clients’ awareness (what stock providers send)', async () => {
    const owner = await rawSocket(url());
    const ownerFrames = record(owner);
    owner.send(
      encodeAwarenessMessage(
        encodeAwarenessEntries([{ clientId: 5151, clock: 3, state: presenceOf('One') }]),
      ),
    );
    await roundTrip(owner, ownerFrames);
    const echoer = await rawSocket(url());
    const echoFrames = record(echoer);
    echoer.send(
      encodeAwarenessMessage(
        encodeAwarenessEntries([
          { clientId: 6161, clock: 1, state: presenceOf('Two') },
          { clientId: 5151, clock: 3, state: presenceOf('One') },
        ]),
      ),
    );
    await roundTrip(echoer, echoFrames);
    expect(echoer.readyState).toBe(WebSocket.OPEN);
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    expect(room.awareness.getStates().get(6161)).toEqual(presenceOf('Two'));
    owner.close();
    echoer.close();
  });

  it('closes with 4400 on a board id outside [A-Za-z0-9_-]{1,64} or an unknown document', async () => {
    for (const path of [
      `/sync/bad.id/content`,
      `/sync/${'x'.repeat(65)}/content`,
      `/sync/${board.id}/other`,
    ]) {
      const before = await rejected(relay, 'bad_board_id');
      const socket = await rawSocket(`${relay.wsUrl}${path}?key=x`);
      expect((await closed(socket)).code).toBe(CloseCode.badRequest);
      expect(await rejected(relay, 'bad_board_id')).toBe(before + 1);
    }
  });

  it('closes with 4404 on an unknown board and 4401 on a wrong key', async () => {
    const unknown = await rawSocket(`${relay.wsUrl}/sync/nope-nope/content?key=abc`);
    expect(await closed(unknown)).toMatchObject({ code: CloseCode.notFound, reason: 'unknown board' });
    const wrong = await rawSocket(url('content', 'not-the-key'));
    expect((await closed(wrong)).code).toBe(CloseCode.unauthorized);
    const missing = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content`);
    expect((await closed(missing)).code).toBe(CloseCode.unauthorized);
  });

  it('answers 404 to upgrades outside /sync/ and 403 to a disallowed Origin', async () => {
    await expect(rawSocket(`${relay.wsUrl}/elsewhere`)).rejects.toThrow('unexpected response 404');
    const before = await rejected(relay, 'origin');
    await expect(rawSocket(url(), { origin: 'http://evil.example' })).rejects.toThrow(
      'unexpected response 403',
    );
    expect(await rejected(relay, 'origin')).toBe(before + 1);
    const allowed = await rawSocket(url(), { origin: 'http://allowed.example' });
    expect(allowed.readyState).toBe(WebSocket.OPEN);
    allowed.close();
  });

  it('closes with 4413 when the document would grow past MAX_DOC_BYTES, keeping what was stored', async () => {
    const big = await createBoard(relay);
    const socket = await rawSocket(
      `${relay.wsUrl}/sync/${big.id}/content?key=${keyOf(big.links.participant)}`,
    );
    const frames = record(socket);
    const done = closed(socket);
    const before = await rejected(relay, 'doc_too_large');
    for (let index = 0; index < 8; index++) {
      socket.send(encodeUpdate(scratchUpdate(`chunk-${index}`, 'x'.repeat(3000))));
      if (socket.readyState !== WebSocket.OPEN) break;
      await roundTrip(socket, frames).catch(() => {});
    }
    expect((await done).code).toBe(CloseCode.documentTooLarge);
    expect(await rejected(relay, 'doc_too_large')).toBe(before + 1);
    const docs = await relay.boards.readDocs(big.id);
    const kept = scratchSize(docs.content);
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(8);
  });

  it('closes with 4503 when a board has too many connections', async () => {
    const full = await createBoard(relay);
    const key = keyOf(full.links.observer);
    const sockets = await Promise.all(
      [0, 1, 2, 3].map(() => rawSocket(`${relay.wsUrl}/sync/${full.id}/content?key=${key}`)),
    );
    await Promise.all(sockets.map((socket) => roundTrip(socket, record(socket))));
    const extra = await rawSocket(`${relay.wsUrl}/sync/${full.id}/content?key=${key}`);
    expect((await closed(extra)).code).toBe(CloseCode.boardFull);
    for (const socket of sockets) expect(socket.readyState).toBe(WebSocket.OPEN);
    for (const socket of sockets) socket.close();
  });

  it('closes with 4429 when one connection sends too many messages per second', async () => {
    const socket = await rawSocket(url('content', keyOf(board.links.observer)));
    const done = closed(socket);
    const query = messageOfType(3, new Uint8Array(0)).slice(0, 1);
    for (let index = 0; index < 200; index++) socket.send(query);
    expect((await done).code).toBe(CloseCode.tooManyRequests);
    expect(await rejected(relay, 'message_rate')).toBeGreaterThan(0);
  });

  it('still serves the board after all of that, with nothing lost', async () => {
    const client = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    await synced(client);
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    expect(Y.encodeStateAsUpdate(client.doc).byteLength).toBeGreaterThan(0);
    expect(client.doc.getMap('meta').toJSON()).toEqual(room.toDoc().getMap('meta').toJSON());
    client.destroy();
  });
});

describe('awareness flood', () => {
  it('is rate-limited per connection: extra awareness is dropped and counted, the socket stays open', async () => {
    const relay = await startTestRelay({ AWARENESS_PER_SECOND: '5' });
    try {
      const board = await createBoard(relay);
      // A participant: an observer's presence is only counted, never held or forwarded.
      const socket = await rawSocket(
        `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.participant)}`,
      );
      const frames = record(socket);
      for (let clock = 1; clock <= 40; clock++) {
        socket.send(
          encodeAwarenessMessage(
            encodeAwarenessEntries([{ clientId: 99, clock, state: { cursor: { x: clock, y: 0 } } }]),
          ),
        );
      }
      await roundTrip(socket, frames);
      expect(await rejected(relay, 'awareness_rate')).toBeGreaterThanOrEqual(25);
      expect(socket.readyState).toBe(WebSocket.OPEN);
      const room = await relay.rooms.peek(`${board.id}/content`)!;
      const state = room.awareness.getStates().get(99) as { cursor: { x: number } };
      expect(state.cursor.x).toBeLessThanOrEqual(15);
      socket.close();
    } finally {
      await relay.stop();
    }
  });
});

describe('failed key attempts', () => {
  it('do not include a rotated link reconnecting: it gets 4401 "key rotated" and is never rate-limited', async () => {
    const relay = await startTestRelay({ AUTH_FAILURES_PER_MINUTE: '3' });
    try {
      const board = await createBoard(relay);
      const oldKey = keyOf(board.links.participant);
      const rotated = await fetch(`${relay.url}/api/boards/${board.id}/links/participant/rotate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keyOf(board.links.facilitator)}` },
      });
      const newKey = keyOf(((await rotated.json()) as { link: string }).link);
      for (let attempt = 0; attempt < 6; attempt++) {
        const socket = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content?key=${oldKey}`);
        expect(await closed(socket)).toEqual({ code: CloseCode.unauthorized, reason: 'key rotated' });
      }
      const response = await fetch(`${relay.url}/api/boards/${board.id}`, {
        headers: { authorization: `Bearer ${oldKey}` },
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining('replaced') });
      expect(await rejected(relay, 'rotated_key')).toBe(7);
      expect(await rejected(relay, 'auth_rate')).toBe(0);
      const fresh = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content?key=${newKey}`);
      expect(fresh.readyState).toBe(WebSocket.OPEN);
      fresh.close();
    } finally {
      await relay.stop();
    }
  });

  it('are rate-limited per address: wrong ones past the limit get 4429, the right key still gets in', async () => {
    const relay = await startTestRelay({ AUTH_FAILURES_PER_MINUTE: '3' });
    try {
      const board = await createBoard(relay);
      const codes: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const socket = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content?key=guess${attempt}`);
        codes.push((await closed(socket)).code);
      }
      const { unauthorized, tooManyRequests } = CloseCode;
      expect(codes).toEqual([unauthorized, unauthorized, unauthorized, tooManyRequests, tooManyRequests]);
      const right = await rawSocket(
        `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.participant)}`,
      );
      await roundTrip(right, record(right));
      right.close();
      const response = await fetch(`${relay.url}/api/boards/${board.id}`, {
        headers: { authorization: `Bearer ${keyOf(board.links.participant)}` },
      });
      expect(response.status).toBe(200);
      expect(await rejected(relay, 'auth_rate')).toBe(2);
    } finally {
      await relay.stop();
    }
  });
});
