/**
 * The items of one Yjs client a room holds, in clock order: where each starts, how long it is, and a
 * number saying where it sits in the document (its slot, see item-index.ts) and what it holds (its
 * kind). Packed for memory, since a room being written keeps one per client for as long as it is
 * written (a 200-step board holds ~6,000 items, a 2,000-step board ~57,000):
 *
 * - `meta` (2 bytes an item): the slot's low 9 bits (field code and nested bit) and the kind above them;
 * - `runs` (8 bytes a run): the entry (`slot >> 9`) of runs of consecutive items in one entry (a step
 *   and its fields are written together, so a board's creation is a few hundred runs);
 * - `segments` (24 bytes a segment): where runs of contiguous one-clock items start (almost every item
 *   a board holds is one clock long and a client's clocks have no gaps, so usually one segment in all);
 *   an item longer than one clock is a segment of its own.
 *
 * So ~2-4 bytes an item instead of 17 with one array per field. Finding an item is two binary searches.
 */

const LOW_BITS = 9;
const LOW_MASK = (1 << LOW_BITS) - 1;
/** A segment's length when it is a run of one-clock items (however many). */
const UNIT = 0;

export interface ItemFields {
  start: number;
  length: number;
  slot: number;
  kind: number;
}

export class ClientItems {
  private meta = new Uint16Array(4);
  /** Pairs [first item, entry]. */
  private runs = new Int32Array(2);
  private runCount = 0;
  /** Triples [first item, first clock, length or UNIT]. */
  private segments = new Float64Array(3);
  private segmentCount = 0;
  count = 0;

  /** Position of the item holding `clock`, or -1. */
  find(clock: number): number {
    const at = this.firstEndingAfter(clock);
    return at < this.count && this.start(at) <= clock ? at : -1;
  }

  /** Position of the first item ending after `clock` (for walking a range); `count` when none does. */
  firstEndingAfter(clock: number): number {
    const segments = this.segments;
    // The last segment starting at or before `clock`.
    let low = 0;
    let high = this.segmentCount - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (segments[mid * 3 + 1]! <= clock) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return 0;
    const first = segments[found * 3]!;
    const firstClock = segments[found * 3 + 1]!;
    const length = segments[found * 3 + 2]!;
    if (length !== UNIT) return clock < firstClock + length ? first : first + 1;
    const end = this.segmentEnd(found);
    const at = first + (clock - firstClock);
    return Math.min(at, end);
  }

  start(at: number): number {
    const segment = this.segmentOf(at);
    const segments = this.segments;
    return segments[segment * 3 + 1]! + (at - segments[segment * 3]!);
  }

  length(at: number): number {
    const length = this.segments[this.segmentOf(at) * 3 + 2]!;
    return length === UNIT ? 1 : length;
  }

  slot(at: number): number {
    return this.entryAt(at) * (1 << LOW_BITS) + (this.meta[at]! & LOW_MASK);
  }

  kind(at: number): number {
    return this.meta[at]! >> LOW_BITS;
  }

  /** Every item in order (for tests and rebuilding). */
  *items(): Generator<ItemFields> {
    for (let at = 0; at < this.count; at++) {
      yield { start: this.start(at), length: this.length(at), slot: this.slot(at), kind: this.kind(at) };
    }
  }

  /**
   * Adds an item (usually after every other: updates continue a client's clock). Clocks already held
   * are kept as they are: only the parts of [start, start + length) not held yet are added.
   */
  add(start: number, length: number, slot: number, kind: number): void {
    if (length <= 0) return;
    if (this.count === 0 || start >= this.endClock()) {
      this.append(start, length, slot, kind);
      return;
    }
    // Out of order (an update filling a gap) or overlapping held clocks: rare. The clocks not held go in
    // where they belong.
    const end = start + length;
    let clock = start;
    let at = this.firstEndingAfter(clock);
    while (clock < end) {
      if (at >= this.count) {
        this.append(clock, end - clock, slot, kind);
        return;
      }
      const itemStart = this.start(at);
      if (itemStart > clock) {
        const pieceEnd = Math.min(itemStart, end);
        this.insertAt(at, clock, pieceEnd - clock, slot, kind);
        clock = pieceEnd;
      } else clock = Math.max(clock, itemStart + this.length(at));
      at++;
    }
  }

  /** Bytes held (for the room's memory figures). */
  get byteLength(): number {
    return this.meta.byteLength + this.runs.byteLength + this.segments.byteLength;
  }

  /** Gives back the room kept for items to come (after the index is built from a stored room). */
  trim(): void {
    this.meta = resized(this.meta, Math.max(this.count, 4), this.count);
    this.runs = resized(this.runs, Math.max(this.runCount, 1) * 2, this.runCount * 2);
    this.segments = resized(this.segments, Math.max(this.segmentCount, 1) * 3, this.segmentCount * 3);
  }

  /** The clock after the last item. */
  private endClock(): number {
    const last = this.segmentCount - 1;
    const firstClock = this.segments[last * 3 + 1]!;
    const length = this.segments[last * 3 + 2]!;
    return length === UNIT ? firstClock + (this.count - this.segments[last * 3]!) : firstClock + length;
  }

  private append(start: number, length: number, slot: number, kind: number): void {
    const at = this.count;
    if (at === this.meta.length) this.meta = resized(this.meta, grown(at), at);
    const entry = Math.floor(slot / (1 << LOW_BITS));
    this.meta[at] = (slot - entry * (1 << LOW_BITS)) | (kind << LOW_BITS);
    if (this.runCount === 0 || this.runs[(this.runCount - 1) * 2 + 1] !== entry) {
      if (this.runCount * 2 === this.runs.length) {
        this.runs = resized(this.runs, grown(this.runCount) * 2, this.runCount * 2);
      }
      this.runs[this.runCount * 2] = at;
      this.runs[this.runCount * 2 + 1] = entry;
      this.runCount++;
    }
    const last = this.segmentCount - 1;
    const continues =
      length === 1 && last >= 0 && this.segments[last * 3 + 2] === UNIT && start === this.endClock();
    if (!continues) {
      if (this.segmentCount * 3 === this.segments.length) {
        this.segments = resized(this.segments, grown(this.segmentCount) * 3, this.segmentCount * 3);
      }
      this.segments[this.segmentCount * 3] = at;
      this.segments[this.segmentCount * 3 + 1] = start;
      this.segments[this.segmentCount * 3 + 2] = length === 1 ? UNIT : length;
      this.segmentCount++;
    }
    this.count++;
  }

  /**
   * Puts an item before the one at `at`, in the gap of clocks before it (so that one starts a segment:
   * a segment's one-clock items are contiguous). Positions after it move up by one.
   */
  private insertAt(at: number, start: number, length: number, slot: number, kind: number): void {
    const segment = lastAtOrBefore(this.segments, 3, this.segmentCount, at);
    if (this.segments[segment * 3] !== at) throw new Error('an item is inserted only before a segment');
    if (this.count === this.meta.length) this.meta = resized(this.meta, grown(this.count), this.count);
    this.meta.copyWithin(at + 1, at, this.count);
    const entry = Math.floor(slot / (1 << LOW_BITS));
    this.meta[at] = (slot - entry * (1 << LOW_BITS)) | (kind << LOW_BITS);
    // Runs: the run holding the old item is cut around the new one.
    const run = lastAtOrBefore(this.runs, 2, this.runCount, at);
    const runStartsHere = this.runs[run * 2] === at;
    const oldEntry = this.runs[run * 2 + 1]!;
    for (let at2 = runStartsHere ? run : run + 1; at2 < this.runCount; at2++) this.runs[at2 * 2]!++;
    const newRun = runStartsHere ? run : run + 1;
    this.insertRun(newRun, at, entry);
    if (!runStartsHere) this.insertRun(newRun + 1, at + 1, oldEntry);
    // Segments: the new item is one of its own, before the old item's.
    for (let at2 = segment; at2 < this.segmentCount; at2++) this.segments[at2 * 3]!++;
    if (this.segmentCount * 3 === this.segments.length) {
      this.segments = resized(this.segments, grown(this.segmentCount) * 3, this.segmentCount * 3);
    }
    this.segments.copyWithin((segment + 1) * 3, segment * 3, this.segmentCount * 3);
    this.segments[segment * 3] = at;
    this.segments[segment * 3 + 1] = start;
    this.segments[segment * 3 + 2] = length === 1 ? UNIT : length;
    this.segmentCount++;
    this.count++;
  }

  private insertRun(index: number, first: number, entry: number): void {
    if (this.runCount * 2 === this.runs.length) {
      this.runs = resized(this.runs, grown(this.runCount) * 2, this.runCount * 2);
    }
    this.runs.copyWithin((index + 1) * 2, index * 2, this.runCount * 2);
    this.runs[index * 2] = first;
    this.runs[index * 2 + 1] = entry;
    this.runCount++;
  }

  /** Position after the last item of a segment. */
  private segmentEnd(segment: number): number {
    return segment + 1 < this.segmentCount ? this.segments[(segment + 1) * 3]! : this.count;
  }

  /** The segment holding item `at`. */
  private segmentOf(at: number): number {
    return lastAtOrBefore(this.segments, 3, this.segmentCount, at);
  }

  private entryAt(at: number): number {
    return this.runs[lastAtOrBefore(this.runs, 2, this.runCount, at) * 2 + 1]!;
  }
}

/** The last record (of `width` numbers, the first being a position) whose position is ≤ `at`. */
function lastAtOrBefore(
  records: Int32Array | Float64Array,
  width: number,
  count: number,
  at: number,
): number {
  let low = 0;
  let high = count - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (records[mid * width]! <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Growth by half: a room's clients mostly stop growing, and what is kept spare is held for good. */
function grown(count: number): number {
  return Math.max(4, Math.ceil(count * 1.5));
}

function resized<T extends Uint16Array | Int32Array | Float64Array>(array: T, size: number, used: number): T {
  if (size === array.length) return array;
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array.subarray(0, used));
  return next;
}
