import { setLocked, setPhase } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate, record, roundTrip, updateSetting } from '../test-support/frames';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  keyOf,
  rawSocket,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';
import type { Room } from './room';

async function dropped(relay: TestRelay, role: string, doc: string): Promise<number> {
  const metric = await relay.metrics.writesDropped.get();
  return metric.values.find((v) => v.labels.role === role && v.labels.doc === doc)?.value ?? 0;
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

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

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

  it('an observer reads but cannot write through its provider, and stays connected', async () => {
    const board = await createBoard(relay);
    const participant = open(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    const observer = open(relay.wsUrl, board.id, 'content', keyOf(board.links.observer));
    await Promise.all([synced(participant), synced(observer)]);
    const before = await dropped(relay, 'observer', 'content');

    observer.doc.getMap('scratch').set('observer-was-here', true);
    await settle();
    expect(participant.doc.getMap('scratch').has('observer-was-here')).toBe(false);
    expect((await roomDoc(relay, board.id, 'content')).getMap('scratch').has('observer-was-here')).toBe(
      false,
    );
    expect(await dropped(relay, 'observer', 'content')).toBeGreaterThan(before);

    // Still live: the observer sees the participant's next change.
    participant.doc.getMap('scratch').set('participant', 1);
    await waitFor(() => observer.doc.getMap('scratch').get('participant') === 1, 5000, 'observer view');
    expect(observer.provider.wsconnected).toBe(true);
  });

  it('drops an observer’s raw update and sync step 2 frames, keeping the socket open', async () => {
    const board = await createBoard(relay);
    const socket = await rawSocket(
      `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.observer)}`,
    );
    const frames = record(socket);
    await roundTrip(socket, frames);
    const before = await dropped(relay, 'observer', 'content');
    socket.send(encodeUpdate(updateSetting('raw-update', 1)));
    socket.send(encodeSyncStep2(updateSetting('raw-step2', 2)));
    await roundTrip(socket, frames);
    const doc = await roomDoc(relay, board.id, 'content');
    expect(doc.getMap('scratch').has('raw-update')).toBe(false);
    expect(doc.getMap('scratch').has('raw-step2')).toBe(false);
    expect(await dropped(relay, 'observer', 'content')).toBe(before + 2);
    expect(socket.readyState).toBe(socket.OPEN);
    socket.close();
  });

  it('only the facilitator writes the session document', async () => {
    const board = await createBoard(relay);
    const facilitator = open(relay.wsUrl, board.id, 'session', keyOf(board.links.facilitator));
    const participant = open(relay.wsUrl, board.id, 'session', keyOf(board.links.participant));
    await Promise.all([synced(facilitator), synced(participant)]);
    participant.doc.getMap('session').set('phase', 'qa');
    facilitator.doc.getMap('session').set('timer', 60);
    await waitFor(() => participant.doc.getMap('session').get('timer') === 60);
    await settle();
    expect(facilitator.doc.getMap('session').has('phase')).toBe(false);
    expect((await roomDoc(relay, board.id, 'session')).getMap('session').has('phase')).toBe(false);
  });

  it('locking the session stops participants writing content at once, unlocking lets them again', async () => {
    const board: CreatedBoard = await createBoard(relay);
    const session = open(relay.wsUrl, board.id, 'session', keyOf(board.links.facilitator));
    const facilitator = open(relay.wsUrl, board.id, 'content', keyOf(board.links.facilitator));
    const participant = open(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    await Promise.all([synced(session), synced(facilitator), synced(participant)]);

    participant.doc.getMap('scratch').set('before-lock', 1);
    await waitFor(() => facilitator.doc.getMap('scratch').get('before-lock') === 1);

    setLocked(session.doc, true, 'test');
    const live = await liveRoom(relay, board.id, 'session');
    await waitFor(() => live.toDoc().getMap('session').get('locked') === true, 5000, 'lock at the relay');
    participant.doc.getMap('scratch').set('while-locked', 1);
    facilitator.doc.getMap('scratch').set('facilitator-while-locked', 1);
    await waitFor(() => participant.doc.getMap('scratch').get('facilitator-while-locked') === 1);
    await settle();
    expect(facilitator.doc.getMap('scratch').has('while-locked')).toBe(false);

    setLocked(session.doc, false, 'test');
    await waitFor(() => live.toDoc().getMap('session').get('locked') === false, 5000, 'unlock at the relay');
    participant.doc.getMap('scratch').set('after-unlock', 1);
    await waitFor(
      () => facilitator.doc.getMap('scratch').get('after-unlock') === 1,
      5000,
      'write after unlock',
    );
    // The change refused during the lock is its author's history: Yjs cannot apply the later change
    // without it, so it reaches everyone once the author may write again (never while locked).
    expect(facilitator.doc.getMap('scratch').get('while-locked')).toBe(1);
  });

  it('observers write questions only while the phase is Q&A', async () => {
    const board = await createBoard(relay);
    const session = open(relay.wsUrl, board.id, 'session', keyOf(board.links.facilitator));
    const facilitator = open(relay.wsUrl, board.id, 'questions', keyOf(board.links.facilitator));
    const observer = open(relay.wsUrl, board.id, 'questions', keyOf(board.links.observer));
    await Promise.all([synced(session), synced(facilitator), synced(observer)]);
    const live = await liveRoom(relay, board.id, 'session');

    observer.doc.getMap('questions').set('q-before', 'too early');
    await settle();
    expect(facilitator.doc.getMap('questions').has('q-before')).toBe(false);

    setPhase(session.doc, 'qa', 'test');
    await waitFor(() => live.toDoc().getMap('session').get('phase') === 'qa', 5000, 'qa at the relay');
    const lateObserver = open(relay.wsUrl, board.id, 'questions', keyOf(board.links.observer));
    await synced(lateObserver);
    lateObserver.doc.getMap('questions').set('q-during', 'why?');
    await waitFor(
      () => facilitator.doc.getMap('questions').get('q-during') === 'why?',
      5000,
      'question in qa',
    );

    setPhase(session.doc, 'wrapup', 'test');
    await waitFor(
      () => live.toDoc().getMap('session').get('phase') === 'wrapup',
      5000,
      'wrapup at the relay',
    );
    lateObserver.doc.getMap('questions').set('q-after', 'too late');
    await settle();
    expect(facilitator.doc.getMap('questions').has('q-after')).toBe(false);
    expect(lateObserver.provider.wsconnected).toBe(true);
  });
});
