import * as decoding from 'lib0/decoding';

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

function skipBytes(decoder: decoding.Decoder, length: number): void {
  if (decoder.pos + length > decoder.arr.length) throw new Unreadable('truncated');
  decoder.pos += length;
}

/** A length-prefixed run of bytes (strings, JSON, keys, buffers). */
function skipVarBytes(decoder: decoding.Decoder): void {
  skipBytes(decoder, decoding.readVarUint(decoder));
}

/** The length of a `ContentString` as Yjs counts it (UTF-16 code units of the decoded string). */
function readStringLength(decoder: decoding.Decoder): number {
  const start = decoder.pos;
  const byteLength = decoding.readVarUint(decoder);
  const end = decoder.pos + byteLength;
  if (end > decoder.arr.length) throw new Unreadable('truncated');
  const bytes = decoder.arr;
  for (let index = decoder.pos; index < end; index++) {
    if (bytes[index]! >= 0x80) {
      // Not ASCII: decode it exactly as Yjs does (lib0's strict decoder), so the length is Yjs's own.
      decoder.pos = start;
      return decoding.readVarString(decoder).length;
    }
  }
  decoder.pos = end;
  return byteLength;
}

/** One value of lib0's `writeAny` encoding (`readAny`). */
function skipAny(decoder: decoding.Decoder): void {
  const tag = decoding.readUint8(decoder);
  switch (tag) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125: // integer
      decoding.readVarInt(decoder);
      return;
    case 124: // float32
      skipBytes(decoder, 4);
      return;
    case 123: // float64
    case 122: // bigint64
      skipBytes(decoder, 8);
      return;
    case 119: // string
    case 116: // Uint8Array
      skipVarBytes(decoder);
      return;
    case 118: {
      // object: key, value pairs
      const count = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) {
        skipVarBytes(decoder);
        skipAny(decoder);
      }
      return;
    }
    case 117: {
      const count = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) skipAny(decoder);
      return;
    }
    default:
      throw new Unreadable(`unknown value tag ${tag}`);
  }
}

/** Skips an item's content; returns its length in clock units. */
function skipContent(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case 1: // ContentDeleted
      return decoding.readVarUint(decoder);
    case 2: {
      // ContentJSON: a count of JSON strings
      const count = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) skipVarBytes(decoder);
      return count;
    }
    case 3: // ContentBinary
    case 5: // ContentEmbed (JSON)
      skipVarBytes(decoder);
      return 1;
    case 4:
      return readStringLength(decoder);
    case 6: // ContentFormat: key, JSON value
      skipVarBytes(decoder);
      skipVarBytes(decoder);
      return 1;
    case 7: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > 6) throw new Unreadable(`unknown type ref ${typeRef}`);
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) skipVarBytes(decoder);
      return 1;
    }
    case 8: {
      // ContentAny: a count of values
      const count = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) skipAny(decoder);
      return count;
    }
    case 9: // ContentDoc: guid, options
      skipVarBytes(decoder);
      skipAny(decoder);
      return 1;
    default:
      throw new Unreadable(`unknown content ref ${ref}`);
  }
}

/** Skips one struct (not a Skip: those are left to Yjs); returns its length in clock units. */
function skipStruct(decoder: decoding.Decoder): number {
  const info = decoding.readUint8(decoder);
  const ref = info & CONTENT_BITS;
  // GC: only a length.
  if (ref === 0) return decoding.readVarUint(decoder);
  if (info === SKIP) throw new Unreadable('skip struct');
  if (info & HAS_ORIGIN) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  if (info & HAS_RIGHT_ORIGIN) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // Neither origin: the parent is written, as a root type's name (1) or the id of its item (0).
    const parentIsName = decoding.readVarUint(decoder);
    if (parentIsName === 1) skipVarBytes(decoder);
    else if (parentIsName === 0) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    } else throw new Unreadable('parent info');
    if (info & HAS_PARENT_SUB) skipVarBytes(decoder);
  }
  return skipContent(decoder, ref);
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
      // lib0 throws its own errors on truncated varints and invalid UTF-8: either way Yjs decides.
      for (const column of this.columns()) column.length = sectionsBefore;
      return false;
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
    const decoder = decoding.createDecoder(update);
    const index = this.updates.length;
    const clientCount = decoding.readVarUint(decoder);
    for (let section = 0; section < clientCount; section++) {
      const structCount = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      const firstClock = decoding.readVarUint(decoder);
      const start = decoder.pos;
      let clock = firstClock;
      for (let struct = 0; struct < structCount; struct++) {
        const length = skipStruct(decoder);
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
      this.end.push(decoder.pos);
    }
    // The delete set is read whole before any of it is kept, so an update that fails keeps nothing.
    const deletions = pendingDeletions;
    deletions.length = 0;
    const deletingClients = decoding.readVarUint(decoder);
    for (let entry = 0; entry < deletingClients; entry++) {
      const client = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      for (let range = 0; range < count; range++) {
        deletions.push(client, decoding.readVarUint(decoder), decoding.readVarUint(decoder));
      }
    }
    // Anything after the delete set means this is not the v1 update it looked like.
    if (decoder.pos !== update.byteLength) throw new Unreadable('trailing bytes');
    for (let at = 0; at < deletions.length; at += 3) {
      const client = deletions[at]!;
      let ranges = this.deletions.get(client);
      if (!ranges) {
        ranges = [];
        this.deletions.set(client, ranges);
      }
      ranges.push(deletions[at + 1]!, deletions[at + 2]!);
    }
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
