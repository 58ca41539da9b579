/**
 * The items of one Yjs client a room holds, as clock runs: where each starts, how long it is, and a
 * number saying where it sits in the document (its slot) and what it holds. Typed arrays, so a room of
 * tens of thousands of items costs a few hundred kilobytes, not a `Y.Doc`.
 */
export class ClientItems {
  private starts = new Float64Array(4);
  private lengths = new Uint32Array(4);
  private slots = new Int32Array(4);
  private kinds = new Uint8Array(4);
  count = 0;

  /** Position of the item holding `clock`, or -1. */
  find(clock: number): number {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = this.starts[mid]!;
      if (clock < start) high = mid - 1;
      else if (clock >= start + this.lengths[mid]!) low = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Position of the first item ending after `clock` (for walking a range). */
  firstEndingAfter(clock: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! + this.lengths[mid]! <= clock) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  start(at: number): number {
    return this.starts[at]!;
  }
  length(at: number): number {
    return this.lengths[at]!;
  }
  slot(at: number): number {
    return this.slots[at]!;
  }
  kind(at: number): number {
    return this.kinds[at]!;
  }
  setKind(at: number, kind: number): void {
    this.kinds[at] = kind;
  }

  /** Adds an item (usually after every other: updates continue a client's clock). Known clocks are kept. */
  add(start: number, length: number, slot: number, kind: number): void {
    const at = this.firstEndingAfter(start);
    if (at < this.count && this.starts[at]! <= start) return;
    if (this.count === this.starts.length) this.grow();
    if (at < this.count) {
      this.starts.copyWithin(at + 1, at, this.count);
      this.lengths.copyWithin(at + 1, at, this.count);
      this.slots.copyWithin(at + 1, at, this.count);
      this.kinds.copyWithin(at + 1, at, this.count);
    }
    this.starts[at] = start;
    this.lengths[at] = length;
    this.slots[at] = slot;
    this.kinds[at] = kind;
    this.count++;
  }

  /** Bytes held (for the room's memory figures). */
  get byteLength(): number {
    return this.starts.byteLength + this.lengths.byteLength + this.slots.byteLength + this.kinds.byteLength;
  }

  /** Gives back the room kept for items to come (after the index is built from a stored room). */
  trim(): void {
    this.resize(Math.max(this.count, 4));
  }

  private grow(): void {
    // Growth by half: a room's clients mostly stop growing, and what is kept spare is held for good.
    this.resize(Math.max(16, Math.ceil(this.starts.length * 1.5)));
  }

  private resize(size: number): void {
    if (size === this.starts.length) return;
    const starts = new Float64Array(size);
    starts.set(this.starts.subarray(0, this.count));
    const lengths = new Uint32Array(size);
    lengths.set(this.lengths.subarray(0, this.count));
    const slots = new Int32Array(size);
    slots.set(this.slots.subarray(0, this.count));
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds.subarray(0, this.count));
    this.starts = starts;
    this.lengths = lengths;
    this.slots = slots;
    this.kinds = kinds;
  }
}
