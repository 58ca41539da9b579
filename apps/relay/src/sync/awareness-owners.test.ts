import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessOwners } from './awareness-owners';
import type { AwarenessEntry } from './protocol';
import { encodeAwarenessEntries } from './protocol';

/** A relay room's awareness (no local state) and its owners, with a helper that applies what is allowed. */
function setup() {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const owners = new AwarenessOwners<string>(awareness);
  const send = (peer: string, entries: AwarenessEntry[]) => {
    const decision = owners.decide(peer, entries);
    if (decision.kind === 'apply' && decision.entries.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(awareness, encodeAwarenessEntries(decision.entries), peer);
    }
    return decision;
  };
  return { awareness, owners, send };
}

describe('AwarenessOwners', () => {
  it('binds a connection to the first client id it sends a state for, and applies only that one', () => {
    const { awareness, owners, send } = setup();
    expect(send('a', [{ clientId: 7, clock: 1, state: { name: 'Ada' } }])).toEqual({
      kind: 'apply',
      entries: [{ clientId: 7, clock: 1, state: { name: 'Ada' } }],
    });
    expect(owners.idOf('a')).toBe(7);
    expect(owners.ownerOf(7)).toBe('a');
    expect(awareness.getStates().get(7)).toEqual({ name: 'Ada' });
  });

  it('ignores echoes of another connection’s client at the clock it has, and refuses moving it on', () => {
    const { owners, send } = setup();
    send('a', [{ clientId: 7, clock: 2, state: { name: 'Ada' } }]);
    send('b', [{ clientId: 8, clock: 1, state: { name: 'Bob' } }]);
    expect(send('b', [{ clientId: 7, clock: 2, state: { name: 'Ada' } }])).toEqual({
      kind: 'apply',
      entries: [],
    });
    expect(send('b', [{ clientId: 7, clock: 3, state: { name: 'Not Ada' } }])).toEqual({
      kind: 'foreign_client',
    });
    expect(owners.ownerOf(7)).toBe('a');
  });

  it('reports a first claim on a client id another connection holds as contested, without binding', () => {
    const { owners, send } = setup();
    send('old', [{ clientId: 7, clock: 2, state: { name: 'Ada' } }]);
    expect(send('new', [{ clientId: 7, clock: 3, state: { name: 'Ada' } }])).toEqual({
      kind: 'contested',
      holder: 'old',
      clientId: 7,
    });
    expect(owners.idOf('new')).toBeUndefined();
    expect(owners.ownerOf(7)).toBe('old');
  });

  it('passes the id on once the holder is released (its socket found gone)', () => {
    const { awareness, owners, send } = setup();
    send('old', [{ clientId: 7, clock: 2, state: { name: 'Ada' } }]);
    expect(owners.release('old')).toBe(7);
    awarenessProtocol.removeAwarenessStates(awareness, [7], 'old');
    awareness.meta.delete(7);
    expect(send('new', [{ clientId: 7, clock: 3, state: { name: 'Ada again' } }]).kind).toBe('apply');
    expect(owners.ownerOf(7)).toBe('new');
    expect(awareness.getStates().get(7)).toEqual({ name: 'Ada again' });
  });

  it('hands the id to a new connection at once when the holder announced it is leaving (same clock)', () => {
    const { awareness, owners, send } = setup();
    send('old', [{ clientId: 7, clock: 2, state: { name: 'Ada' } }]);
    // y-websocket's disconnect: the state removed at the same clock, then the socket closes (later).
    send('old', [{ clientId: 7, clock: 2, state: null }]);
    expect(awareness.getStates().has(7)).toBe(false);
    // The same client, reconnected, sends its state again at the clock it had.
    expect(send('new', [{ clientId: 7, clock: 2, state: { name: 'Ada' } }]).kind).toBe('apply');
    expect(owners.ownerOf(7)).toBe('new');
    expect(owners.idOf('old')).toBeUndefined();
    expect(awareness.getStates().get(7)).toEqual({ name: 'Ada' });
    // The old connection, if it spoke again, would now claim a client the new one holds: asked about.
    expect(send('old', [{ clientId: 7, clock: 5, state: { name: 'ghost' } }])).toEqual({
      kind: 'contested',
      holder: 'new',
      clientId: 7,
    });
  });

  it('does not bind to a client another relay reported (a state without a local owner)', () => {
    const { awareness, owners, send } = setup();
    awarenessProtocol.applyAwarenessUpdate(
      awareness,
      encodeAwarenessEntries([{ clientId: 9, clock: 1, state: { name: 'Far' } }]),
      'bus',
    );
    expect(send('a', [{ clientId: 9, clock: 1, state: { name: 'Far' } }])).toEqual({
      kind: 'apply',
      entries: [],
    });
    expect(owners.idOf('a')).toBeUndefined();
    expect(send('a', [{ clientId: 10, clock: 1, state: { name: 'Me' } }]).kind).toBe('apply');
    expect(owners.idOf('a')).toBe(10);
  });
});
