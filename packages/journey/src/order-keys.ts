import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { type Ordered, sortOrdered } from './order';

// New fractional-indexing keys for items being inserted or appended: what a writer needs (reading only
// sorts, order.ts).

function isValidKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keys to write so that a new item lands at `index` among `siblings` (sorted, without the item).
 * Returns the new item's key plus any siblings that must be re-keyed: concurrent inserts can leave
 * equal keys (or a peer may write a malformed one), and no key fits strictly between equal keys.
 */
export function keysForInsert(
  siblings: readonly Ordered[],
  index: number,
): { key: string; rekeys: ReadonlyMap<string, string> } {
  const sorted = sortOrdered(siblings);
  const at = Math.max(0, Math.min(index, sorted.length));
  const before = sorted[at - 1]?.order ?? null;
  const after = sorted[at]?.order ?? null;
  const ok =
    (before === null || isValidKey(before)) &&
    (after === null || isValidKey(after)) &&
    (before === null || after === null || before < after);
  if (ok) {
    try {
      return { key: generateKeyBetween(before, after), rekeys: new Map() };
    } catch {
      // Fall through: any key the library rejects is repaired by re-keying below.
    }
  }
  // Re-key the whole sibling list: rare, and the only fix that works for any damage.
  const keys = generateNKeysBetween(null, null, sorted.length + 1);
  const rekeys = new Map<string, string>();
  let k = 0;
  let key = '';
  for (let i = 0; i <= sorted.length; i++) {
    if (i === at) key = keys[k++]!;
    const item = sorted[i];
    if (item) {
      const next = keys[k++]!;
      if (item.order !== next) rekeys.set(item.id, next);
    }
  }
  return { key, rekeys };
}

export function keysForAppend(count: number, lastKey: string | null = null): string[] {
  return generateNKeysBetween(lastKey !== null && isValidKey(lastKey) ? lastKey : null, null, count);
}
