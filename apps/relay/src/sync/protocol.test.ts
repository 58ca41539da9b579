import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { frame, messageOfType, updateSetting } from '../test-support/frames';
import {
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  parseClientMessage,
} from './protocol';
import { isValidUpdate } from './update-validation';

describe('sync frames', () => {
  it('are byte for byte what y-protocols writes, whatever the payload length', () => {
    const writers = [
      [encodeSyncStep1, syncProtocol.messageYjsSyncStep1],
      [encodeSyncStep2, syncProtocol.messageYjsSyncStep2],
      [encodeUpdate, syncProtocol.messageYjsUpdate],
    ] as const;
    for (const length of [0, 1, 127, 128, 300, 16_383, 16_384, 70_000, 2_100_000]) {
      const payload = new Uint8Array(length).map((_, index) => index % 251);
      for (const [ours, syncType] of writers) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, 0);
        encoding.writeVarUint(encoder, syncType);
        encoding.writeVarUint8Array(encoder, payload);
        expect(Buffer.compare(ours(payload), encoding.toUint8Array(encoder))).toBe(0);
      }
    }
  });
});

describe('parseClientMessage', () => {
  it('reads every message a stock provider sends', () => {
    const stateVector = Y.encodeStateVector(new Y.Doc());
    const update = updateSetting('a', 1);
    expect(parseClientMessage(encodeSyncStep1(stateVector))).toEqual({
      ok: true,
      message: { type: 'sync-step-1', stateVector },
    });
    expect(parseClientMessage(encodeSyncStep2(update))).toEqual({
      ok: true,
      message: { type: 'sync-step-2', update },
    });
    expect(parseClientMessage(encodeUpdate(update))).toEqual({
      ok: true,
      message: { type: 'update', update },
    });
    const entries = [
      { clientId: 12, clock: 3, state: { user: { name: 'Ada' } } },
      { clientId: 13, clock: 1, state: null },
    ];
    // Presence states stay the JSON bytes they arrived as (checked later, by checkPresence).
    const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(parseClientMessage(encodeAwarenessMessage(encodeAwarenessEntries(entries)))).toEqual({
      ok: true,
      message: {
        type: 'awareness',
        entries: entries.map(({ clientId, clock, state }) => ({ clientId, clock, json: json(state) })),
      },
    });
    expect(parseClientMessage(frame(3))).toEqual({ ok: true, message: { type: 'query-awareness' } });
    expect(parseClientMessage(frame(2, 0, 1, 0x41))).toEqual({ ok: true, message: { type: 'auth' } });
  });

  it.each([
    ['an empty frame', frame()],
    ['a truncated varint', frame(0x80)],
    ['a truncated sync type', frame(0)],
    ['a payload length past the end', frame(0, 2, 10, 1, 2, 3)],
    ['trailing bytes', frame(0, 2, 1, 0, 99)],
    ['awareness with a truncated entry', encodeAwarenessMessage(frame(2, 1, 1, 2, 0x7b, 0x7d))],
    ['awareness with trailing bytes', encodeAwarenessMessage(frame(0, 5))],
    ['a query-awareness with trailing bytes', frame(3, 1)],
  ])('rejects %s as malformed', (_name, bytes) => {
    expect(parseClientMessage(bytes)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it.each([
    ['message type 4', messageOfType(4)],
    ['message type 127', frame(127)],
    ['a huge message type', frame(0xff, 0xff, 0xff, 0x7f)],
    ['sync type 3', frame(0, 3, 0)],
  ])('rejects %s as unknown', (_name, bytes) => {
    expect(parseClientMessage(bytes)).toMatchObject({ ok: false, reason: 'unknown_type' });
  });
});

describe('isValidUpdate', () => {
  it('accepts real updates, including empty ones and deletions', () => {
    const doc = new Y.Doc();
    expect(isValidUpdate(Y.encodeStateAsUpdate(doc))).toBe(true);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getText('t').insert(0, 'hello');
    doc.getText('t').delete(1, 2);
    doc.getArray('a').push([1, 'two', { three: 3 }, new Uint8Array([4])]);
    for (const update of updates) expect(isValidUpdate(update)).toBe(true);
  });

  it('rejects every truncation of a real update and random bytes', () => {
    const update = updateSetting('key', { nested: ['value', 42] });
    for (let length = 0; length < update.length; length++) {
      expect(isValidUpdate(update.slice(0, length))).toBe(false);
    }
    expect(isValidUpdate(new Uint8Array([1, 255, 255, 255, 255, 15, 7]))).toBe(false);
    expect(isValidUpdate(new Uint8Array([1]))).toBe(false);
  });
});
