/**
 * The order a room's broadcasts are written in: every peer, the facilitator and participants first, then
 * the observers, whenever each joined. With hundreds of observers, writing one update to every socket
 * takes milliseconds; the people working on the board should not wait behind it for each other's edits.
 */
export function* deliveryOrder<Peer>(peers: ReadonlySet<Peer>, observers: ReadonlySet<Peer>): Iterable<Peer> {
  if (observers.size === 0) {
    yield* peers;
    return;
  }
  for (const peer of peers) if (!observers.has(peer)) yield peer;
  for (const peer of observers) if (peers.has(peer)) yield peer;
}
