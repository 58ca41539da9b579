import { describe, expect, it } from 'vitest';
import type { CanvasPeer } from './canvas-presence';
import { concernsOthers, peersOnCanvas } from './peers-on-canvas';

/** A peer as the presence code gives it: more than the canvas draws (where they look, who they are). */
type Peer = CanvasPeer & {
  readonly user: { readonly id: string; readonly role: string };
  readonly view: { centerX: number; centerY: number; scale: number } | null;
};

function peer(clientId: number, over: Partial<Peer> = {}): Peer {
  return {
    clientId,
    user: { id: `u${clientId}`, name: `User ${clientId}`, color: '#336699', role: 'participant' },
    cursor: null,
    selection: { stepId: null, noteId: null },
    view: null,
    ...over,
  } as Peer;
}

describe('concernsOthers', () => {
  it('ignores a change of this client alone', () => {
    expect(concernsOthers({ added: [], updated: [7], removed: [] }, 7)).toBe(false);
    expect(concernsOthers({ added: [], updated: [], removed: [] }, 7)).toBe(false);
  });
  it('reports a change that touches anyone else', () => {
    expect(concernsOthers({ added: [8], updated: [7], removed: [] }, 7)).toBe(true);
    expect(concernsOthers({ added: [], updated: [], removed: [9] }, 7)).toBe(true);
  });
  it('reads everything when no changes are given (the first read)', () => {
    expect(concernsOthers(undefined, 7)).toBe(true);
  });
});

describe('peersOnCanvas', () => {
  it('keeps the previous array when only where peers look changed', () => {
    const previous = [peer(1), peer(2)];
    const next = [peer(1, { view: { centerX: 10, centerY: 20, scale: 0.5 } as Peer['view'] }), peer(2)];
    expect(peersOnCanvas(previous, next)).toBe(previous);
  });
  it('takes the new array when a cursor, a selection, a person or the count changed', () => {
    const previous = [peer(1), peer(2)];
    const moved = [peer(1, { cursor: { x: 1, y: 2 } as Peer['cursor'] }), peer(2)];
    expect(peersOnCanvas(previous, moved)).toBe(moved);
    const selected = [peer(1), peer(2, { selection: { stepId: 's1', noteId: null } as Peer['selection'] })];
    expect(peersOnCanvas(previous, selected)).toBe(selected);
    const other = [peer(1), peer(3)];
    expect(peersOnCanvas(previous, other)).toBe(other);
    const fewer = [peer(1)];
    expect(peersOnCanvas(previous, fewer)).toBe(fewer);
  });
});
