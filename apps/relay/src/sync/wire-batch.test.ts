import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { frameBinaryMessages, WireBatch } from './wire-batch';

/** ws's own framing (`Sender.frame`, exported by ws but not by its type declarations). */
const { Sender } = createRequire(import.meta.url)('ws') as {
  Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] };
};
const wsFrame = (payload: Uint8Array) =>
  Buffer.concat(
    Sender.frame(Buffer.from(payload), { fin: true, rsv1: false, opcode: 2, mask: false, readOnly: false }),
  );

/** Lengths on both sides of the header's size steps, and any other. */
const payloadLength = fc.oneof(
  fc.constantFrom(0, 1, 125, 126, 127, 65_535, 65_536, 70_000),
  fc.integer({ min: 0, max: 3_000 }),
);
const payload = payloadLength.chain((length) => fc.uint8Array({ minLength: length, maxLength: length }));

describe('frameBinaryMessages', () => {
  it('frames each payload exactly as ws frames a binary message from a server', () => {
    fc.assert(
      fc.property(fc.array(payload, { maxLength: 5 }), (payloads) => {
        const expected = Buffer.concat(payloads.map(wsFrame));
        expect(Buffer.from(frameBinaryMessages(payloads)).equals(expected)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('WireBatch', () => {
  it('frames once and shares the bytes; for() leaves out a peer’s own frames', () => {
    const [a, b, c] = [new Uint8Array([1]), new Uint8Array([2, 2]), new Uint8Array([3, 3, 3])];
    const batch = new WireBatch([a, b, c]);
    expect(batch.byteLength).toBe(6);
    expect(batch.wire).toBe(batch.wire);
    const origins = ['x', null, 'y'];
    const forX = batch.for('x', origins);
    expect(forX.frames).toEqual([b, c]);
    expect(forX.byteLength).toBe(5);
    expect(Buffer.from(forX.wire).equals(Buffer.concat([wsFrame(b), wsFrame(c)]))).toBe(true);
  });

  it('arrives at a real WebSocket client as the same messages, in order, when written to the TCP socket', async () => {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const lengths = [0, 5, 125, 126, 65_535, 65_536, 200_000];
    const payloads = lengths.map((length, index) => new Uint8Array(length).fill(index + 1));
    server.on('connection', (socket) => {
      const tcp = (socket as unknown as { _socket: { write(bytes: Uint8Array): void } })._socket;
      tcp.write(new WireBatch(payloads.slice(0, 3)).wire);
      socket.send(new Uint8Array([9, 9]), { binary: true });
      tcp.write(new WireBatch(payloads.slice(3)).wire);
    });
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const received: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      client.on('message', (data: Buffer) => {
        received.push(data);
        if (received.length === payloads.length + 1) resolve();
      });
      client.on('error', reject);
    });
    client.close();
    server.close();
    const expected = [...payloads.slice(0, 3), new Uint8Array([9, 9]), ...payloads.slice(3)];
    expect(received.map((data) => data.byteLength)).toEqual(expected.map((data) => data.byteLength));
    for (const [index, data] of received.entries()) {
      expect(data.equals(Buffer.from(expected[index]!))).toBe(true);
    }
  });
});
