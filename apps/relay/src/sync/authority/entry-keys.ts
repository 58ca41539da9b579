/**
 * The keys of a room's entries, numbered in the order they are first seen: (root code, key) → number.
 * A `Map` of strings costs a string object and a map slot per key (~80 bytes for a 21-character id);
 * here the characters sit in one buffer (one byte each while every key is Latin-1, two once one is not),
 * with an offset per key and an open-addressing table of numbers, ~35 bytes a key.
 */

const EMPTY = -1;
/** Longest run of characters turned into a string at once (`String.fromCharCode` takes arguments). */
const CHUNK = 4096;

export class EntryKeys {
  count = 0;
  private chars: Uint8Array | Uint16Array = new Uint8Array(256);
  private used = 0;
  /** Where each key's characters start; `starts[count]` is where the next key's will. */
  private starts = new Uint32Array(17);
  private roots = new Uint32Array(16);
  private table = new Int32Array(32).fill(EMPTY);
  /** A seed per table, so that keys a client chose to collide in one room do not collide in another. */
  private readonly seed = (Math.random() * 0x1_0000_0000) >>> 0;

  /** The number of (root, key), or -1 when it has none. */
  find(root: number, key: string): number {
    const mask = this.table.length - 1;
    for (let at = hash(this.seed, root, key) & mask; ; at = (at + 1) & mask) {
      const id = this.table[at]!;
      if (id === EMPTY) return -1;
      if (this.roots[id] === root && this.equals(id, key)) return id;
    }
  }

  /** The number of (root, key), given the next one when it has none yet. */
  add(root: number, key: string): number {
    const found = this.find(root, key);
    if (found >= 0) return found;
    const id = this.count;
    if (id + 1 === this.starts.length) this.growEntries(Math.ceil((id + 1) * 1.5));
    this.store(key);
    this.roots[id] = root;
    this.starts[id + 1] = this.used;
    this.count++;
    if (this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(id, hash(this.seed, root, key));
    return id;
  }

  key(id: number): string {
    const from = this.starts[id]!;
    const to = this.starts[id + 1]!;
    let key = '';
    for (let at = from; at < to; at += CHUNK) {
      key += String.fromCharCode(...this.chars.subarray(at, Math.min(to, at + CHUNK)));
    }
    return key;
  }

  root(id: number): number {
    return this.roots[id]!;
  }

  /** Gives back spare room (once the stored room is indexed). */
  trim(): void {
    this.chars = sized(this.chars, Math.max(this.used, 1), this.used);
    this.growEntries(Math.max(this.count, 1));
  }

  get byteLength(): number {
    return this.chars.byteLength + this.starts.byteLength + this.roots.byteLength + this.table.byteLength;
  }

  private equals(id: number, key: string): boolean {
    const from = this.starts[id]!;
    if (this.starts[id + 1]! - from !== key.length) return false;
    const chars = this.chars;
    for (let at = 0; at < key.length; at++) if (chars[from + at] !== key.charCodeAt(at)) return false;
    return true;
  }

  private store(key: string): void {
    if (this.chars instanceof Uint8Array) {
      for (let at = 0; at < key.length; at++) {
        if (key.charCodeAt(at) > 0xff) {
          // A key outside Latin-1: every key's characters take two bytes from now on.
          const wide = new Uint16Array(this.chars.length);
          wide.set(this.chars.subarray(0, this.used));
          this.chars = wide;
          break;
        }
      }
    }
    if (this.used + key.length > this.chars.length) {
      this.chars = sized(
        this.chars,
        Math.max(this.used + key.length, Math.ceil(this.chars.length * 1.5)),
        this.used,
      );
    }
    for (let at = 0; at < key.length; at++) this.chars[this.used + at] = key.charCodeAt(at);
    this.used += key.length;
  }

  private place(id: number, keyHash: number): void {
    const mask = this.table.length - 1;
    let at = keyHash & mask;
    while (this.table[at] !== EMPTY) at = (at + 1) & mask;
    this.table[at] = id;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size).fill(EMPTY);
    for (let id = 0; id < this.count; id++) this.place(id, hash(this.seed, this.roots[id]!, this.key(id)));
  }

  private growEntries(size: number): void {
    if (size === this.roots.length) return;
    const starts = new Uint32Array(size + 1);
    starts.set(this.starts.subarray(0, this.count + 1));
    const roots = new Uint32Array(size);
    roots.set(this.roots.subarray(0, this.count));
    this.starts = starts;
    this.roots = roots;
  }
}

/** FNV-1a over the seed, the root code and the key's UTF-16 code units, mixed. */
function hash(seed: number, root: number, key: string): number {
  let h = Math.imul((0x811c9dc5 ^ seed) >>> 0, 0x01000193);
  h = Math.imul(h ^ root, 0x01000193);
  for (let at = 0; at < key.length; at++) {
    h ^= key.charCodeAt(at);
    h = Math.imul(h, 0x01000193);
  }
  // Mixed (murmur3's finaliser), so the table's low bits depend on every bit of every character: without
  // it, keys differing only in high bits of their characters would share a slot whatever the seed.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function sized<T extends Uint8Array | Uint16Array>(array: T, size: number, used: number): T {
  if (size === array.length) return array;
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array.subarray(0, used) as never);
  return next;
}
