import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboxPeer } from './outbox';
import { SlicedDelivery } from './sliced-delivery';
import type { WireBatch } from './wire-batch';

class RecordingPeer implements OutboxPeer {
  readonly batches: number[][] = [];
  sendBatch(batch: WireBatch): number {
    this.batches.push(batch.frames.map((frame) => frame[0]!));
    return batch.byteLength;
  }
  get received(): number[] {
    return this.batches.flat();
  }
}

const frame = (id: number) => new Uint8Array(2).fill(id);

/** A delivery whose slices run only when the test says so, each writing to 16 sockets at most. */
function manual(peers: () => RecordingPeer[], burstIntervalMs = 0, spreadMs = 0, sliceMs = 0) {
  const waiting: (() => void)[] = [];
  const delays: number[] = [];
  const counted: number[] = [];
  const clock = { now: 0 };
  const delivery = new SlicedDelivery<RecordingPeer>(peers, (deliveries) => counted.push(deliveries), {
    sliceMs,
    burstIntervalMs,
    spreadMs,
    schedule: (run, delayMs) => {
      waiting.push(run);
      delays.push(delayMs);
    },
    now: () => clock.now,
  });
  const runSlice = () => {
    const run = waiting.shift();
    run?.();
    return run !== undefined;
  };
  const drain = () => {
    while (runSlice());
  };
  return { delivery, runSlice, drain, waiting, delays, counted, clock };
}

describe('SlicedDelivery', () => {
  it('writes nothing until its turn, then every frame but a peer’s own, in order', () => {
    const peers = [new RecordingPeer(), new RecordingPeer()];
    const { delivery, drain, counted } = manual(() => peers);
    delivery.push([frame(1), frame(2)], [peers[0]!, null]);
    expect(peers[1]!.batches).toEqual([]);
    drain();
    expect(peers[0]!.batches).toEqual([[2]]);
    expect(peers[1]!.batches).toEqual([[1, 2]]);
    expect(counted).toEqual([3]);
    expect(delivery.pending).toBe(0);
  });

  it('lets the event loop turn between slices, and bursts that wait go out as one', () => {
    const peers = Array.from({ length: 40 }, () => new RecordingPeer());
    const { delivery, runSlice, waiting } = manual(() => peers);
    delivery.push([frame(1)], [null]);
    runSlice();
    // A slice of 0 ms stops after 16 writes and asks for another turn.
    expect(peers.filter((peer) => peer.batches.length > 0)).toHaveLength(16);
    expect(waiting).toHaveLength(1);
    delivery.push([frame(2)], [null]);
    delivery.push([frame(3)], [peers[39]!]);
    expect(delivery.pending).toBe(2);
    while (runSlice());
    expect(peers[0]!.batches).toEqual([[1], [2, 3]]);
    expect(peers[20]!.batches).toEqual([[1], [2, 3]]);
    expect(peers[39]!.batches).toEqual([[1], [2]]);
  });

  it('starts bursts at most every burstIntervalMs; what arrives meanwhile waits as one burst', () => {
    const peer = new RecordingPeer();
    const { delivery, runSlice, delays, clock } = manual(() => [peer], 100);
    delivery.push([frame(1)], [null]);
    runSlice();
    expect(peer.batches).toEqual([[1]]);
    clock.now = 30;
    delivery.push([frame(2)], [null]);
    delivery.push([frame(3)], [null]);
    expect(delays.at(-1)).toBe(70);
    runSlice(); // a timer that fired early writes nothing and waits again
    expect(peer.batches).toEqual([[1]]);
    clock.now = 100;
    runSlice();
    expect(peer.batches).toEqual([[1], [2, 3]]);
    expect(delivery.pending).toBe(0);
  });

  it('spreads a burst over spreadMs: small groups, a pause between them', () => {
    const peers = Array.from({ length: 300 }, () => new RecordingPeer());
    // Slices of up to 1 s: only the spread cuts them. 20 ms in pauses of 2 ms: 10 groups of 30.
    const { delivery, runSlice, delays } = manual(() => peers, 0, 20, 1000);
    delivery.push([frame(1)], [null]);
    const written = () => peers.filter((peer) => peer.batches.length > 0).length;
    runSlice();
    expect(written()).toBe(30);
    expect(delays.at(-1)).toBe(2);
    runSlice();
    expect(written()).toBe(60);
    while (runSlice());
    expect(written()).toBe(300);
    expect(delays.filter((delay) => delay === 2)).toHaveLength(9);
    expect(delivery.pending).toBe(0);
  });

  it('writes a burst to whoever is connected when it starts', () => {
    const peers = [new RecordingPeer()];
    const { delivery, drain } = manual(() => peers);
    delivery.push([frame(1)], [null]);
    const late = new RecordingPeer();
    peers.push(late);
    drain();
    expect(late.batches).toEqual([[1]]);
    delivery.push([frame(2)], [null]);
    peers.shift();
    drain();
    expect(late.received).toEqual([1, 2]);
  });

  it('gives every peer every frame not its own exactly once, in push order, however slices and pushes interleave', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.oneof(fc.constant('slice' as const), fc.integer({ min: -1, max: 59 })), {
          maxLength: 80,
        }),
        fc.constantFrom(0, 4, 30),
        (count, steps, spreadMs) => {
          const peers = Array.from({ length: count }, () => new RecordingPeer());
          const { delivery, runSlice, drain } = manual(() => peers, 0, spreadMs);
          const pushed: { id: number; origin: number }[] = [];
          for (const step of steps) {
            if (step === 'slice') runSlice();
            else {
              const id = pushed.length % 250;
              const origin = step < count ? step : -1;
              pushed.push({ id, origin });
              delivery.push([frame(id)], [origin >= 0 ? peers[origin]! : null]);
            }
          }
          drain();
          for (const [index, peer] of peers.entries()) {
            expect(peer.received).toEqual(
              pushed.filter((entry) => entry.origin !== index).map((entry) => entry.id),
            );
          }
          expect(delivery.pending).toBe(0);
        },
      ),
    );
  });
});
