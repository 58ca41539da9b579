/**
 * Who a room's broadcasts are written to first: the facilitator and participants, in join order. With
 * hundreds of observers, writing one update to every socket takes milliseconds; the people working on the
 * board should not wait behind it for each other's edits.
 */
export function* writersAmong<Peer>(peers: ReadonlySet<Peer>, observers: ReadonlySet<Peer>): Iterable<Peer> {
  if (observers.size === 0) {
    yield* peers;
    return;
  }
  for (const peer of peers) if (!observers.has(peer)) yield peer;
}

/** Who is written to after them, in slices (see `SlicedDelivery`): the observers still connected, in join order. */
export function* observersAmong<Peer>(
  peers: ReadonlySet<Peer>,
  observers: ReadonlySet<Peer>,
): Iterable<Peer> {
  for (const peer of observers) if (peers.has(peer)) yield peer;
}
