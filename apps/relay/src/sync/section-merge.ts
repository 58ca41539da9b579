import { readSections, type UpdateSections } from './update-sections';

/**
 * Merges Yjs v1 updates by copying bytes, without decoding a struct.
 *
 * `Y.mergeUpdates` decodes and re-encodes every struct it is given (~70–90 ms for a 2,000-step board on
 * the relay's VM, plus the garbage collector), although what a room stores nearly always follows on:
 * every logged update continues its client's clock where the snapshot or the previous update left it.
 * Then merging is only laying each client's sections end to end, in clock order, with the struct count
 * rewritten, and merging the delete sets. Yjs itself never joins two items while merging updates (an
 * item joins its right neighbour only once both are in a document), so the result holds the same
 * structs as Yjs's merge; only runs of GC structs across a seam stay separate, and an item with an
 * origin keeps the parent-key bit of its info byte that Yjs's re-encoding drops (readers ignore it).
 *
 * Whenever the parts do not simply follow on (a client's sections overlap, repeat or leave a gap, a
 * part holds a Skip or anything else `UpdateSections.add` leaves to Yjs), this returns null and the
 * caller merges with Yjs.
 */
export function mergeSections(parts: readonly Uint8Array[]): Uint8Array | null {
  const sections = readSections(parts);
  return sections ? (mergeReadSections(sections)?.update ?? null) : null;
}

/**
 * A merge and what it holds, known from the merge itself: per client the one run of clocks it covers
 * (flat `[client, firstClock, endClock, …]`) and the joined deletions, so whoever needs them (a room's
 * state vector) does not read the merged bytes again.
 */
export interface SectionMerge {
  update: Uint8Array;
  clocks: number[];
  deletions: [number, number[]][];
}

/** Below this many bytes a section is copied byte by byte (a `subarray` per small section is garbage). */
const COPY_LOOP_BYTES = 64;

/** `mergeSections` of sections already read, with what the result holds. */
export function mergeReadSections(sections: UpdateSections): SectionMerge | null {
  const { updates, updateOf, client, firstClock, endClock, structCount, start, end } = sections;
  const byClient = new Map<number, number[]>();
  for (let index = 0; index < sections.sectionCount; index++) {
    const list = byClient.get(client[index]!);
    if (list) list.push(index);
    else byClient.set(client[index]!, [index]);
  }
  // Yjs writes clients in descending order (`Y.encodeStateAsUpdate`, `Y.mergeUpdates`): so do we.
  const clients = [...byClient.keys()].sort((a, b) => b - a);
  let size = varUintSize(clients.length);
  const structCounts: number[] = [];
  for (const id of clients) {
    const list = byClient.get(id)!;
    if (!inClockOrder(list, firstClock)) list.sort((a, b) => firstClock[a]! - firstClock[b]! || a - b);
    let count = 0;
    for (let at = 0; at < list.length; at++) {
      const index = list[at]!;
      // Anything but sections that follow on exactly (a gap, an overlap, a repeat) is left to Yjs.
      if (at > 0 && firstClock[index] !== endClock[list[at - 1]!]) return null;
      count += structCount[index]!;
      size += end[index]! - start[index]!;
    }
    structCounts.push(count);
    size += varUintSize(count) + varUintSize(id) + varUintSize(firstClock[list[0]!]!);
  }
  const deletions = mergeDeletions(sections.deletions);
  size += varUintSize(deletions.length);
  for (const [id, ranges] of deletions) {
    size += varUintSize(id) + varUintSize(ranges.length / 2);
    for (const value of ranges) size += varUintSize(value);
  }

  const out = new Uint8Array(size);
  let pos = writeVarUint(out, 0, clients.length);
  for (const [at, id] of clients.entries()) {
    const list = byClient.get(id)!;
    pos = writeVarUint(out, pos, structCounts[at]!);
    pos = writeVarUint(out, pos, id);
    pos = writeVarUint(out, pos, firstClock[list[0]!]!);
    for (const index of list) {
      const from = updates[updateOf[index]!]!;
      const first = start[index]!;
      const last = end[index]!;
      if (last - first < COPY_LOOP_BYTES) {
        for (let byte = first; byte < last; byte++) out[pos++] = from[byte]!;
      } else {
        out.set(from.subarray(first, last), pos);
        pos += last - first;
      }
    }
  }
  pos = writeVarUint(out, pos, deletions.length);
  for (const [id, ranges] of deletions) {
    pos = writeVarUint(out, pos, id);
    pos = writeVarUint(out, pos, ranges.length / 2);
    for (const value of ranges) pos = writeVarUint(out, pos, value);
  }
  if (pos !== size) throw new Error(`section merge wrote ${pos} of ${size} bytes`);
  const clocks: number[] = [];
  for (const id of clients) {
    const list = byClient.get(id)!;
    clocks.push(id, firstClock[list[0]!]!, endClock[list[list.length - 1]!]!);
  }
  return { update: out, clocks, deletions };
}

function inClockOrder(list: readonly number[], firstClock: readonly number[]): boolean {
  for (let at = 1; at < list.length; at++) {
    if (firstClock[list[at]!]! < firstClock[list[at - 1]!]!) return false;
  }
  return true;
}

/**
 * Deletions per client (descending), each sorted with overlapping or touching ranges joined, as flat
 * `[clock, length, …]`: what `Y.mergeUpdates` writes (`mergeDeleteSets`).
 */
export function mergeDeletions(deletions: ReadonlyMap<number, readonly number[]>): [number, number[]][] {
  const merged: [number, number[]][] = [];
  for (const id of [...deletions.keys()].sort((a, b) => b - a)) {
    const ranges = joinRanges(deletions.get(id)!);
    if (ranges.length > 0) merged.push([id, ranges]);
  }
  return merged;
}

/** A flat `[clock, length, …]` list sorted by clock, overlapping or touching ranges joined, empty ones dropped. */
export function joinRanges(ranges: readonly number[]): number[] {
  let sorted = true;
  for (let at = 2; at < ranges.length && sorted; at += 2) sorted = ranges[at]! >= ranges[at - 2]!;
  let order: number[] | null = null;
  if (!sorted) {
    order = [];
    for (let at = 0; at < ranges.length; at += 2) order.push(at);
    order.sort((a, b) => ranges[a]! - ranges[b]!);
  }
  const joined: number[] = [];
  let start = -1;
  let end = -1;
  for (let step = 0; step < ranges.length; step += 2) {
    const at = order ? order[step / 2]! : step;
    const clock = ranges[at]!;
    const length = ranges[at + 1]!;
    if (length <= 0) continue;
    if (start >= 0 && clock <= end) {
      end = Math.max(end, clock + length);
      continue;
    }
    if (start >= 0) joined.push(start, end - start);
    start = clock;
    end = clock + length;
  }
  if (start >= 0) joined.push(start, end - start);
  return joined;
}

/** Bytes of `value` as a lib0 varuint (7 bits a byte). */
export function varUintSize(value: number): number {
  let size = 1;
  while (value > 0x7f) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

/** Writes `value` as a lib0 varuint at `pos`; returns the position after it. */
export function writeVarUint(out: Uint8Array, pos: number, value: number): number {
  while (value > 0x7f) {
    out[pos++] = 0x80 | (value % 128);
    value = Math.floor(value / 128);
  }
  out[pos++] = value;
  return pos;
}
