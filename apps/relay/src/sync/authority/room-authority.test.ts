import {
  type Actor,
  addStep,
  CURRENT_JOURNEY_ID,
  createBoard,
  readBoard,
  type SessionState,
  updateMeta,
  updateStep,
} from '@journeyboard/journey';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { RoomState } from '../room-state';
import { RoomAuthority } from './room-authority';

const ALICE: Actor = { role: 'participant', identity: 'u-alice' };
const MAPPING: SessionState = { phase: 'mapping', locked: false };
const IDLE_MS = 60_000;

/** A board held as the relay holds it, one client editing it, and what the relay answers. */
function setup() {
  const seed = new Y.Doc();
  createBoard(seed, 'blank', 'seed');
  const state = RoomState.fromStored(Y.encodeStateAsUpdate(seed), []);
  const authority = new RoomAuthority('content', () => state.encodeState(), { idleMs: IDLE_MS });
  const client = new Y.Doc();
  Y.applyUpdate(client, state.encodeState());
  const send = (edit: (doc: Y.Doc) => void) => {
    const updates: Uint8Array[] = [];
    const listen = (update: Uint8Array) => updates.push(update);
    client.on('update', listen);
    edit(client);
    client.off('update', listen);
    return state.apply(Y.mergeUpdates(updates), authority.judgeFor({ actor: ALICE, session: MAPPING })).kind;
  };
  return { authority, client, send };
}

describe('a room keeps its item index only while it is written', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('builds the index on the first write and holds none before', () => {
    const { authority, send } = setup();
    expect(authority.holdsIndex).toBe(false);
    expect(authority.indexBytes).toBe(0);
    expect(send((doc) => addStep(doc, { journeyId: CURRENT_JOURNEY_ID, title: 'Call' }, 'a'))).toBe(
      'accepted',
    );
    expect(authority.holdsIndex).toBe(true);
    expect(authority.indexBytes).toBeGreaterThan(0);
  });

  it('drops the index once no write was judged for the idle time, counted from the last write', () => {
    const { authority, send } = setup();
    send((doc) => addStep(doc, { journeyId: CURRENT_JOURNEY_ID, title: 'Call' }, 'a'));
    vi.advanceTimersByTime(IDLE_MS - 1_000);
    expect(authority.holdsIndex).toBe(true);
    // A write just before the deadline keeps the index for another idle time from then.
    send((doc) => updateStep(doc, readBoard(doc).steps[0]!.id, { title: 'Phone call' }, 'a'));
    vi.advanceTimersByTime(IDLE_MS - 1_000);
    expect(authority.holdsIndex).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(authority.holdsIndex).toBe(false);
    expect(authority.indexBytes).toBe(0);
  });

  it('judges the next write after a drop exactly as before, on an index built again', () => {
    const { authority, send } = setup();
    send((doc) => addStep(doc, { journeyId: CURRENT_JOURNEY_ID, title: 'Call' }, 'a'));
    const itemsBefore = authority.itemCount;
    vi.advanceTimersByTime(IDLE_MS);
    expect(authority.holdsIndex).toBe(false);
    // An edit building on the step written before the drop is placed (the rebuilt index holds it)...
    expect(send((doc) => updateStep(doc, readBoard(doc).steps[0]!.id, { title: 'Phone call' }, 'a'))).toBe(
      'accepted',
    );
    expect(authority.holdsIndex).toBe(true);
    expect(authority.itemCount).toBe(itemsBefore + 1);
    // ...and what the rules keep from a participant is still refused.
    expect(send((doc) => updateMeta(doc, { title: 'Renamed by a participant' }, 'a'))).toBe('refused');
  });

  it('forgets the index when the room lets it go (reset), with no timer left behind', () => {
    const { authority, send } = setup();
    send((doc) => addStep(doc, { journeyId: CURRENT_JOURNEY_ID, title: 'Call' }, 'a'));
    expect(vi.getTimerCount()).toBe(1);
    authority.reset();
    expect(authority.holdsIndex).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
