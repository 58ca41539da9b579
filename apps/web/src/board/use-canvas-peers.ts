import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { CanvasPeer, CanvasPresenceStore, PresenceDrawing } from '../canvas/canvas-presence';
import { type AwarenessChanges, concernsOthers, peersOnCanvas } from '../canvas/peers-on-canvas';
import { type Peer, parsePeer } from './presence';

/** Everyone else's valid presence; a malformed state is skipped, not fatal (presence is untrusted input). */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const peer = parsePeer(clientId, state);
    if (peer) peers.push(peer);
  }
  return peers;
}

/**
 * Gives the canvas the others on the board and how to draw them, for as long as it is mounted: from then
 * on others' cursors and selections show. The canvas re-renders only when what it draws of them changed.
 */
export function useCanvasPeers(
  awareness: Awareness,
  presence: CanvasPresenceStore,
  drawing: PresenceDrawing,
): void {
  useEffect(() => {
    const read = (changes?: AwarenessChanges) => {
      // This client's own view and cursor are published while it pans: nothing of the others changed.
      if (!concernsOthers(changes, awareness.clientID)) return;
      const previous = presence.getState().peers;
      const peers: readonly CanvasPeer[] = peersOnCanvas(previous, readPeers(awareness));
      if (peers !== previous) presence.setState({ peers });
    };
    presence.setState({ drawing });
    read();
    awareness.on('change', read);
    return () => {
      awareness.off('change', read);
      presence.setState({ peers: [] });
    };
  }, [awareness, presence, drawing]);
}
