import { createBoard } from '@journeyboard/journey';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LocalBus } from '../cluster/local-bus';
import { createMetrics } from '../metrics';
import { SqliteStore } from '../storage/sqlite-store';
import { ALICE, MAPPING } from '../test-support/judged-room';
import { Room } from './room';
import type { RoomPeer } from './room-peer';
import { UpdateMerger } from './update-merger';
import type { WireBatch } from './wire-batch';

const merger = new UpdateMerger();
afterAll(() => merger.close());

/** A connection that records the frames written to it. */
function peer(): RoomPeer & { frames: Uint8Array[] } {
  const frames: Uint8Array[] = [];
  return {
    frames,
    send: (frame) => frames.push(frame),
    sendBatch: (batch: WireBatch) => {
      frames.push(...batch.frames);
      return batch.byteLength;
    },
    close: () => {},
    isResponsive: async () => true,
    terminate: async () => {},
  };
}

/** A content room on a board, loaded from `store`, and a participant's edit of it (adding their own step). */
async function roomWithEdits(store: SqliteStore, count: number) {
  const seed = new Y.Doc();
  createBoard(seed, 'blank', 'seed');
  await store.appendUpdate('b/content', Y.encodeStateAsUpdate(seed));
  const deps = {
    store,
    merger,
    bus: new LocalBus(),
    metrics: createMetrics(),
    logger: pino({ level: 'silent' }),
    limits: { maxDocBytes: 1 << 24, compactLogEntries: 1000, compactLogBytes: 1 << 30 },
  };
  const room = await Room.load('b/content', 'content', deps);
  const edits = Array.from({ length: count }, (_, index) => {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(seed));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    const step = new Y.Map<unknown>();
    step.set('journeyId', 'journey-current');
    step.set('order', 'a0');
    step.set('title', `step ${index}`);
    client.getMap('steps').set(`step-${index}`, step);
    return updates[0]!;
  });
  return { room, edits };
}

const context = { actor: ALICE, session: MAPPING };

describe('Room broadcasts', () => {
  it('sends a lone update to the others, stored, before applying it returns', async () => {
    const store = new SqliteStore({ file: ':memory:', durability: 'process' });
    const { room, edits } = await roomWithEdits(store, 1);
    const [sender, other] = [peer(), peer()];
    room.addPeer(sender);
    room.addPeer(other);
    const before = other.frames.length;
    // A quiet moment: the seed's append is behind us.
    await new Promise((resolve) => setImmediate(resolve));
    expect(room.applyFromPeer(sender, edits[0]!, context)).toBe('accepted');
    // Written already, and only once it was in the store.
    expect(other.frames.length).toBe(before + 1);
    expect((await store.loadRoom('b/content')).updates).toHaveLength(2);
    expect(sender.frames.length).toBe(before);
    await room.unload({ compact: false });
    await store.close();
  });

  it('sends the updates committed together in one write per connection', async () => {
    const store = new SqliteStore({ file: ':memory:', durability: 'fsync' });
    const { room, edits } = await roomWithEdits(store, 3);
    const [sender, other] = [peer(), peer()];
    const writes: number[] = [];
    const counting: RoomPeer = {
      ...other,
      sendBatch: (batch) => {
        writes.push(batch.frames.length);
        return batch.byteLength;
      },
    };
    room.addPeer(sender);
    room.addPeer(counting);
    for (const edit of edits) expect(room.applyFromPeer(sender, edit, context)).toBe('accepted');
    expect(writes).toEqual([]);
    await room.whenDurable();
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([3]);
    await room.unload({ compact: false });
    await store.close();
  });
});
