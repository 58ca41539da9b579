import { describe, expect, test } from 'vitest';
import type { CurvePoint } from './curve';
import { suggestMomentsOfTruth } from './moments';

const curve = (values: readonly (number | null)[]): CurvePoint[] =>
  values.map((value, index) => ({
    stepId: `s${index}`,
    index,
    title: `Step ${index}`,
    emotion: null,
    consensus: value,
    participants: null,
    value,
  }));

const kinds = (values: readonly (number | null)[], options = {}) =>
  suggestMomentsOfTruth(curve(values), options).map((s) => `${s.kind}:${s.stepId}`);

describe('moment-of-truth suggestion rules', () => {
  test('lowest and highest points, every tie included', () => {
    expect(kinds([5, 2, 8, 2, 8])).toEqual(
      expect.arrayContaining(['lowest:s1', 'lowest:s3', 'highest:s2', 'highest:s4']),
    );
  });

  test('a flat curve has a lowest point but no separate highest one, and no changes', () => {
    expect(kinds([6, 6, 6])).toEqual(['lowest:s0', 'lowest:s1', 'lowest:s2']);
  });

  test('steepest drops and rises between consecutive scored steps, skipping unscored ones', () => {
    const out = suggestMomentsOfTruth(curve([8, null, 3, 4, 9]));
    const drop = out.find((s) => s.kind === 'steepest-drop');
    expect(drop).toMatchObject({ stepId: 's2', delta: -5, value: 3 });
    expect(out.find((s) => s.kind === 'steepest-rise')).toMatchObject({ stepId: 's4', delta: 5 });
  });

  test('changes below the threshold are ignored; the number of changes is capped, steepest first', () => {
    expect(kinds([5, 6, 5, 6]).filter((k) => k.startsWith('steep'))).toEqual([]);
    const drops = kinds([10, 7, 9, 3, 9, 1], { changes: 2 }).filter((k) => k.startsWith('steepest-drop'));
    expect(drops).toEqual(['steepest-drop:s5', 'steepest-drop:s3']);
    expect(kinds([10, 8], { minChange: 3 }).filter((k) => k.startsWith('steep'))).toEqual([]);
  });

  test('an unscored journey has none; a suggestion carries its score as it is, with no sentence', () => {
    expect(suggestMomentsOfTruth(curve([null, null]))).toEqual([]);
    expect(suggestMomentsOfTruth(curve([4.5, 9]))[0]).toEqual({
      stepId: 's0',
      kind: 'lowest',
      value: 4.5,
      delta: null,
    });
  });
});
