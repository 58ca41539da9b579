import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ControlEvent } from './bus';
import { ControlOutbox } from './control-outbox';
import { storedRoomUpdate } from './room-reload';
import type { InternalEvent } from './stream-entries';

const rotated = (boardId: string): ControlEvent => ({ kind: 'key-rotated', boardId, role: 'observer' });

describe('ControlOutbox', () => {
  it('sends events in order and keeps them while sending fails', async () => {
    const sent: (ControlEvent | InternalEvent)[] = [];
    const errors: unknown[] = [];
    let up = false;
    const outbox = new ControlOutbox(
      async (event) => {
        if (!up) throw new Error('redis down');
        sent.push(event);
      },
      () => ['b/content'],
      (error) => errors.push(error),
    );
    await outbox.push(rotated('one'));
    await outbox.push(rotated('two'));
    expect(sent).toEqual([]);
    expect(outbox.size).toBe(2);
    expect(errors).toHaveLength(2);
    up = true;
    await outbox.flush();
    expect(sent).toEqual([rotated('one'), rotated('two')]);
    expect(outbox.size).toBe(0);
  });

  it('never sends an event twice when flushes overlap', async () => {
    const sent: (ControlEvent | InternalEvent)[] = [];
    const outbox = new ControlOutbox(
      async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(event);
      },
      () => [],
      () => {},
    );
    await Promise.all([outbox.push(rotated('a')), outbox.flush(), outbox.push(rotated('b')), outbox.flush()]);
    await outbox.flush();
    expect(sent).toEqual([rotated('a'), rotated('b')]);
  });

  it('sends a requested resync with the rooms held when it is sent', async () => {
    const sent: (ControlEvent | InternalEvent)[] = [];
    let rooms = ['b/content'];
    const outbox = new ControlOutbox(
      async (event) => {
        sent.push(event);
      },
      () => rooms,
      () => {},
    );
    outbox.requestResync();
    rooms = ['b/content', 'b/session'];
    await outbox.flush();
    expect(sent).toEqual([{ kind: 'resync', rooms: ['b/content', 'b/session'] }]);
    await outbox.flush();
    expect(sent).toHaveLength(1);
  });

  it('stops sending once closed', async () => {
    const sent: (ControlEvent | InternalEvent)[] = [];
    const outbox = new ControlOutbox(
      async (event) => {
        sent.push(event);
      },
      () => [],
      () => {},
    );
    outbox.close();
    await outbox.push(rotated('late'));
    expect(sent).toEqual([]);
  });
});

describe('storedRoomUpdate', () => {
  it('merges a snapshot and its log into one update holding everything', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    const snapshot = Y.encodeStateAsUpdate(doc);
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(3, 'def');
    const log = Y.encodeStateAsUpdate(doc, before);
    const merged = storedRoomUpdate({
      snapshot,
      snapshotSeq: 1,
      updates: [log],
      lastSeq: 2,
      logBytes: log.byteLength,
    });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, merged!);
    expect(copy.getText('t').toString()).toBe('abcdef');
    expect(
      storedRoomUpdate({ snapshot: null, snapshotSeq: 0, updates: [], lastSeq: 0, logBytes: 0 }),
    ).toBeNull();
    expect(
      storedRoomUpdate({ snapshot: null, snapshotSeq: 0, updates: [log], lastSeq: 2, logBytes: 1 }),
    ).toBe(log);
  });
});
