import type { CanvasPeer } from './canvas-presence';

/** The clients one awareness 'change' event concerns. */
export interface AwarenessChanges {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/**
 * Whether an awareness change can alter what the canvas draws of the others: not when it concerns only
 * this client (its own view is published several times a second while it pans and zooms).
 */
export function concernsOthers(changes: AwarenessChanges | undefined, ownClientId: number): boolean {
  if (!changes) return true;
  for (const list of [changes.added, changes.updated, changes.removed])
    for (const id of list) if (id !== ownClientId) return true;
  return false;
}

/**
 * The peers the canvas draws, kept as the previous array when nothing it draws changed (who, their cursor,
 * their selection; not where they look), so a peer panning does not re-render the board scene.
 */
export function peersOnCanvas(
  previous: readonly CanvasPeer[],
  next: readonly CanvasPeer[],
): readonly CanvasPeer[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) {
    const a = previous[i]!;
    const b = next[i]!;
    if (
      a.clientId !== b.clientId ||
      JSON.stringify([a.user, a.cursor, a.selection]) !== JSON.stringify([b.user, b.cursor, b.selection])
    )
      return next;
  }
  return previous;
}
