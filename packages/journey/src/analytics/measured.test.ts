import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CurvePoint } from './curve';
import {
  aggregateFeedback,
  type MeasuredRating,
  measuredByPeriod,
  measuredByStep,
  measuredCurve,
  rankDisagreements,
  suggestMeasuredMoments,
} from './measured';
import { statsOfScores } from './measured-stats';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T12:00:00Z');

const rating = fc.record({
  stepId: fc.constantFrom('s1', 's2', 's3'),
  score: fc.integer({ min: 1, max: 10 }),
  at: fc.integer({ min: T0, max: T0 + 120 * DAY }),
});

const curve = (values: readonly (number | null)[]): CurvePoint[] =>
  values.map((value, index) => ({
    stepId: `s${index + 1}`,
    index,
    title: `Step ${index + 1}`,
    emotion: null,
    consensus: value,
    participants: null,
    value,
  }));

const ratingsOf = (stepId: string, scores: readonly number[], at = T0): MeasuredRating[] =>
  scores.map((score) => ({ stepId, score, at }));

describe('feedback aggregation per step and period', () => {
  test('responses arriving in any order give the same cells and the same statistics', () => {
    fc.assert(
      fc.property(
        fc
          .array(rating, { maxLength: 200 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        ([list, shuffled]) => {
          const a = aggregateFeedback(list);
          const b = aggregateFeedback(shuffled);
          expect(measuredByStep(b)).toEqual(measuredByStep(a));
          for (const stepId of ['s1', 's2', 's3']) {
            expect(measuredByPeriod(b, stepId, 'month')).toEqual(measuredByPeriod(a, stepId, 'month'));
          }
        },
      ),
    );
  });

  test('the sum of the days is exactly the statistics of all responses, per step and per month', () => {
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 200 }), (list) => {
        const cells = aggregateFeedback(list);
        for (const stepId of ['s1', 's2', 's3']) {
          const scores = list.filter((r) => r.stepId === stepId).map((r) => r.score);
          expect(measuredByStep(cells).get(stepId) ?? null).toEqual(statsOfScores(scores));
          for (const { period, stats } of measuredByPeriod(cells, stepId, 'month')) {
            const inMonth = list.filter(
              (r) => r.stepId === stepId && new Date(r.at).toISOString().startsWith(period),
            );
            expect(stats).toEqual(statsOfScores(inMonth.map((r) => r.score)));
          }
        }
      }),
    );
  });

  test('periods are UTC days and months, oldest first; invalid scores are skipped', () => {
    const cells = aggregateFeedback([
      { stepId: 's1', score: 4, at: Date.parse('2026-02-03T23:59:00Z') },
      { stepId: 's1', score: 8, at: Date.parse('2026-01-31T00:00:00Z') },
      { stepId: 's1', score: 11, at: T0 },
      { stepId: 's1', score: 6, at: Number.NaN },
    ]);
    expect([...cells.get('s1')!.keys()].sort()).toEqual(['2026-01-31', '2026-02-03']);
    expect(measuredByPeriod(cells, 's1', 'month').map((p) => [p.period, p.stats.n])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
    ]);
    expect(measuredByPeriod(cells, 's1', 'all')).toEqual([{ period: 'all', stats: statsOfScores([4, 8]) }]);
    expect(measuredByStep(cells, { from: '2026-02-01' }).get('s1')?.n).toBe(1);
  });
});

describe('measured beside assumed', () => {
  const cells = aggregateFeedback([
    ...ratingsOf('s1', [8, 8, 7, 9, 8]), // assumed 8: agrees
    ...ratingsOf('s2', [2, 3, 2, 3, 2, 3]), // assumed 7: customers much lower
    ...ratingsOf('s3', [9, 9]), // too few responses
    ...ratingsOf('s4', [5, 6, 5, 6, 5]), // assumed 4: a little higher
  ]);
  const measured = measuredByStep(cells);
  const assumed = curve([8, 7, 2, 4]);

  test('disagreements ranked by size, only with enough responses, with whether they exceed the noise', () => {
    const ranked = rankDisagreements(assumed, measured, 5);
    expect(ranked.map((d) => d.stepId)).toEqual(['s2', 's4', 's1']);
    expect(ranked[0]).toMatchObject({ assumed: 7, difference: 2.5 - 7, beyondNoise: true });
    expect(ranked[2]).toMatchObject({ difference: 0, beyondNoise: false });
  });

  test('steps without an assumed score are not ranked', () => {
    expect(rankDisagreements(curve([null, null, null, null]), measured, 5)).toEqual([]);
  });

  test('the measured curve replaces a value only from the threshold on', () => {
    const values = measuredCurve(assumed, measured, 5).map((p) => p.value);
    expect(values).toEqual([8, 2.5, 2, 5.4]);
    expect(measuredCurve(assumed, measured, 6).map((p) => p.value)).toEqual([8, 2.5, 2, 4]);
  });

  test('moment-of-truth suggestions use measured data once a step has enough responses', () => {
    const suggestions = suggestMeasuredMoments(curve([8, 7, 6, 7]), measured, 5);
    const lowest = suggestions.find((s) => s.kind === 'lowest');
    expect(lowest).toMatchObject({ stepId: 's2', value: 2.5 });
    // Below the threshold the workshop's curve decides.
    const workshop = suggestMeasuredMoments(curve([8, 7, 6, 7]), measured, 50);
    expect(workshop.find((s) => s.kind === 'lowest')).toMatchObject({ stepId: 's3', value: 6 });
  });
});
