/**
 * A set of clock ranges of one Yjs client, kept sorted, disjoint and with touching ranges merged.
 * Stored flat (`[start0, end0, start1, end1, …]`, ends exclusive): a room keeps one per client for the
 * structs it holds and one for the deletions it knows, thousands of ranges on a big board.
 */
export class ClockRanges {
  private readonly bounds: number[] = [];

  get rangeCount(): number {
    return this.bounds.length / 2;
  }

  /** The ranges in order, as `[start, end)` pairs. */
  *ranges(): IterableIterator<[number, number]> {
    for (let index = 0; index < this.bounds.length; index += 2) {
      yield [this.bounds[index]!, this.bounds[index + 1]!];
    }
  }

  /** Where the contiguous run from clock 0 ends (0 when clock 0 is not held): a state vector's clock. */
  get contiguousEnd(): number {
    return this.bounds[0] === 0 ? this.bounds[1]! : 0;
  }

  /** True when the ranges are anything but one run from clock 0 (something after a gap is held). */
  get hasGap(): boolean {
    return this.bounds.length > 2 || (this.bounds.length === 2 && this.bounds[0] !== 0);
  }

  /** Index (in pairs) of the last range starting at or before `clock`, or -1. */
  private lastStartingAtOrBefore(clock: number): number {
    let low = 0;
    let high = this.bounds.length / 2 - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.bounds[middle * 2]! <= clock) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  covers(start: number, end: number): boolean {
    if (end <= start) return true;
    const index = this.lastStartingAtOrBefore(start);
    return index >= 0 && this.bounds[index * 2 + 1]! >= end;
  }

  /** The parts of `[start, end)` not in the set, in order. */
  missing(start: number, end: number): [number, number][] {
    const gaps: [number, number][] = [];
    let cursor = start;
    let index = Math.max(0, this.lastStartingAtOrBefore(start));
    for (; index * 2 < this.bounds.length && cursor < end; index++) {
      const rangeStart = this.bounds[index * 2]!;
      const rangeEnd = this.bounds[index * 2 + 1]!;
      if (rangeEnd <= cursor) continue;
      if (rangeStart >= end) break;
      if (rangeStart > cursor) gaps.push([cursor, rangeStart]);
      cursor = Math.max(cursor, rangeEnd);
    }
    if (cursor < end) gaps.push([cursor, end]);
    return gaps;
  }

  add(start: number, end: number): void {
    if (end <= start) return;
    // First range that ends at or after `start` (it touches or follows the new one).
    let first = this.bounds.length / 2;
    let low = 0;
    let high = first - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.bounds[middle * 2 + 1]! >= start) {
        first = middle;
        high = middle - 1;
      } else low = middle + 1;
    }
    // Ranges from `first` that start at or before `end` merge with the new one.
    let last = first - 1;
    while ((last + 1) * 2 < this.bounds.length && this.bounds[(last + 1) * 2]! <= end) last++;
    if (last < first) {
      this.bounds.splice(first * 2, 0, start, end);
      return;
    }
    const mergedStart = Math.min(start, this.bounds[first * 2]!);
    const mergedEnd = Math.max(end, this.bounds[last * 2 + 1]!);
    this.bounds.splice(first * 2, (last - first + 1) * 2, mergedStart, mergedEnd);
  }
}
