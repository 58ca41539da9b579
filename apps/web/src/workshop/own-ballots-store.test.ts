import type { OwnBallots } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import { OwnBallotsStore } from './own-ballots-store';

const caller = { boardId: 'b1', key: 'k', identityToken: 'p-abcdefghijklmnop.sig' };

describe('OwnBallotsStore', () => {
  test('holds what the relay answered, in the order the changes were made, and never throws', async () => {
    let stored: OwnBallots = { ratings: [], votes: [] };
    const calls: string[] = [];
    const errors: string[] = [];
    const store = new OwnBallotsStore(caller, (error) => errors.push((error as Error).message), {
      fetchOwn: async (who) => {
        calls.push(`get ${who.identityToken}`);
        return stored;
      },
      putRating: async (_who, stepId, body) => {
        calls.push(`rate ${stepId} ${body.score}`);
        if (body.score === 10) throw new Error('the board is locked');
        stored = { ...stored, ratings: [{ stepId, score: body.score, emotion: body.emotion }] };
        return stored;
      },
      deleteRating: async (_who, stepId) => {
        calls.push(`withdraw ${stepId}`);
        stored = { ...stored, ratings: stored.ratings.filter((r) => r.stepId !== stepId) };
        return stored;
      },
      putDots: async (_who, roundId, body) => {
        calls.push(`dots ${roundId}`);
        stored = { ...stored, votes: [{ roundId, targetIds: body.targetIds }] };
        return stored;
      },
    });
    let notified = 0;
    store.subscribe(() => notified++);
    expect(store.getState()).toEqual({ ballots: null, error: null });
    await store.load();
    void store.rate('s1', { score: 3, emotion: null, name: '' });
    await store.rate('s1', { score: 4, emotion: 'sad', name: '' });
    expect(store.getState().ballots?.ratings).toEqual([{ stepId: 's1', score: 4, emotion: 'sad' }]);
    await store.rate('s1', { score: 10, emotion: null, name: '' });
    expect(store.getState()).toMatchObject({ error: 'the board is locked' });
    expect(store.getState().ballots?.ratings[0]?.score).toBe(4);
    expect(errors).toEqual(['the board is locked']);
    await store.setDots('r1', ['s1', 's1']);
    expect(store.getState()).toMatchObject({
      error: null,
      ballots: { votes: [{ roundId: 'r1', targetIds: ['s1', 's1'] }] },
    });
    await store.withdraw('s1');
    expect(store.getState().ballots?.ratings).toEqual([]);
    expect(calls).toEqual([
      `get ${caller.identityToken}`,
      'rate s1 3',
      'rate s1 4',
      'rate s1 10',
      'dots r1',
      'withdraw s1',
    ]);
    expect(notified).toBe(6);
  });

  test('two dots placed before the first answer build on each other (two quick clicks, two dots)', async () => {
    const sent: string[][] = [];
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const store = new OwnBallotsStore(caller, () => {}, {
      fetchOwn: async () => ({ ratings: [], votes: [] }),
      putRating: async () => ({ ratings: [], votes: [] }),
      deleteRating: async () => ({ ratings: [], votes: [] }),
      putDots: async (_who, roundId, body) => {
        sent.push([...body.targetIds]);
        await slow;
        return { ratings: [], votes: [{ roundId, targetIds: body.targetIds }] };
      },
    });
    const add = (target: string) => (current: readonly string[]) =>
      current.length < 2 ? [...current, target] : null;
    const first = store.changeDots('r1', add('a'));
    const second = store.changeDots('r1', add('b'));
    const third = store.changeDots('r1', add('c'));
    release();
    await Promise.all([first, second, third]);
    expect(sent).toEqual([['a'], ['a', 'b']]);
    expect(store.getState().ballots?.votes).toEqual([{ roundId: 'r1', targetIds: ['a', 'b'] }]);
  });
});
