import * as Y from 'yjs';
import { mergeSections } from './section-merge';

/** The update that changes nothing (no structs, no deletions). */
export const EMPTY_UPDATE = new Uint8Array([0, 0]);

/**
 * How updates are merged by Yjs when they cannot simply be laid end to end (see `mergeAll`), chosen by
 * measurement (2,000-step board, `docs/benchmarks.md`).
 *
 * - `Y.mergeUpdates` re-sorts its inputs after each run of structs it copies, so one call grows
 *   quadratically with its number of inputs: thousands of small updates go in runs of `group`.
 * - Each call also decodes and re-encodes every struct it is given, so every extra level of merging costs
 *   a pass over the whole document (~90 ms for 1.4 MB here): after the runs, one call takes all of them
 *   (up to `fanIn`, where the re-sorting is still cheap) instead of grouping again.
 * - A part of at least `largePart` bytes (the snapshot, by far the largest) skips the runs and goes
 *   straight into that last call, so it is decoded once, not once per level.
 *
 * Yjs's merge does not depend on how its inputs are grouped: the result is the same bytes.
 */
export interface MergeShape {
  group: number;
  fanIn: number;
  largePart: number;
}

export const MERGE_SHAPE: MergeShape = { group: 64, fanIn: 1024, largePart: 16 * 1024 };

/** The runs of a merge: each entry is either a large part alone or a run of at most `group` small parts. */
export function planRuns(sizes: readonly number[], shape: MergeShape): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const [index, size] of sizes.entries()) {
    if (size >= shape.largePart) {
      if (run.length > 0) runs.push(run);
      run = [];
      runs.push([index]);
      continue;
    }
    run.push(index);
    if (run.length === shape.group) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Every part merged into one update (`EMPTY_UPDATE` for none): by copying bytes when the parts follow
 * on from one another (`section-merge.ts`, the normal case for a room's snapshot and log), otherwise by
 * Yjs. Either way applying the result gives the same document as `Y.mergeUpdates` of the parts.
 */
export function mergeAll(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 0) return EMPTY_UPDATE;
  if (parts.length === 1) return parts[0]!;
  return mergeSections(parts) ?? mergeWithYjs(parts);
}

/** Every part merged by `Y.mergeUpdates`, in the shape above: the same bytes as one call with all of them. */
export function mergeWithYjs(parts: readonly Uint8Array[], shape: MergeShape = MERGE_SHAPE): Uint8Array {
  if (parts.length === 0) return EMPTY_UPDATE;
  if (parts.length === 1) return parts[0]!;
  if (parts.length <= shape.group) return Y.mergeUpdates(parts as Uint8Array[]);
  const runs = planRuns(
    parts.map((part) => part.byteLength),
    shape,
  );
  // Runs of large parts only would not shrink: group them regardless of size instead.
  const next =
    runs.length < parts.length
      ? runs.map((run) =>
          run.length === 1 ? parts[run[0]!]! : Y.mergeUpdates(run.map((index) => parts[index]!)),
        )
      : groupsOf(parts, shape.group).map((group) => (group.length === 1 ? group[0]! : Y.mergeUpdates(group)));
  if (next.length <= shape.fanIn) return next.length === 1 ? next[0]! : Y.mergeUpdates(next);
  return mergeWithYjs(next, shape);
}

function groupsOf(parts: readonly Uint8Array[], size: number): Uint8Array[][] {
  const groups: Uint8Array[][] = [];
  for (let start = 0; start < parts.length; start += size) groups.push(parts.slice(start, start + size));
  return groups;
}
