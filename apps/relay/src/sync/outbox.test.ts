import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxPeer } from './outbox';
import type { WireBatch } from './wire-batch';

class RecordingPeer implements OutboxPeer {
  readonly batches: number[][] = [];
  sendBatch(batch: WireBatch): number {
    this.batches.push(batch.frames.map((frame) => frame[0]!));
    return batch.byteLength;
  }
}

const frame = (id: number, length = 3) => new Uint8Array(length).fill(id);
const nextMicrotask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('Outbox', () => {
  it('delivers the frames of one burst together, in order, never back to their origin', async () => {
    const [a, b, c] = [new RecordingPeer(), new RecordingPeer(), new RecordingPeer()];
    const counted: [number, number][] = [];
    const outbox = new Outbox(
      () => [a, b, c],
      (deliveries, bytes) => counted.push([deliveries, bytes]),
    );
    outbox.push(frame(1), a);
    outbox.push(frame(2), b);
    outbox.push(frame(3, 5), null);
    expect(a.batches).toEqual([]);
    await nextMicrotask();
    expect(a.batches).toEqual([[2, 3]]);
    expect(b.batches).toEqual([[1, 3]]);
    expect(c.batches).toEqual([[1, 2, 3]]);
    expect(counted).toEqual([[7, 3 + 5 + 3 + 5 + 3 + 3 + 5]]);
  });

  it('waits for broadcasts queued by promise callbacks of the same moment (a committed batch)', async () => {
    const peer = new RecordingPeer();
    const outbox = new Outbox(
      () => [peer],
      () => {},
    );
    const committed = Promise.resolve();
    // Like the room: each stored update's broadcast is chained after its own append promise.
    for (const id of [1, 2, 3]) void committed.then(() => undefined).then(() => outbox.push(frame(id), null));
    await new Promise((resolve) => setImmediate(resolve));
    expect(peer.batches).toEqual([[1, 2, 3]]);
  });

  it('starts a new batch after each delivery and skips peers with nothing to receive', async () => {
    const [a, b] = [new RecordingPeer(), new RecordingPeer()];
    const outbox = new Outbox(
      () => [a, b],
      () => {},
    );
    outbox.push(frame(1), a);
    await nextMicrotask();
    outbox.push(frame(2), null);
    await nextMicrotask();
    expect(a.batches).toEqual([[2]]);
    expect(b.batches).toEqual([[1], [2]]);
  });
});

describe('Outbox with a later delivery', () => {
  it('hands each burst, with its origins, to the later delivery once its own peers have it', async () => {
    const writer = new RecordingPeer();
    const handed: { frames: number[]; origins: (RecordingPeer | null)[]; writerHadIt: boolean }[] = [];
    const outbox = new Outbox(
      () => [writer],
      () => {},
      {
        push: (frames, origins) =>
          handed.push({
            frames: frames.map((f) => f[0]!),
            origins: [...origins],
            writerHadIt: writer.batches.length > 0,
          }),
      },
    );
    outbox.push(frame(1), writer);
    outbox.push(frame(2), null);
    await nextMicrotask();
    expect(handed).toEqual([{ frames: [1, 2], origins: [writer, null], writerHadIt: true }]);
  });
});
