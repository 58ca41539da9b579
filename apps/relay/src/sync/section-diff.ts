import { varUintSize, writeVarUint } from './section-merge';
import { structAt, type UpdateSections } from './update-sections';

/**
 * What a peer lacks of a state, given its state vector, by copying bytes: `Y.diffUpdate` decodes and
 * re-encodes every struct of the state (~100 ms for a 2,000-step board) for each peer that reconnects
 * missing something, which after a relay restart is every open browser at once. Here each client's
 * section is copied from the first struct the peer lacks on (found by skipping structs, not building
 * them), with the whole delete set, as `Y.diffUpdate` answers.
 *
 * `sections` is the state read alone (`readSections([state])`). Null, for Yjs to answer, when the
 * peer's clock for a client falls inside a struct (Yjs would slice it) or a client has two sections.
 */
export function diffSections(
  sections: UpdateSections,
  theirs: ReadonlyMap<number, number>,
): Uint8Array | null {
  if (sections.updates.length !== 1) return null;
  const state = sections.updates[0]!;
  const { client, firstClock, endClock, structCount, start, end } = sections;
  const seen = new Set<number>();
  // Per section sent: client, first clock, struct count, first byte, end byte.
  const picks: number[] = [];
  for (let index = 0; index < sections.sectionCount; index++) {
    const id = client[index]!;
    if (seen.has(id)) return null;
    seen.add(id);
    const have = theirs.get(id) ?? 0;
    if (have >= endClock[index]!) continue;
    if (have <= firstClock[index]!) {
      picks.push(id, firstClock[index]!, structCount[index]!, start[index]!, end[index]!);
      continue;
    }
    const found = structAt(state, start[index]!, firstClock[index]!, have);
    if (!found) return null;
    picks.push(id, have, structCount[index]! - found.before, found.offset, end[index]!);
  }
  const deleteSet = state.subarray(sections.deleteSetStart[0]!);
  let size = varUintSize(picks.length / 5) + deleteSet.byteLength;
  for (let at = 0; at < picks.length; at += 5) {
    size += varUintSize(picks[at + 2]!) + varUintSize(picks[at]!) + varUintSize(picks[at + 1]!);
    size += picks[at + 4]! - picks[at + 3]!;
  }
  const out = new Uint8Array(size);
  let pos = writeVarUint(out, 0, picks.length / 5);
  for (let at = 0; at < picks.length; at += 5) {
    pos = writeVarUint(out, pos, picks[at + 2]!);
    pos = writeVarUint(out, pos, picks[at]!);
    pos = writeVarUint(out, pos, picks[at + 1]!);
    out.set(state.subarray(picks[at + 3]!, picks[at + 4]!), pos);
    pos += picks[at + 4]! - picks[at + 3]!;
  }
  out.set(deleteSet, pos);
  if (pos + deleteSet.byteLength !== size) throw new Error('section diff wrote the wrong size');
  return out;
}
