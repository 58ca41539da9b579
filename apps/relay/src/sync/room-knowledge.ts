import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { ClockRanges } from './clock-ranges';
import { joinRanges, type SectionMerge } from './section-merge';
import { UpdateSections } from './update-sections';

/** What the room holds, per client: the struct clocks and the deletions. */
export interface Knowledge {
  held: Map<number, ClockRanges>;
  deleted: Map<number, ClockRanges>;
  /** Clients of which something after a gap is held (it waits for the missing structs). */
  gapped: Set<number>;
}

function emptyKnowledge(): Knowledge {
  return { held: new Map(), deleted: new Map(), gapped: new Set() };
}

export function rangesOf(map: Map<number, ClockRanges>, client: number): ClockRanges {
  let ranges = map.get(client);
  if (!ranges) {
    ranges = new ClockRanges();
    map.set(client, ranges);
  }
  return ranges;
}

/** An update with no structs and the given deletions (Yjs v1 encoding, clients in descending order). */
export function encodeDeletions(deleted: Map<number, ClockRanges>): Uint8Array {
  const clients = [...deleted].filter(([, ranges]) => ranges.rangeCount > 0).sort((a, b) => b[0] - a[0]);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, clients.length);
  for (const [client, ranges] of clients) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.rangeCount);
    for (const [start, end] of ranges.ranges()) {
      encoding.writeVarUint(encoder, start);
      encoding.writeVarUint(encoder, end - start);
    }
  }
  return encoding.toUint8Array(encoder);
}

export function rangeLists(map: Map<number, ClockRanges>): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  for (const [client, ranges] of map)
    out.set(
      client,
      [...ranges.ranges()].map(([start, end]) => [start, end]),
    );
  return out;
}

/** Adds decoded structs and a delete set to what is known. */
export function absorb(
  known: Knowledge,
  structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  ds: ReturnType<typeof Y.decodeUpdate>['ds'],
): void {
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const held = rangesOf(known.held, client);
    held.add(clock, clock + struct.length);
    if (held.hasGap) known.gapped.add(client);
    else known.gapped.delete(client);
  }
  for (const [client, items] of ds.clients) {
    const deleted = rangesOf(known.deleted, client);
    for (const { clock, len } of items) deleted.add(clock, clock + len);
  }
}

/** What a section merge holds, as it knows itself (one run of clocks per client, joined deletions). */
export function knowledgeOfMerge(merge: SectionMerge): Knowledge {
  const known = emptyKnowledge();
  for (let at = 0; at < merge.clocks.length; at += 3) {
    const held = rangesOf(known.held, merge.clocks[at]!);
    held.add(merge.clocks[at + 1]!, merge.clocks[at + 2]!);
    if (held.hasGap) known.gapped.add(merge.clocks[at]!);
  }
  for (const [client, ranges] of merge.deletions) {
    const deleted = rangesOf(known.deleted, client);
    for (let at = 0; at < ranges.length; at += 2) deleted.add(ranges[at]!, ranges[at]! + ranges[at + 1]!);
  }
  return known;
}

/**
 * Which clocks and deletions the parts hold, read from their section headers and delete sets
 * (`UpdateSections`: no struct is built, ~10× less than decoding a 2,000-step board); a part that
 * reader leaves to Yjs (one holding a Skip, say) is decoded by Yjs instead.
 */
export function knowledgeOfParts(parts: readonly Uint8Array[]): Knowledge {
  const known = emptyKnowledge();
  const sections = new UpdateSections();
  for (const part of parts) {
    if (sections.add(part)) continue;
    const { structs, ds } = Y.decodeUpdate(part);
    absorb(known, structs, ds);
  }
  for (let index = 0; index < sections.sectionCount; index++) {
    const client = sections.client[index]!;
    const held = rangesOf(known.held, client);
    held.add(sections.firstClock[index]!, sections.endClock[index]!);
    if (held.hasGap) known.gapped.add(client);
    else known.gapped.delete(client);
  }
  for (const [client, list] of sections.deletions) {
    // Sorted and joined first, so each range lands at the end of the set instead of splicing into it.
    const ranges = joinRanges(list);
    const deleted = rangesOf(known.deleted, client);
    for (let at = 0; at < ranges.length; at += 2) deleted.add(ranges[at]!, ranges[at]! + ranges[at + 1]!);
  }
  return known;
}
