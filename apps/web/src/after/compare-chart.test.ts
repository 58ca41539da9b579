import type { CurvePoint } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import { chartPoints, formatDelta, formatScore, polylinePath, scoreY } from './compare-chart';

const point = (index: number, value: number | null): CurvePoint => ({
  stepId: `s${index}`,
  index,
  title: `Step ${index}`,
  emotion: null,
  consensus: value,
  participants: null,
  value,
});

describe('compare chart geometry', () => {
  const box = { width: 200, height: 110, padding: 10 };
  test('scores map 10 to the top and 1 to the bottom, clamped', () => {
    expect(scoreY(10, box)).toBe(10);
    expect(scoreY(1, box)).toBe(100);
    expect(scoreY(0, box)).toBe(100);
  });
  test('shared x scale; unscored steps leave gaps', () => {
    const points = chartPoints([point(0, 5), point(1, null), point(2, 10)], 5, box);
    expect(points.map((p) => [p.stepId, p.x])).toEqual([
      ['s0', 10],
      ['s2', 100],
    ]);
    expect(chartPoints([point(0, 4)], 1, box)[0]!.x).toBe(100);
    expect(polylinePath(points)).toBe(`M10.0 ${scoreY(5, box).toFixed(1)} L100.0 10.0`);
  });
  test('signed deltas and scores for people', () => {
    expect(formatDelta('en', 1.5)).toBe('+1.5');
    expect(formatDelta('en', -2)).toBe('−2');
    expect(formatDelta('en', 0.01)).toBe('0');
    expect(formatDelta('en', null)).toBe('—');
    expect(formatScore('en', 6.25)).toBe('6.3');
    expect(formatScore('en', 7)).toBe('7');
  });
  test('in Dutch, with a decimal comma', () => {
    expect(formatDelta('nl', 1.5)).toBe('+1,5');
    expect(formatDelta('nl', -0.25)).toBe('−0,3');
    expect(formatScore('nl', 4.666)).toBe('4,7');
    expect(formatScore('nl', 7)).toBe('7');
  });
});
