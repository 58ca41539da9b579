import { z } from 'zod';
import { ROLES } from '../storage/store';
import type { ControlEvent } from './bus';

/**
 * How the Redis bus lays out its data. Pure functions only, so the encoding is tested without Redis.
 *
 * Per room two streams: `u` (durable Yjs updates, replayed a little on join to close the gap between a
 * room's load and its first read) and `a` (awareness, replayed longer on join so a relay learns who is
 * present without waiting for the next renewal). One `control` stream for board-wide events.
 */

export interface StreamKeys {
  updates(room: string): string;
  awareness(room: string): string;
  control: string;
  relayAlive(relayId: string): string;
  relays: string;
  /** The room and stream kind of a room stream key; null for any other key. */
  parseRoomKey(key: string): { room: string; stream: 'u' | 'a' } | null;
}

export function streamKeys(prefix: string): StreamKeys {
  return {
    updates: (room) => `${prefix}room:${room}:u`,
    awareness: (room) => `${prefix}room:${room}:a`,
    control: `${prefix}control`,
    relayAlive: (relayId) => `${prefix}relay:${relayId}`,
    relays: `${prefix}relays`,
    parseRoomKey(key) {
      const head = `${prefix}room:`;
      if (!key.startsWith(head) || key.length < head.length + 3) return null;
      const stream = key.slice(-1);
      if (key.at(-2) !== ':' || (stream !== 'u' && stream !== 'a')) return null;
      return { room: key.slice(head.length, -2), stream };
    },
  };
}

/** A stream entry id `<ms>-<seq>`; ids compare by both parts numerically. */
export interface StreamId {
  ms: number;
  seq: number;
}

export function parseStreamId(id: string): StreamId {
  const match = /^(\d+)-(\d+)$/.exec(id);
  if (!match) throw new Error(`not a stream id: ${id}`);
  return { ms: Number(match[1]), seq: Number(match[2]) };
}

export function compareStreamIds(a: string, b: string): number {
  const x = parseStreamId(a);
  const y = parseStreamId(b);
  return x.ms - y.ms || x.seq - y.seq;
}

/** The id to read from so that entries added at or after `ms` are returned (XREAD is exclusive). */
export function idBefore(ms: number): string {
  return ms <= 0 ? '0-0' : `${ms - 1}-18446744073709551615`;
}

/** Milliseconds of a Redis `TIME` reply `[seconds, microseconds]`. */
export function redisTimeMs(time: readonly (string | number)[]): number {
  return Number(time[0]) * 1000 + Math.floor(Number(time[1]) / 1000);
}

/** Events only relays exchange: a relay that could not publish for a while asks the others to reload. */
export type InternalEvent = { kind: 'resync'; rooms: string[] };

const controlEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('key-rotated'),
    boardId: z.string().min(1),
    role: z.enum(ROLES),
    retiredKeyHash: z.string().optional(),
  }),
  z.object({ kind: z.literal('board-deleted'), boardId: z.string().min(1) }),
  z.object({ kind: z.literal('resync'), rooms: z.array(z.string()) }),
]);

export function encodeControl(event: ControlEvent | InternalEvent): string {
  return JSON.stringify(event);
}

/** Parses a control entry; another relay's bad data is reported with the path of the first error. */
export function decodeControl(json: string): ControlEvent | InternalEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('control entry is not JSON');
  }
  const result = controlEventSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`control entry invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

/** A stream entry's fields as RESP2 returns them: a flat `[name, value, name, value, …]` list. */
export function fieldsOf(flat: readonly Buffer[]): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!.toString(), flat[i + 1]!);
  return fields;
}
