import { OBSERVER_COUNT_CLIENT_ID } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwarenessEntries, encodeAwarenessMessage, encodeUpdate } from '../src/sync/protocol';
import { observerCountIn, sendTimesIn } from './town-hall-frames';

const awareness = (entries: { clientId: number; state: unknown }[]) =>
  encodeAwarenessMessage(encodeAwarenessEntries(entries.map((entry) => ({ ...entry, clock: 3 }))));

describe('what the town hall observers read in frames', () => {
  it('finds the board observer count in the relay entry of an awareness frame', () => {
    expect(
      observerCountIn(awareness([{ clientId: OBSERVER_COUNT_CLIENT_ID, state: { observers: 990 } }])),
    ).toBe(990);
    const mixed = awareness([
      { clientId: 42, state: { observers: 3 } },
      { clientId: OBSERVER_COUNT_CLIENT_ID, state: { observers: 7 } },
    ]);
    expect(observerCountIn(mixed)).toBe(7);
  });

  it('reads no count from other frames or entries', () => {
    expect(observerCountIn(awareness([{ clientId: 42, state: { observers: 3 } }]))).toBeNull();
    expect(observerCountIn(awareness([{ clientId: OBSERVER_COUNT_CLIENT_ID, state: null }]))).toBeNull();
    expect(observerCountIn(encodeUpdate(new Uint8Array([0, 0])))).toBeNull();
  });

  it('finds the send time a writer put in a step description, within the window', () => {
    const doc = new Y.Doc();
    const step = new Y.Map<unknown>();
    doc.getMap('steps').set('client-1', step);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const sentAt = 1_765_000_000_123.456;
    step.set('description', String(sentAt));
    const frame = encodeUpdate(updates[0]!);
    expect(sendTimesIn(frame, sentAt - 1000, sentAt + 1)).toEqual([sentAt]);
    expect(sendTimesIn(frame, sentAt + 1, sentAt + 1000)).toEqual([]);
  });
});
