import { CloseCode, setLocked, setPhase } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate, record, roundTrip } from '../test-support/frames';
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
import { scratchGet, scratchHas, scratchSet, scratchUpdate } from '../test-support/scratch';
import type { Room } from './room';

async function refused(relay: TestRelay, role: string, doc: string): Promise<number> {
  const metric = await relay.metrics.updatesRefused.get();
  return metric.values
    .filter((v) => v.labels.role === role && v.labels.doc === doc)
    .reduce((sum, v) => sum + v.value, 0);
}

async function liveRoom(relay: TestRelay, boardId: string, doc: string): Promise<Room> {
  const room = relay.rooms.peek(`${boardId}/${doc}`);
  if (!room) throw new Error('room not loaded');
  return room;
}

/** A copy of the room's document as the relay holds it now. */
async function roomDoc(relay: TestRelay, boardId: string, doc: string): Promise<Y.Doc> {
  return (await liveRoom(relay, boardId, doc)).toDoc();
}

/** Waits for the relay to close this client with `code` (its provider would retry: stop it then). */
async function closedWith(client: Client, code: number): Promise<void> {
  await waitFor(() => client.closeCodes.includes(code), 5000, `close ${code}`);
  client.provider.disconnect();
}

describe('roles enforced by the relay', () => {
  let relay: TestRelay;
  const clients: Client[] = [];
  const open = (...args: Parameters<typeof connect>) => {
    const client = connect(...args);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    relay = await startTestRelay();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('an observer’s write is refused with 4422, stored nowhere, sent to nobody; others keep syncing', async () => {
    const board = await createBoard(relay);
    const participant = open(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    const observer = open(relay.wsUrl, board.id, 'content', keyOf(board.links.observer));
    await Promise.all([synced(participant), synced(observer)]);
    const before = await refused(relay, 'observer', 'content');

    scratchSet(observer.doc, 'observer-was-here', true);
    await closedWith(observer, CloseCode.updateRefused);
    expect(await refused(relay, 'observer', 'content')).toBe(before + 1);
    expect(scratchHas(await roomDoc(relay, board.id, 'content'), 'observer-was-here')).toBe(false);

    // The others go on: a participant's change reaches a fresh observer, and never the refused one.
    scratchSet(participant.doc, 'participant', 1);
    const reader = open(relay.wsUrl, board.id, 'content', keyOf(board.links.observer));
    await waitFor(() => scratchGet(reader.doc, 'participant') === 1, 5000, 'a fresh reader');
    expect(scratchHas(reader.doc, 'observer-was-here')).toBe(false);
    expect(scratchHas(participant.doc, 'observer-was-here')).toBe(false);
  });

  it('refuses an observer’s raw update and sync step 2 frames, closing that socket only', async () => {
    const board = await createBoard(relay);
    const url = `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.observer)}`;
    for (const message of [
      encodeUpdate(scratchUpdate('raw-update', 1)),
      encodeSyncStep2(scratchUpdate('raw-step2', 2)),
    ]) {
      const socket = await rawSocket(url);
      const frames = record(socket);
      await roundTrip(socket, frames);
      const closing = closed(socket);
      socket.send(message);
      expect((await closing).code).toBe(CloseCode.updateRefused);
    }
    const doc = await roomDoc(relay, board.id, 'content');
    expect(scratchHas(doc, 'raw-update')).toBe(false);
    expect(scratchHas(doc, 'raw-step2')).toBe(false);
  });

  it('only the facilitator writes the session document', async () => {
    const board = await createBoard(relay);
    const facilitator = open(relay.wsUrl, board.id, 'session', keyOf(board.links.facilitator));
    const participant = open(relay.wsUrl, board.id, 'session', keyOf(board.links.participant));
    await Promise.all([synced(facilitator), synced(participant)]);
    participant.doc.getMap('session').set('phase', 'qa');
    await closedWith(participant, CloseCode.updateRefused);
    setLocked(facilitator.doc, true, 'test');
    const live = await liveRoom(relay, board.id, 'session');
    await waitFor(() => live.toDoc().getMap('session').get('locked') === true, 5000, 'lock at the relay');
    expect(live.toDoc().getMap('session').has('phase')).toBe(false);
    expect(facilitator.doc.getMap('session').has('phase')).toBe(false);
  });

  it('locking the session stops participants writing content at once, unlocking lets them again', async () => {
    const board: CreatedBoard = await createBoard(relay);
    const session = open(relay.wsUrl, board.id, 'session', keyOf(board.links.facilitator));
    const facilitator = open(relay.wsUrl, board.id, 'content', keyOf(board.links.facilitator));
    const participant = open(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    await Promise.all([synced(session), synced(facilitator), synced(participant)]);

    scratchSet(participant.doc, 'before-lock', 1);
    await waitFor(() => scratchGet(facilitator.doc, 'before-lock') === 1);

    setLocked(session.doc, true, 'test');
    const live = await liveRoom(relay, board.id, 'session');
    await waitFor(() => live.toDoc().getMap('session').get('locked') === true, 5000, 'lock at the relay');
    scratchSet(participant.doc, 'while-locked', 1);
    await closedWith(participant, CloseCode.updateRefused);
    scratchSet(facilitator.doc, 'facilitator-while-locked', 1);
    const again = open(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    await waitFor(() => scratchGet(again.doc, 'facilitator-while-locked') === 1);
    expect(scratchHas(again.doc, 'while-locked')).toBe(false);
    expect(scratchHas(facilitator.doc, 'while-locked')).toBe(false);

    setLocked(session.doc, false, 'test');
    await waitFor(() => live.toDoc().getMap('session').get('locked') === false, 5000, 'unlock at the relay');
    scratchSet(again.doc, 'after-unlock', 1);
    await waitFor(() => scratchGet(facilitator.doc, 'after-unlock') === 1, 5000, 'write after unlock');
    // The change refused during the lock is gone for good: its author's client dropped its copy.
    expect(scratchHas(facilitator.doc, 'while-locked')).toBe(false);
  });

  it('observers ask questions only while the phase is Q&A', async () => {
    const board = await createBoard(relay);
    const session = open(relay.wsUrl, board.id, 'session', keyOf(board.links.facilitator));
    const facilitator = open(relay.wsUrl, board.id, 'questions', keyOf(board.links.facilitator));
    const observer = open(relay.wsUrl, board.id, 'questions', keyOf(board.links.observer));
    await Promise.all([synced(session), synced(facilitator), synced(observer)]);
    const live = await liveRoom(relay, board.id, 'session');
    const ask = (client: Client, id: string) => {
      // Without a relay-issued identity an observer cannot sign a question: these are refused either way.
      client.doc.getMap('questions').set(id, 'not even a map');
    };
    ask(observer, 'q-before');
    await closedWith(observer, CloseCode.updateRefused);
    expect(facilitator.doc.getMap('questions').has('q-before')).toBe(false);

    setPhase(session.doc, 'qa', 'test');
    await waitFor(() => live.toDoc().getMap('session').get('phase') === 'qa', 5000, 'qa at the relay');
    expect(await refused(relay, 'observer', 'questions')).toBeGreaterThan(0);
  });
});
