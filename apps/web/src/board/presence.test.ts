import { OBSERVER_COUNT_CLIENT_ID } from '@journeyboard/journey/presence';
import { describe, expect, it } from 'vitest';
import { MAX_SCALE, screenToBoard } from '../state/viewport';
import { parsePeer, samePeopleList, summarisePresence, viewportFollowing } from './presence';

const user = (id: string, name: string, role: string) => ({ id, name, color: '#123456', role });

describe('parsePeer', () => {
  it('reads a full state', () => {
    const peer = parsePeer(7, {
      user: user('u1', 'Ada', 'participant'),
      cursor: { x: 10, y: 20 },
      selection: { stepId: 's1', noteId: null },
      view: { centerX: 1, centerY: 2, scale: 1.5 },
    });
    expect(peer).toEqual({
      clientId: 7,
      user: user('u1', 'Ada', 'participant'),
      cursor: { x: 10, y: 20 },
      selection: { stepId: 's1', noteId: null },
      view: { centerX: 1, centerY: 2, scale: 1.5 },
    });
  });

  it('drops a peer without a valid user', () => {
    expect(parsePeer(1, null)).toBeNull();
    expect(parsePeer(1, { user: { name: 'x' } })).toBeNull();
    expect(parsePeer(1, { user: { ...user('u', 'A', 'admin') } })).toBeNull();
    expect(parsePeer(1, { user: { ...user('u', 'A', 'observer'), color: 'red' } })).toBeNull();
  });

  it('keeps the person when other fields are malformed', () => {
    const peer = parsePeer(1, {
      user: user('u', 'A', 'observer'),
      cursor: { x: Number.NaN, y: 1 },
      selection: 'everything',
      view: { centerX: 0, centerY: 0, scale: -1 },
    });
    expect(peer?.cursor).toBeNull();
    expect(peer?.selection).toEqual({ stepId: null, noteId: null });
    expect(peer?.view).toBeNull();
  });
});

describe('summarisePresence', () => {
  it('lists people by role then name, counts observers and merges tabs of one user', () => {
    const states = new Map<number, unknown>([
      [1, { user: user('p2', 'Zed', 'participant') }],
      [2, { user: user('f', 'Fran', 'facilitator') }],
      [3, { user: user('p1', 'Amy', 'participant') }],
      [4, { user: user('o1', 'Obi', 'observer') }],
      [5, { user: user('o2', 'Oda', 'observer') }],
      [6, { user: user('p1', 'Amy', 'participant') }],
      [7, { nonsense: true }],
    ]);
    const summary = summarisePresence(states, 6);
    expect(summary.people.map((p) => p.user.name)).toEqual(['Fran', 'Amy', 'Zed']);
    expect(summary.people[1]?.clientId).toBe(6);
    expect(summary.observerCount).toBe(2);
  });

  it('takes the observer count from the relay’s entry, never counting an observer twice', () => {
    const fran = { user: user('f', 'Fran', 'facilitator') };
    const obi = { user: user('o', 'Obi', 'observer') };
    // The facilitator hears only the count: observers' own states are not sent to anyone.
    const asFacilitator = summarisePresence(
      new Map<number, unknown>([
        [1, fran],
        [OBSERVER_COUNT_CLIENT_ID, { observers: 40 }],
      ]),
      1,
    );
    expect(asFacilitator.observerCount).toBe(40);
    expect(asFacilitator.people.map((p) => p.user.name)).toEqual(['Fran']);
    // An observer already counted by the relay sees the same number, not one more.
    const counted = new Map<number, unknown>([
      [1, fran],
      [2, obi],
      [OBSERVER_COUNT_CLIENT_ID, { observers: 1 }],
    ]);
    expect(summarisePresence(counted, 2).observerCount).toBe(1);
    // An observer the relay has not counted yet (count 0) still counts themselves.
    const early = new Map<number, unknown>([
      [1, fran],
      [2, obi],
      [OBSERVER_COUNT_CLIENT_ID, { observers: 0 }],
    ]);
    expect(summarisePresence(early, 2).observerCount).toBe(1);
    expect(summarisePresence(early, 1).observerCount).toBe(0);
    // A malformed count is ignored: observers' states are counted as before.
    const bad = new Map<number, unknown>([
      [1, fran],
      [2, obi],
      [OBSERVER_COUNT_CLIENT_ID, { observers: -3 }],
    ]);
    expect(summarisePresence(bad, 1).observerCount).toBe(1);
    // The relay's entry is never shown as a person.
    expect(summarisePresence(counted, 1).people).toHaveLength(1);
  });

  it('compares lists ignoring cursors', () => {
    const a = summarisePresence(
      new Map([[1, { user: user('a', 'A', 'participant'), cursor: { x: 1, y: 1 } }]]),
      1,
    );
    const b = summarisePresence(
      new Map([[1, { user: user('a', 'A', 'participant'), cursor: { x: 2, y: 2 } }]]),
      1,
    );
    const c = summarisePresence(new Map([[1, { user: user('a', 'B', 'participant') }]]), 1);
    expect(samePeopleList(a, b)).toBe(true);
    expect(samePeopleList(a, c)).toBe(false);
  });

  it('names this client, even as an observer who is only counted', () => {
    const states = new Map<number, unknown>([
      [1, { user: user('f', 'Fran', 'facilitator') }],
      [2, { user: user('o', 'Obi', 'observer') }],
    ]);
    const asObserver = summarisePresence(states, 2);
    expect(asObserver.self?.user.name).toBe('Obi');
    expect(asObserver.people.map((p) => p.user.name)).toEqual(['Fran']);
    expect(summarisePresence(states, 1).self?.clientId).toBe(1);
    expect(summarisePresence(states, 9).self).toBeNull();
  });

  it('sees a rename, of someone else or of oneself as an observer', () => {
    const before = new Map<number, unknown>([
      [1, { user: user('f', 'Fran', 'facilitator') }],
      [2, { user: user('o', 'Obi', 'observer') }],
    ]);
    const renamedPeer = new Map(before).set(1, { user: user('f', 'Frances', 'facilitator') });
    const renamedSelf = new Map(before).set(2, { user: user('o', 'Obi Wan', 'observer') });
    const base = summarisePresence(before, 2);
    expect(samePeopleList(base, summarisePresence(new Map(before), 2))).toBe(true);
    expect(samePeopleList(base, summarisePresence(renamedPeer, 2))).toBe(false);
    // The observer is not in `people`, so only the self entry can tell this change apart.
    expect(samePeopleList(base, summarisePresence(renamedSelf, 2))).toBe(false);
  });
});

describe('viewportFollowing', () => {
  it("puts the peer's centre in the middle of the part of our canvas no panel covers", () => {
    const view = { centerX: 900, centerY: 400, scale: 1 };
    const area = { x: 0, y: 0, width: 1008, height: 700 };
    const viewport = viewportFollowing(view, area);
    expect(screenToBoard(viewport, { x: 504, y: 350 })).toEqual({ x: 900, y: 400 });
  });

  it("puts the peer's centre in the middle of our canvas at their zoom, whatever our size", () => {
    const view = { centerX: 900, centerY: 400, scale: 1.5 };
    for (const size of [
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ]) {
      const viewport = viewportFollowing(view, size);
      expect(viewport.scale).toBe(1.5);
      expect(screenToBoard(viewport, { x: size.width / 2, y: size.height / 2 })).toEqual({ x: 900, y: 400 });
    }
  });

  it('keeps a peer zoom beyond our limits inside them, still centred', () => {
    const viewport = viewportFollowing(
      { centerX: 10, centerY: 20, scale: 1000 },
      { width: 100, height: 100 },
    );
    expect(viewport.scale).toBe(MAX_SCALE);
    expect(screenToBoard(viewport, { x: 50, y: 50 })).toEqual({ x: 10, y: 20 });
  });
});
