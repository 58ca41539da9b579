import { decodeUtf8 } from 'lib0/string';

/**
 * The layout of a Yjs v1 update, read without building its structs.
 *
 * A v1 update (`UpdateEncoderV1`) is `numClients`, then per client `numStructs, client, firstClock` and
 * the structs, then the delete set. The v1 encoder keeps no state between structs (every id, string and
 * value is written in full), so the bytes of a client's structs can be copied into another update as
 * they are. This reads where each client's structs start and end and which clocks they cover, which is
 * all a merge of updates that follow one another needs (`section-merge.ts`).
 */

// Item info byte: the low five bits say which content follows, the high three which ids are written.
const CONTENT_BITS = 0b11111;
const HAS_ORIGIN = 0b1000_0000;
const HAS_RIGHT_ORIGIN = 0b0100_0000;
const HAS_PARENT_SUB = 0b0010_0000;
const SKIP = 10;
// `ContentType` refs that carry a node name: YXmlElement and YXmlHook.
const XML_ELEMENT = 3;
const XML_HOOK = 5;

/** The layout doesn't fit what this reader copies safely: the caller merges with Yjs instead. */
class Unreadable extends Error {}

// The update being read and the position in it. Module state instead of a decoder object per update:
// reading is a tight loop over 20,000 small updates on a cold load, and it runs to completion (no await).
const NOTHING = new Uint8Array(0);
let bytes: Uint8Array = NOTHING;
let pos = 0;

/** A lib0 varuint, refusing what lib0 refuses (past the end, beyond 2^53). */
function varUint(): number {
  let value = 0;
  let multiplier = 1;
  while (pos < bytes.length) {
    const byte = bytes[pos++]!;
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return value;
    multiplier *= 128;
    if (value > Number.MAX_SAFE_INTEGER) break;
  }
  throw new Unreadable('varuint');
}

/** A lib0 varint (a sign bit in the first byte), skipped. */
function skipVarInt(): void {
  for (let length = 1; pos < bytes.length && length <= 8; length++) {
    if (bytes[pos++]! < 0x80) return;
  }
  throw new Unreadable('varint');
}

function skipBytes(length: number): void {
  if (pos + length > bytes.length) throw new Unreadable('truncated');
  pos += length;
}

/** A length-prefixed run of bytes (strings, JSON, keys, buffers). */
function skipVarBytes(): void {
  skipBytes(varUint());
}

/** The length of a `ContentString` as Yjs counts it (UTF-16 code units of the decoded string). */
function readStringLength(): number {
  const byteLength = varUint();
  const start = pos;
  skipBytes(byteLength);
  for (let index = start; index < pos; index++) {
    // Not ASCII: decode it exactly as Yjs does (lib0's strict decoder; throws on invalid UTF-8).
    if (bytes[index]! >= 0x80) return decodeUtf8(bytes.subarray(start, pos)).length;
  }
  return byteLength;
}

/** One value of lib0's `writeAny` encoding (`readAny`). */
function skipAny(): void {
  if (pos >= bytes.length) throw new Unreadable('truncated');
  const tag = bytes[pos++]!;
  switch (tag) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125: // integer
      skipVarInt();
      return;
    case 124: // float32
      skipBytes(4);
      return;
    case 123: // float64
    case 122: // bigint64
      skipBytes(8);
      return;
    case 119: // string
    case 116: // Uint8Array
      skipVarBytes();
      return;
    case 118: {
      // object: key, value pairs
      const count = varUint();
      for (let index = 0; index < count; index++) {
        skipVarBytes();
        skipAny();
      }
      return;
    }
    case 117: {
      const count = varUint();
      for (let index = 0; index < count; index++) skipAny();
      return;
    }
    default:
      throw new Unreadable(`unknown value tag ${tag}`);
  }
}

/** Skips an item's content; returns its length in clock units. */
function skipContent(ref: number): number {
  switch (ref) {
    case 1: // ContentDeleted
      return varUint();
    case 2: {
      // ContentJSON: a count of JSON strings
      const count = varUint();
      for (let index = 0; index < count; index++) skipVarBytes();
      return count;
    }
    case 3: // ContentBinary
    case 5: // ContentEmbed (JSON)
      skipVarBytes();
      return 1;
    case 4:
      return readStringLength();
    case 6: // ContentFormat: key, JSON value
      skipVarBytes();
      skipVarBytes();
      return 1;
    case 7: {
      const typeRef = varUint();
      if (typeRef > 6) throw new Unreadable(`unknown type ref ${typeRef}`);
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) skipVarBytes();
      return 1;
    }
    case 8: {
      // ContentAny: a count of values
      const count = varUint();
      for (let index = 0; index < count; index++) skipAny();
      return count;
    }
    case 9: // ContentDoc: guid, options
      skipVarBytes();
      skipAny();
      return 1;
    default:
      throw new Unreadable(`unknown content ref ${ref}`);
  }
}

/** Skips one struct (not a Skip: those are left to Yjs); returns its length in clock units. */
function skipStruct(): number {
  if (pos >= bytes.length) throw new Unreadable('truncated');
  const info = bytes[pos++]!;
  const ref = info & CONTENT_BITS;
  // GC: only a length.
  if (ref === 0) return varUint();
  if (info === SKIP) throw new Unreadable('skip struct');
  if (info & HAS_ORIGIN) {
    varUint();
    varUint();
  }
  if (info & HAS_RIGHT_ORIGIN) {
    varUint();
    varUint();
  }
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // Neither origin: the parent is written, as a root type's name (1) or the id of its item (0).
    const parentIsName = varUint();
    if (parentIsName === 1) skipVarBytes();
    else if (parentIsName === 0) {
      varUint();
      varUint();
    } else throw new Unreadable('parent info');
    if (info & HAS_PARENT_SUB) skipVarBytes();
  }
  return skipContent(ref);
}

/**
 * The sections and deletions of any number of updates, read one after the other. Held in flat arrays
 * (one entry per section, no object per section or per update): a cold load reads 20,000 small updates,
 * and the garbage collector was a good part of what merging them cost.
 */
export class UpdateSections {
  readonly updates: Uint8Array[] = [];
  /** Per section (same index in each): which update, whose structs, which clocks, which bytes. */
  readonly updateOf: number[] = [];
  readonly client: number[] = [];
  readonly firstClock: number[] = [];
  /** Clock after the section's last struct (exclusive). */
  readonly endClock: number[] = [];
  readonly structCount: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** Per update: where its delete set starts (it runs to the end of the update). */
  readonly deleteSetStart: number[] = [];
  /** Every update's deletions per client, flat `[clock, length, clock, length, …]`, in reading order. */
  readonly deletions = new Map<number, number[]>();

  get sectionCount(): number {
    return this.client.length;
  }

  /**
   * Reads one update. False, and nothing kept of it, when it holds anything left to Yjs: Skip structs
   * (gaps), unknown content or value tags, truncation, bytes after the delete set (such as a v2 update).
   */
  add(update: Uint8Array): boolean {
    const sectionsBefore = this.client.length;
    try {
      this.read(update);
      return true;
    } catch {
      // Unreadable, or lib0's error on invalid UTF-8: either way Yjs decides.
      for (const column of this.columns()) column.length = sectionsBefore;
      return false;
    } finally {
      // Not kept alive by this module once read.
      bytes = NOTHING;
    }
  }

  private columns(): number[][] {
    return [
      this.updateOf,
      this.client,
      this.firstClock,
      this.endClock,
      this.structCount,
      this.start,
      this.end,
    ];
  }

  private read(update: Uint8Array): void {
    bytes = update;
    pos = 0;
    const index = this.updates.length;
    const clientCount = varUint();
    for (let section = 0; section < clientCount; section++) {
      const structCount = varUint();
      const client = varUint();
      const firstClock = varUint();
      const start = pos;
      let clock = firstClock;
      for (let struct = 0; struct < structCount; struct++) {
        const length = skipStruct();
        if (length <= 0) throw new Unreadable('empty struct');
        clock += length;
      }
      // A section of no structs adds nothing (Yjs never writes one).
      if (structCount === 0) continue;
      this.updateOf.push(index);
      this.client.push(client);
      this.firstClock.push(firstClock);
      this.endClock.push(clock);
      this.structCount.push(structCount);
      this.start.push(start);
      this.end.push(pos);
    }
    const deleteSetStart = pos;
    // The delete set is read whole before any of it is kept, so an update that fails keeps nothing.
    const deletions = pendingDeletions;
    deletions.length = 0;
    const deletingClients = varUint();
    for (let entry = 0; entry < deletingClients; entry++) {
      const client = varUint();
      const count = varUint();
      for (let range = 0; range < count; range++) deletions.push(client, varUint(), varUint());
    }
    // Anything after the delete set means this is not the v1 update it looked like.
    if (pos !== update.byteLength) throw new Unreadable('trailing bytes');
    for (let at = 0; at < deletions.length; at += 3) {
      const client = deletions[at]!;
      let ranges = this.deletions.get(client);
      if (!ranges) {
        ranges = [];
        this.deletions.set(client, ranges);
      }
      ranges.push(deletions[at + 1]!, deletions[at + 2]!);
    }
    this.deleteSetStart.push(deleteSetStart);
    this.updates.push(update);
  }
}

/** `[client, clock, length, …]` of the update being read (reused: reading allocates no array per update). */
const pendingDeletions: number[] = [];

/** The sections of `updates`, or null when one of them is left to Yjs (see `UpdateSections.add`). */
export function readSections(updates: readonly Uint8Array[]): UpdateSections | null {
  const sections = new UpdateSections();
  for (const update of updates) if (!sections.add(update)) return null;
  return sections;
}

/**
 * Where, in a section read before (structs from byte `start`, the first at `firstClock`), the struct
 * starting exactly at `clock` lies: its byte offset and how many structs come before it. Null when
 * `clock` falls inside a struct (a diff from there needs the struct sliced: left to Yjs).
 */
export function structAt(
  update: Uint8Array,
  start: number,
  firstClock: number,
  clock: number,
): { offset: number; before: number } | null {
  bytes = update;
  pos = start;
  try {
    let at = firstClock;
    let before = 0;
    while (at < clock) {
      at += skipStruct();
      before++;
    }
    return at === clock ? { offset: pos, before } : null;
  } catch {
    return null;
  } finally {
    bytes = NOTHING;
  }
}
