import { describe, expect, it } from 'vitest';
import type { ControlEvent } from './bus';
import {
  compareStreamIds,
  decodeControl,
  encodeControl,
  fieldsOf,
  type InternalEvent,
  idBefore,
  parseStreamId,
  redisTimeMs,
  streamKeys,
} from './stream-entries';

describe('stream keys', () => {
  const keys = streamKeys('jb:');

  it('names the streams of a room and finds the room back from a key', () => {
    expect(keys.updates('b1/content')).toBe('jb:room:b1/content:u');
    expect(keys.awareness('b1/content')).toBe('jb:room:b1/content:a');
    expect(keys.parseRoomKey(keys.updates('b1/content'))).toEqual({ room: 'b1/content', stream: 'u' });
    expect(keys.parseRoomKey(keys.awareness('a:b/session'))).toEqual({ room: 'a:b/session', stream: 'a' });
  });

  it('rejects keys that are not room streams', () => {
    for (const key of ['jb:control', 'jb:room:x:z', 'other:room:x:u', 'jb:room::u', 'jb:room:xu']) {
      expect(keys.parseRoomKey(key)).toBeNull();
    }
  });
});

describe('stream ids', () => {
  it('parses and compares ids numerically, not as text', () => {
    expect(parseStreamId('1700000000000-3')).toEqual({ ms: 1_700_000_000_000, seq: 3 });
    expect(compareStreamIds('9-0', '10-0')).toBeLessThan(0);
    expect(compareStreamIds('10-2', '10-10')).toBeLessThan(0);
    expect(compareStreamIds('10-2', '10-2')).toBe(0);
    expect(() => parseStreamId('10')).toThrow(/not a stream id/);
  });

  it('reads from just before a time, so entries added in that millisecond are included', () => {
    expect(compareStreamIds(idBefore(1000), '1000-0')).toBeLessThan(0);
    expect(compareStreamIds(idBefore(1000), '999-5')).toBeGreaterThan(0);
    expect(idBefore(0)).toBe('0-0');
  });

  it('converts a Redis TIME reply to milliseconds', () => {
    expect(redisTimeMs(['1700000000', '123456'])).toBe(1_700_000_000_123);
  });
});

describe('control entries', () => {
  it('round-trips every event kind', () => {
    const events: (ControlEvent | InternalEvent)[] = [
      { kind: 'key-rotated', boardId: 'b', role: 'participant' },
      { kind: 'board-deleted', boardId: 'b' },
      { kind: 'resync', rooms: ['b/content'] },
    ];
    for (const event of events) {
      expect(decodeControl(encodeControl(event))).toEqual(event);
    }
  });

  it('reports the path of the first error in an invalid entry', () => {
    expect(() => decodeControl('{')).toThrow(/not JSON/);
    expect(() => decodeControl('{"kind":"key-rotated","boardId":"b","role":"admin"}')).toThrow(/at role/);
    expect(() => decodeControl('{"kind":"resync","rooms":[1]}')).toThrow(/at rooms\.0/);
    expect(() => decodeControl('{"kind":"explode"}')).toThrow(/at kind/);
  });

  it('reads flat field lists', () => {
    const fields = fieldsOf([Buffer.from('r'), Buffer.from('relay'), Buffer.from('d'), Buffer.from([1, 2])]);
    expect(fields.get('r')?.toString()).toBe('relay');
    expect([...fields.get('d')!]).toEqual([1, 2]);
  });
});
