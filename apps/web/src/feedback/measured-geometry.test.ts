import { aggregateFeedback, measuredByStep } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import { highlightedDisagreements, measuredPoints } from './measured-geometry';

const at = Date.parse('2026-05-01T10:00:00Z');
const ratings = (stepId: string, scores: number[]) => scores.map((score) => ({ stepId, score, at }));
const measured = measuredByStep(
  aggregateFeedback([
    ...ratings('a', [2, 2, 3, 2, 3]),
    ...ratings('b', [7, 8]),
    ...ratings('d', [9, 9, 8, 9, 9]),
    ...ratings('e', [6, 6, 5, 6, 6]),
  ]),
);
const steps = [
  { stepId: 'e', column: 4, title: 'E', assumed: 6 },
  { stepId: 'a', column: 0, title: 'A', assumed: 8 },
  { stepId: 'b', column: 1, title: 'B', assumed: 8 },
  { stepId: 'c', column: 2, title: 'C', assumed: 5 },
  { stepId: 'd', column: 3, title: 'D', assumed: 3 },
];

describe('the measured curve on the canvas', () => {
  test('points in column order, runs broken where a step has no responses', () => {
    const { points, runs } = measuredPoints(steps, measured, 5);
    expect(points.map((p) => [p.stepId, p.enough])).toEqual([
      ['a', true],
      ['b', false],
      ['d', true],
      ['e', true],
    ]);
    expect(runs.map((run) => run.map((p) => p.stepId))).toEqual([
      ['a', 'b'],
      ['d', 'e'],
    ]);
  });

  test('highlights the biggest disagreements beyond the noise only', () => {
    expect(highlightedDisagreements(steps, measured, 5).map((d) => d.stepId)).toEqual(['d', 'a']);
    expect(highlightedDisagreements(steps, measured, 5, 1).map((d) => d.stepId)).toEqual(['d']);
  });
});
