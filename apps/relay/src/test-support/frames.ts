import type { Role } from '@journeyboard/journey';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import {
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../sync/protocol';

export { encodeAwarenessEntries, encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate };

/** A presence state as the web client publishes it (`@journeyboard/journey` presence schema). */
export function presenceOf(name: string, role: Role = 'participant', extra: object = {}) {
  const id = `u-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return { user: { id, name, color: '#0369a1', role }, ...extra };
}

/**
 * An awareness message of one entry whose state is exactly this JSON text (any spacing, any nesting,
 * any size): what a hostile or unusual client could send.
 */
export function presenceText(clientId: number, clock: number, json: string): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, json);
  return encodeAwarenessMessage(encoding.toUint8Array(update));
}

/** A valid Yjs update that sets `map[key] = value` on a fresh document. */
export function updateSetting(key: string, value: unknown, map = 'scratch'): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(map).set(key, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export function frame(...parts: number[]): Uint8Array {
  return new Uint8Array(parts);
}

export function messageOfType(type: number, payload: Uint8Array = new Uint8Array([0])): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Collects every binary frame a raw socket receives. */
export function record(socket: WebSocket): Uint8Array[] {
  const frames: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  return frames;
}

/** Sends a sync step 1 and resolves with the sync step 2 answer: proof the socket is open and served. */
export function roundTrip(socket: WebSocket, frames: Uint8Array[]): Promise<void> {
  const before = frames.length;
  socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (frames.slice(before).some((f) => f[0] === 0 && f[1] === 1)) resolve();
      else if (Date.now() - started > 3000) reject(new Error('no sync step 2 answer'));
      else setTimeout(check, 10);
    };
    check();
  });
}
