import { describe, expect, test } from 'vitest';
import { ratingCounts, ratingDistribution, ratingsVisibleTo } from './rating-visibility';
import type { Rating } from './types';

const r = (
  stepId: string,
  participantId: string,
  score: number,
  emotion: Rating['emotion'] = null,
): Rating => ({
  id: `${stepId}|${participantId}`,
  stepId,
  participantId,
  score,
  emotion,
});

const ratings = [r('s1', 'ann', 3, 'frustrated'), r('s1', 'bob', 7, 'happy'), r('s2', 'ann', 9, 'happy')];

describe('ratingsVisibleTo', () => {
  test('while hidden a participant sees only their own ratings, the facilitator none of the scores', () => {
    expect(ratingsVisibleTo(ratings, 'hidden', { id: 'ann', role: 'participant' }).map((x) => x.id)).toEqual([
      's1|ann',
      's2|ann',
    ]);
    expect(ratingsVisibleTo(ratings, 'hidden', { id: 'fac', role: 'facilitator' })).toEqual([]);
    expect(ratingsVisibleTo(ratings, 'hidden', { id: 'obs', role: 'observer' })).toEqual([]);
  });

  test('after the reveal everyone sees everything', () => {
    expect(ratingsVisibleTo(ratings, 'revealed', { id: 'obs', role: 'observer' })).toBe(ratings);
  });
});

describe('ratingDistribution', () => {
  test('counts scores and emotions of one step', () => {
    const d = ratingDistribution([...ratings, r('s1', 'cy', 3, 'frustrated')], 's1');
    expect(d.count).toBe(3);
    expect(d.byScore).toEqual([0, 0, 2, 0, 0, 0, 1, 0, 0, 0]);
    expect(d.byEmotion).toEqual([
      { label: 'frustrated', count: 2 },
      { label: 'happy', count: 1 },
    ]);
    expect(d.mean).toBeCloseTo(13 / 3);
    expect([d.min, d.max]).toEqual([3, 7]);
  });

  test('a step without ratings has an empty distribution', () => {
    expect(ratingDistribution(ratings, 'none')).toEqual({
      count: 0,
      byScore: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      byEmotion: [],
      mean: null,
      min: null,
      max: null,
    });
  });

  test('ratingCounts leaks no scores, only how many rated', () => {
    expect([...ratingCounts(ratings)]).toEqual([
      ['s1', 2],
      ['s2', 1],
    ]);
  });
});
