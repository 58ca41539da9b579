import { describe, expect, it } from 'vitest';
import { ConnectionSlots } from './connection-slots';

const limits = { maxPerBoard: 10, reservedForFacilitator: 2, reservedForParticipants: 3, maxPerAddress: 100 };

function fill(slots: ConnectionSlots, boardId: string, role: 'facilitator' | 'participant' | 'observer') {
  let taken = 0;
  while (slots.acquire(boardId, role, `10.0.0.${taken}`) === undefined) taken++;
  return taken;
}

describe('ConnectionSlots', () => {
  it('lets observers fill only the unreserved slots; participants and the facilitator still get theirs', () => {
    const slots = new ConnectionSlots(limits);
    expect(fill(slots, 'b', 'observer')).toBe(5);
    expect(slots.acquire('b', 'observer', 'x')).toBe('board_full');
    expect(fill(slots, 'b', 'participant')).toBe(3);
    expect(fill(slots, 'b', 'facilitator')).toBe(2);
    expect(slots.onBoard('b')).toBe(10);
  });

  it('keeps the facilitator slots from participants', () => {
    const slots = new ConnectionSlots(limits);
    expect(fill(slots, 'b', 'participant')).toBe(8);
    expect(slots.acquire('b', 'facilitator', 'x')).toBeUndefined();
  });

  it('counts boards apart, and frees a slot on release', () => {
    const slots = new ConnectionSlots(limits);
    fill(slots, 'b', 'observer');
    expect(slots.acquire('other', 'observer', 'y')).toBeUndefined();
    slots.release('b', '10.0.0.0');
    expect(slots.onBoard('b')).toBe(4);
    expect(slots.acquire('b', 'observer', 'z')).toBeUndefined();
  });

  it('caps one address over all boards', () => {
    const slots = new ConnectionSlots({ ...limits, maxPerAddress: 3 });
    expect(slots.acquire('a', 'facilitator', 'ip')).toBeUndefined();
    expect(slots.acquire('b', 'facilitator', 'ip')).toBeUndefined();
    expect(slots.acquire('c', 'facilitator', 'ip')).toBeUndefined();
    expect(slots.acquire('d', 'facilitator', 'ip')).toBe('address_full');
    expect(slots.onBoard('d')).toBe(0);
    slots.release('a', 'ip');
    expect(slots.fromAddress('ip')).toBe(2);
    expect(slots.acquire('d', 'facilitator', 'ip')).toBeUndefined();
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped one as IPv4', () => {
    const slots = new ConnectionSlots({ ...limits, maxPerAddress: 2 });
    expect(slots.acquire('a', 'observer', '2001:db8:0:1::1')).toBeUndefined();
    expect(slots.acquire('a', 'observer', '2001:db8:0:1::2')).toBeUndefined();
    expect(slots.acquire('a', 'observer', '2001:db8:0:1:ffff::3')).toBe('address_full');
    expect(slots.acquire('a', 'observer', '2001:db8:0:2::1')).toBeUndefined();
    expect(slots.acquire('a', 'observer', '::ffff:10.0.0.1')).toBeUndefined();
    expect(slots.fromAddress('10.0.0.1')).toBe(1);
    slots.release('a', '2001:db8:0:1::2');
    expect(slots.fromAddress('2001:db8:0:1::9')).toBe(1);
  });
});
