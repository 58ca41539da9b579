import { describe, expect, it } from 'vitest';
import { GroupCommit, type LogEntry } from './group-commit';

const nextPhase = () => new Promise<void>((resolve) => setImmediate(resolve));
const bytes = (value: number) => Uint8Array.of(value);

/** A GroupCommit over an in-memory log that records each commit's batch (by the entries' first byte). */
function recorder(firstAtOnce: boolean, fail: (batch: readonly LogEntry[]) => boolean = () => false) {
  const commits: number[][] = [];
  const calls: string[] = [];
  let seq = 0;
  const group = new GroupCommit({
    firstAtOnce,
    commit: (batch) => {
      if (fail(batch)) throw new Error('disk full');
      commits.push(batch.map((entry) => entry.update[0]!));
      return batch.map(() => ++seq);
    },
  });
  const append = (value: number) =>
    group.append('b/content', bytes(value), (error, stored, moreFollow) =>
      calls.push(error ? `${value}:failed:${error.message}` : `${value}:${stored}${moreFollow ? '+' : ''}`),
    );
  return { group, commits, calls, append };
}

describe('GroupCommit', () => {
  it('commits a lone append at once and calls back before append returns', () => {
    const { commits, calls, append } = recorder(true);
    append(1);
    expect(commits).toEqual([[1]]);
    expect(calls).toEqual(['1:1']);
  });

  it("groups a phase's later appends into one commit at the phase's end, called back in order", async () => {
    const { commits, calls, append } = recorder(true);
    append(1);
    append(2);
    append(3);
    expect(commits).toEqual([[1]]);
    expect(calls).toEqual(['1:1']);
    await nextPhase();
    expect(commits).toEqual([[1], [2, 3]]);
    // The second of the batch says nothing follows: its caller sends what the batch stored.
    expect(calls).toEqual(['1:1', '2:2+', '3:3']);
  });

  it('stops committing at once while busy and starts again once a phase has a single append', async () => {
    const { commits, append } = recorder(true);
    append(1);
    append(2);
    await nextPhase();
    // The last phase had two appends: the next phase's first waits for its end too.
    append(3);
    append(4);
    expect(commits).toEqual([[1], [2]]);
    await nextPhase();
    expect(commits).toEqual([[1], [2], [3, 4]]);
    append(5);
    await nextPhase();
    expect(commits).toEqual([[1], [2], [3, 4], [5]]);
    // The phase before held one append: quiet again, so this one is committed at once.
    append(6);
    expect(commits).toEqual([[1], [2], [3, 4], [5], [6]]);
  });

  it('never commits at once when told not to (fsync: one commit a phase)', async () => {
    const { commits, calls, append } = recorder(false);
    append(1);
    append(2);
    expect(commits).toEqual([]);
    await nextPhase();
    expect(commits).toEqual([[1, 2]]);
    expect(calls).toEqual(['1:1+', '2:2']);
  });

  it('calls every entry of a failed commit back with the error, and goes on afterwards', async () => {
    let failing = true;
    const { commits, calls, append } = recorder(true, () => failing);
    append(1);
    append(2);
    await nextPhase();
    expect(calls).toEqual(['1:failed:disk full', '2:failed:disk full']);
    failing = false;
    append(3);
    await nextPhase();
    expect(commits).toEqual([[3]]);
    expect(calls.at(-1)).toBe('3:1');
  });

  it('calls back every entry even when one callback throws, then throws the first error', async () => {
    const { group } = recorder(false);
    const called: number[] = [];
    group.append('r', bytes(1), () => {
      called.push(1);
      throw new Error('first');
    });
    group.append('r', bytes(2), () => {
      called.push(2);
      throw new Error('second');
    });
    expect(() => group.commitQueued()).toThrow('first');
    expect(called).toEqual([1, 2]);
    await nextPhase();
  });

  it('commits what is queued when asked (a store closing), and nothing when the queue is empty', async () => {
    const { group, commits, append } = recorder(false);
    group.commitQueued();
    expect(commits).toEqual([]);
    append(1);
    group.commitQueued();
    expect(commits).toEqual([[1]]);
    await nextPhase();
    expect(commits).toEqual([[1]]);
  });
});
