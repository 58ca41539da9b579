import { giveFloor, setLocked, setPhase } from '@journeyboard/journey';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SessionMirror } from './session-mirror';

const origin = { userId: 'facilitator', kind: 'local' } as const;
const logger = pino({ level: 'silent' });

/** A client's session document and the updates its changes make. */
function client() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, next: () => Y.mergeUpdates(updates.splice(0)) };
}

describe('the session document the relay reads', () => {
  it('follows the accepted updates: permissions are read again after each, the floor holder told', () => {
    const { doc, next } = client();
    setPhase(doc, 'mapping', origin);
    const mirror = new SessionMirror(next(), 'b/session', logger);
    expect(mirror.permissions()).toEqual({ phase: 'mapping', locked: false });
    const holders: (string | null)[] = [];
    mirror.floor.follow((holder) => holders.push(holder));

    setLocked(doc, true, origin);
    mirror.apply(next());
    expect(mirror.permissions()).toEqual({ phase: 'mapping', locked: true });
    giveFloor(doc, 'observer-7', origin);
    mirror.apply(next());
    expect(holders).toEqual([null, 'observer-7']);
    expect(mirror.read().locked).toBe(true);
  });

  it('an unreadable update is logged and changes nothing', () => {
    const errors: unknown[] = [];
    const mirror = new SessionMirror(new Uint8Array([0, 0]), 'b/session', {
      error: (value: unknown) => errors.push(value),
    } as unknown as pino.Logger);
    mirror.apply(new Uint8Array([1, 2, 3, 4, 5]));
    expect(errors).toHaveLength(1);
    expect(mirror.permissions()).toEqual({ phase: 'preparation', locked: false });
  });

  it('answers the relay’s own change as one update, or null when it changed nothing', () => {
    const mirror = new SessionMirror(new Uint8Array([0, 0]), 'b/session', logger);
    expect(mirror.write(() => {})).toBeNull();
    const update = mirror.write((doc) => {
      setPhase(doc, 'readout', origin);
      setLocked(doc, true, origin);
    });
    expect(update).not.toBeNull();
    // The update carries the change to anyone else, and the mirror's own permissions see it.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, update!);
    expect(new SessionMirror(Y.encodeStateAsUpdate(elsewhere), 'b/session', logger).permissions()).toEqual({
      phase: 'readout',
      locked: true,
    });
    expect(mirror.permissions()).toEqual({ phase: 'readout', locked: true });
  });
});
