import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-websocket message types (first varint of every frame). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** y-protocols sync sub-types (second varint of a sync frame). */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The parsed JSON state; null means "this client left". */
  state: unknown;
}

/**
 * One entry of an awareness update as it arrived: the state is still the sender's JSON text, as UTF-8
 * bytes, neither parsed nor checked (see `presence-check.ts`).
 */
export interface RawAwarenessEntry {
  clientId: number;
  clock: number;
  json: Uint8Array;
}

/** An entry checked against the presence schema: its parsed state, and its JSON bytes as received. */
export interface PresenceEntry extends AwarenessEntry {
  json: Uint8Array;
}

export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; entries: RawAwarenessEntry[] }
  | { type: 'query-awareness' }
  | { type: 'auth' };

export type ParseResult =
  | { ok: true; message: ClientMessage }
  | { ok: false; reason: 'malformed' | 'unknown_type'; detail: string };

function fail(reason: 'malformed' | 'unknown_type', detail: string): ParseResult {
  return { ok: false, reason, detail };
}

/**
 * The entries of an awareness update (y-protocols' encoding: a count, then client id, clock and the
 * state's JSON as a length-prefixed UTF-8 string per entry). Throws on truncation or trailing bytes.
 */
export function readAwarenessEntries(payload: Uint8Array): RawAwarenessEntry[] {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  const entries: RawAwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarUint8Array(decoder);
    entries.push({ clientId, clock, json });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness entries');
  return entries;
}

/**
 * Decodes one binary frame from a client. Never throws: truncated varints, lengths past the end of the
 * frame and trailing bytes are `malformed`; unknown message or sync types are `unknown_type`. Yjs
 * updates are returned undecoded (see `isValidUpdate`), presence states as their JSON bytes (see
 * `checkPresence`).
 */
export function parseClientMessage(frame: Uint8Array): ParseResult {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    switch (type) {
      case MessageType.sync: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === SyncType.step1) message = { type: 'sync-step-1', stateVector: payload };
        else if (syncType === SyncType.step2) message = { type: 'sync-step-2', update: payload };
        else if (syncType === SyncType.update) message = { type: 'update', update: payload };
        else return fail('unknown_type', `unknown sync message type ${syncType}`);
        break;
      }
      case MessageType.awareness:
        message = { type: 'awareness', entries: readAwarenessEntries(decoding.readVarUint8Array(decoder)) };
        break;
      case MessageType.queryAwareness:
        message = { type: 'query-awareness' };
        break;
      case MessageType.auth:
        // Only the server sends auth messages (permission denied); a client's is read and ignored.
        decoding.readVarUint(decoder);
        decoding.readVarString(decoder);
        message = { type: 'auth' };
        break;
      default:
        return fail('unknown_type', `unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) return fail('malformed', 'trailing bytes after the message');
    return { ok: true, message };
  } catch (error) {
    return fail('malformed', error instanceof Error ? error.message : String(error));
  }
}

/**
 * A sync frame: message type, sync type, then the payload with its varint length, written straight into
 * one buffer of the exact size (every broadcast update goes through here).
 */
function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  let lengthBytes = 1;
  for (let rest = payload.byteLength; rest > 0x7f; rest = Math.floor(rest / 128)) lengthBytes++;
  const frame = new Uint8Array(2 + lengthBytes + payload.byteLength);
  frame[0] = MessageType.sync;
  frame[1] = syncType;
  let offset = 2;
  let rest = payload.byteLength;
  while (rest > 0x7f) {
    frame[offset++] = 0x80 | (rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  frame[offset++] = rest;
  frame.set(payload, offset);
  return frame;
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return syncFrame(SyncType.step1, stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return syncFrame(SyncType.step2, update);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return syncFrame(SyncType.update, update);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/**
 * An awareness update (the payload of an awareness message) of entries whose states are forwarded as
 * the bytes their sender wrote: the relay never re-serialises a state it received.
 */
export function encodeRawAwarenessEntries(entries: readonly RawAwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarUint8Array(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Encodes awareness entries from values (tests, and states the relay writes itself such as a removal's
 * `null`); never used for states received from a client.
 */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
