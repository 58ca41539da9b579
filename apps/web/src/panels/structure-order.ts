/**
 * The index to pass to moveStage/moveChannel/moveLane for "move up" (-1) or "move down" (+1): the
 * model counts positions among the siblings without the moved item, so one place along is simply the
 * neighbour's current index. null when the item is already at that end (or no longer in the list).
 */
export function neighbourIndex(ids: readonly string[], id: string, direction: -1 | 1): number | null {
  const at = ids.indexOf(id);
  if (at < 0) return null;
  const next = at + direction;
  return next >= 0 && next < ids.length ? next : null;
}

/** The order after the move, as the panel expects to see it once the transaction is applied. */
export function movedIds(ids: readonly string[], id: string, direction: -1 | 1): readonly string[] {
  const index = neighbourIndex(ids, id, direction);
  if (index === null) return ids;
  const rest = ids.filter((other) => other !== id);
  return [...rest.slice(0, index), id, ...rest.slice(index)];
}
