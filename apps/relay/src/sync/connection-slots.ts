import type { Role } from '@journeyboard/journey';
import { addressGroup } from '../address-group';

export interface SlotLimits {
  /** Connections one board may hold, all roles together. */
  maxPerBoard: number;
  /** Of those, the last ones only the facilitator may take. */
  reservedForFacilitator: number;
  /** Below those, further ones the facilitator and participants may take but observers may not. */
  reservedForParticipants: number;
  /** Connections one address (grouped by `addressGroup`: an IPv6 client by its /64) may hold over all boards. */
  maxPerAddress: number;
}

export type SlotRefusal = 'board_full' | 'address_full';

/**
 * Who may take a connection slot. A board's slots are layered: observers may fill it up to
 * `maxPerBoard - reservedForFacilitator - reservedForParticipants`, participants up to
 * `maxPerBoard - reservedForFacilitator`, the facilitator up to `maxPerBoard`. So however many observer
 * sockets are opened (one tab holds three: content, session, questions), participants and the facilitator
 * still get in, and participants cannot crowd out the facilitator. One address may hold at most
 * `maxPerAddress` sockets over all boards.
 */
export class ConnectionSlots {
  private readonly perBoard = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();

  constructor(private readonly limits: SlotLimits) {}

  /** The most connections a board may hold once this role's connection is counted in. */
  ceiling(role: Role): number {
    const { maxPerBoard, reservedForFacilitator, reservedForParticipants } = this.limits;
    if (role === 'facilitator') return maxPerBoard;
    if (role === 'participant') return maxPerBoard - reservedForFacilitator;
    return maxPerBoard - reservedForFacilitator - reservedForParticipants;
  }

  /** Takes a slot, or says why not. Each slot taken is given back once with `release`. */
  acquire(boardId: string, role: Role, clientAddress: string): SlotRefusal | undefined {
    const address = addressGroup(clientAddress);
    const fromAddress = this.perAddress.get(address) ?? 0;
    if (fromAddress >= this.limits.maxPerAddress) return 'address_full';
    const onBoard = this.perBoard.get(boardId) ?? 0;
    if (onBoard >= this.ceiling(role)) return 'board_full';
    this.perBoard.set(boardId, onBoard + 1);
    this.perAddress.set(address, fromAddress + 1);
    return undefined;
  }

  release(boardId: string, clientAddress: string): void {
    decrement(this.perBoard, boardId);
    decrement(this.perAddress, addressGroup(clientAddress));
  }

  onBoard(boardId: string): number {
    return this.perBoard.get(boardId) ?? 0;
  }

  fromAddress(clientAddress: string): number {
    return this.perAddress.get(addressGroup(clientAddress)) ?? 0;
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1;
  if (left <= 0) counts.delete(key);
  else counts.set(key, left);
}
