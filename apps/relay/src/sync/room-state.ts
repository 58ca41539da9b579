import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Refusal } from '@journeyboard/journey';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { ClockRanges } from './clock-ranges';
import { EMPTY_UPDATE, mergeWithYjs } from './merge-updates';
import {
  absorb,
  encodeDeletions,
  type Knowledge,
  knowledgeOfMerge,
  knowledgeOfParts,
  rangeLists,
  rangesOf,
} from './room-knowledge';
import { diffSections } from './section-diff';
import { mergeReadSections, type SectionMerge } from './section-merge';
import { readSections, type UpdateSections } from './update-sections';

/** The update is not a complete, decodable Yjs (v1) update. */
export class InvalidUpdateError extends Error {
  constructor(cause?: unknown) {
    super('not a valid Yjs update', { cause });
  }
}

/**
 * Looks at what an update brings that the room does not hold yet (its structs, with those already held,
 * and its new deletions as [start, end) ranges per client) before anything is taken. A refusal leaves the
 * room as it was; an acceptance's `commit` runs once the room has taken the update.
 */
export type UpdateJudge = (
  structs: ReturnType<typeof Y.decodeUpdate>['structs'],
  deletions: ReadonlyMap<number, readonly (readonly [number, number])[]>,
) => { ok: true; commit: () => void } | { ok: false; refusal: Refusal };

/** A compaction's starting point (see `RoomState.partsToCompact`). */
export interface CompactionInput {
  parts: readonly Uint8Array[];
  generation: number;
  /** Whether to drop deleted content too. */
  collect: boolean;
}

export type ApplyOutcome =
  | { kind: 'noop' }
  /** The judge refused the update: nothing of it was taken. */
  | { kind: 'refused'; refusal: Refusal }
  /** `update` is what to store and broadcast: what was new in the update applied. */
  | { kind: 'accepted'; update: Uint8Array; missing: boolean };

/** How much merged state may grow past its last collected size before compaction collects again. */
const COLLECT_GROWTH = 1.25;

/** A merged state smaller than this is not worth deflating at rest (`RoomState.rest`). */
const MIN_PACK_BYTES = 4096;
/** Stands in `parts[0]` while the merged state is held deflated. */
const PACKED = new Uint8Array(0);
/** zlib's fastest level with a 4 KiB window: 18 % of a 200-step board's size, with a compressor of ~30 KiB. */
const PACKING = { level: 1, windowBits: 12, memLevel: 4 } as const;

/** A copy when `bytes` is a view into a larger buffer (a socket read), so holding it keeps no more alive. */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

function decode(update: Uint8Array): ReturnType<typeof Y.decodeUpdate> {
  // The shortest complete update is two bytes (no structs, no deletions).
  if (update.byteLength < 2) throw new InvalidUpdateError();
  try {
    return Y.decodeUpdate(update);
  } catch (error) {
    throw new InvalidUpdateError(error);
  }
}

/**
 * One document as the relay holds it: Yjs updates, not a `Y.Doc`. The relay never reads a content
 * document, it only answers sync requests, validates, stores and forwards updates; building the
 * document's items (tens of thousands for a big board) is most of what loading a room used to cost, and
 * most of its memory. The state is the stored updates, merged when an answer needs them (and kept
 * merged), plus which clocks and deletions it holds (decoded once, on the first write or state-vector
 * request, then kept up to date), so that updates it already has are recognised and not stored or
 * broadcast again, as a `Y.Doc` would.
 */
export class RoomState {
  private parts: Uint8Array[];
  private bytes: number;
  private known: Knowledge | null = null;
  private stateVector: Uint8Array | null = null;
  /** Size of the state when deleted content was last dropped (a stored snapshot counts as such). */
  private collectedBytes: number;
  /** Changes whenever `parts` is replaced (not appended to), so a merge done elsewhere knows if it still fits. */
  private generation = 0;
  /** The merged state's sections, for answering peers that lack part of it (`diffSections`). */
  private stateSections: UpdateSections | null = null;
  /** What the last section merge of the parts holds, until `knowledge` is built from it. */
  private merge: SectionMerge | null = null;
  /** The first part (the merged or stored state), deflated, while `parts[0]` is `PACKED`. */
  private packed: Buffer | null = null;
  /** When the first part's bytes were last needed (performance.now()). */
  private lastUsed = performance.now();

  private constructor(parts: Uint8Array[], collectedBytes: number) {
    this.parts = parts.filter((part) => part.byteLength > 0).map(owned);
    this.bytes = this.parts.reduce((sum, part) => sum + part.byteLength, 0);
    this.collectedBytes = collectedBytes;
  }

  /** The stored room: its snapshot (if any) followed by the log after it. Nothing is decoded yet. */
  static fromStored(snapshot: Uint8Array | null, updates: readonly Uint8Array[]): RoomState {
    return new RoomState(snapshot ? [snapshot, ...updates] : [...updates], snapshot?.byteLength ?? 0);
  }

  /** Whether the state vector is at hand, or needs the stored state decoded first. */
  get knowsStateVector(): boolean {
    return this.stateVector !== null || this.known !== null;
  }

  /** Total size of the held updates: at least the size of the merged state (merging drops duplicates). */
  get byteLength(): number {
    return this.bytes;
  }

  /** The whole state as one update. Merged on demand and kept merged until the next change. */
  encodeState(): Uint8Array {
    this.unpack();
    if (this.parts.length === 0) return EMPTY_UPDATE;
    if (this.parts.length > 1) {
      // `mergeAll`, keeping what a section merge knows of its result for `knowledge`.
      const sections = readSections(this.parts);
      const merge = sections ? mergeReadSections(sections) : null;
      const merged = merge?.update ?? mergeWithYjs(this.parts);
      if (!this.known) this.merge = merge;
      this.parts = [merged];
      this.stateSections = null;
      this.bytes = merged.byteLength;
      this.generation++;
    }
    return this.parts[0]!;
  }

  /**
   * The whole state without the content of deleted items, as a `Y.Doc` (which garbage-collects it)
   * would encode it. Merging keeps deleted content, so this is what compaction stores when a room
   * unloads, and how the size limit is measured. Builds a document: costly on a big board.
   */
  encodeCollected(): Uint8Array {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, this.encodeState());
    const collected = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    this.parts = [collected];
    this.merge = null;
    this.stateSections = null;
    this.bytes = collected.byteLength;
    this.collectedBytes = collected.byteLength;
    this.generation++;
    return collected;
  }

  /**
   * What a compaction merged elsewhere (on a worker thread) starts from: the parts held now. With
   * `collect` (a room unloading), `collect` in the answer says whether dropping deleted content is worth
   * building a document for: once the state has grown by a quarter since it was last dropped, so a board
   * edited for hours does not carry every replaced title forever.
   */
  partsToCompact(options: { collect: boolean }): CompactionInput {
    this.unpack();
    return {
      parts: [...this.parts],
      generation: this.generation,
      collect: options.collect && this.bytes > this.collectedBytes * COLLECT_GROWTH,
    };
  }

  /**
   * Takes the merge of `input.parts` in their place (parts applied meanwhile stay after it), unless the
   * parts were merged here in the meantime. Either way the merge remains a valid snapshot to store.
   */
  adoptCompacted(input: CompactionInput, merged: Uint8Array): void {
    if (input.generation !== this.generation) return;
    this.parts = [merged, ...this.parts.slice(input.parts.length)];
    this.packed = null;
    this.lastUsed = performance.now();
    this.merge = null;
    this.stateSections = null;
    this.bytes = this.parts.reduce((sum, part) => sum + part.byteLength, 0);
    if (input.collect) this.collectedBytes = merged.byteLength;
    this.generation++;
  }

  /** The state vector (what a peer needs to send us what we lack). */
  encodeStateVector(): Uint8Array {
    if (this.stateVector) return this.stateVector;
    const clocks: [number, number][] = [];
    for (const [client, ranges] of this.knowledge().held) {
      if (ranges.contiguousEnd > 0) clocks.push([client, ranges.contiguousEnd]);
    }
    clocks.sort((a, b) => b[0] - a[0]);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, clocks.length);
    for (const [client, clock] of clocks) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, clock);
    }
    this.stateVector = encoding.toUint8Array(encoder);
    return this.stateVector;
  }

  /**
   * The answer to a peer's sync step 1: what it lacks given its state vector, with every deletion (as
   * `Y.encodeStateAsUpdate(doc, stateVector)` answers). Throws on a malformed state vector.
   */
  encodeDiff(stateVector: Uint8Array): Uint8Array {
    const theirs = Y.decodeStateVector(stateVector);
    // A fresh client needs everything: the merged state as it is, without decoding it.
    if (theirs.size === 0) return this.encodeState();
    const known = this.knowledge();
    if (known.gapped.size === 0) {
      let hasEverything = true;
      for (const [client, ranges] of known.held) {
        if ((theirs.get(client) ?? 0) < ranges.contiguousEnd) {
          hasEverything = false;
          break;
        }
      }
      // A reconnecting client that missed nothing: the deletions alone, without scanning the state.
      if (hasEverything) return encodeDeletions(known.deleted);
    }
    const state = this.encodeState();
    if (this.stateSections?.updates[0] !== state) {
      this.stateSections = readSections([state]);
      // Only the sections serve a diff: the deletions are copied as bytes, not kept twice.
      this.stateSections?.deletions.clear();
    }
    return (
      (this.stateSections && diffSections(this.stateSections, theirs)) ?? Y.diffUpdate(state, stateVector)
    );
  }

  /** True while structs after a gap are held (some update they depend on is missing). */
  get missingSomething(): boolean {
    return this.knowledge().gapped.size > 0;
  }

  /**
   * Validates (decodes completely) and applies an update. What the state already holds is left out of
   * the returned update; an update that brings nothing new is a `noop`. Throws `InvalidUpdateError`.
   */
  apply(update: Uint8Array, judge?: UpdateJudge): ApplyOutcome {
    const known = this.knowledge();
    const { structs, ds } = decode(update);
    let bringsStructs = false;
    let repeatsStructs = false;
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      const { client, clock } = struct.id;
      const held = known.held.get(client);
      if (held && clock < held.contiguousEnd) repeatsStructs = true;
      if (!held?.covers(clock, clock + struct.length)) bringsStructs = true;
    }
    const newDeletions = new Map<number, ClockRanges>();
    for (const [client, items] of ds.clients) {
      const deleted = known.deleted.get(client);
      for (const { clock, len } of items) {
        const gaps = deleted ? deleted.missing(clock, clock + len) : [[clock, clock + len] as const];
        for (const [start, end] of gaps) rangesOf(newDeletions, client).add(start, end);
      }
    }
    if (!bringsStructs && newDeletions.size === 0) return { kind: 'noop' };
    const verdict = judge?.(structs, rangeLists(newDeletions));
    if (verdict && !verdict.ok) return { kind: 'refused', refusal: verdict.refusal };
    let effective: Uint8Array;
    if (!bringsStructs) effective = encodeDeletions(newDeletions);
    else if (repeatsStructs) effective = Y.diffUpdate(update, this.encodeStateVector());
    else effective = owned(update);
    absorb(known, structs, ds);
    this.parts.push(effective);
    this.bytes += effective.byteLength;
    if (bringsStructs) this.stateVector = null;
    verdict?.commit();
    return { kind: 'accepted', update: effective, missing: known.gapped.size > 0 };
  }

  /** Which clocks and deletions the stored parts hold (`room-knowledge.ts`), worked out once. */
  private knowledge(): Knowledge {
    if (this.known) return this.known;
    const merge = this.merge;
    this.merge = null;
    if (merge && this.parts.length === 1 && this.parts[0] === merge.update) {
      // Just merged: the merge knows what it holds.
      this.known = knowledgeOfMerge(merge);
    } else {
      this.unpack();
      this.known = knowledgeOfParts(this.parts);
    }
    return this.known;
  }

  /**
   * Deflates the merged state once its bytes have not been needed for `idleMs`: a loaded room at rest
   * (a workshop between joins, a board only watched) then holds about a fifth of its size. Deflating a
   * 200-step board takes about 0.5 ms; it is done here, on the relay's thread, with a small window, so
   * that it leaves no per-thread allocator arenas or large compressor states behind (deflating on the
   * thread pool with zlib's defaults doubled the resident memory it meant to save). The next peer that
   * needs the bytes (a join, a compaction, the item index) inflates them again (about 1 ms for 200
   * steps). Writes do not need them: an update is judged by the item index and appended after the state.
   * Returns whether it deflated.
   */
  rest(idleMs: number): boolean {
    const first = this.parts[0];
    if (
      this.packed ||
      !first ||
      first.byteLength < MIN_PACK_BYTES ||
      this.merge ||
      performance.now() - this.lastUsed < idleMs
    ) {
      return false;
    }
    this.packed = deflateRawSync(first, PACKING);
    this.parts[0] = PACKED;
    this.stateSections = null;
    return true;
  }

  /** Whether the merged state is held deflated now (`rest`). */
  get resting(): boolean {
    return this.packed !== null;
  }

  /** Makes `parts[0]` the merged state's bytes again (if it was at rest) and notes that they were needed. */
  private unpack(): void {
    this.lastUsed = performance.now();
    if (!this.packed) return;
    const inflated = inflateRawSync(this.packed, { windowBits: PACKING.windowBits });
    // A plain Uint8Array, as the state was, holding nothing beyond its bytes.
    this.parts[0] = owned(new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength));
    this.packed = null;
  }
}
