import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../board';
import { readBoard } from '../read';
import { TEMPLATE_IDS } from '../templates/template';
import type { CurvePoint } from './curve';
import { emotionCurve } from './curve';
import { suggestMomentsOfTruth } from './moments';

const point = (stepId: string, index: number, value: number | null): CurvePoint => ({
  stepId,
  index,
  title: stepId.toUpperCase(),
  emotion: null,
  consensus: value,
  participants: null,
  value,
});

describe('suggestMomentsOfTruth', () => {
  test('finds lowest, highest, steepest drop and rise', () => {
    const curve = [point('a', 0, 6), point('b', 1, 2), point('c', 2, 3), point('d', 3, 9), point('e', 4, 8)];
    const out = suggestMomentsOfTruth(curve);
    expect(out.map((m) => [m.kind, m.stepId, m.delta])).toEqual([
      ['lowest', 'b', null],
      ['highest', 'd', null],
      ['steepest-drop', 'b', -4],
      ['steepest-rise', 'd', 6],
    ]);
    expect(out[2]).toMatchObject({ value: 2, delta: -4 });
  });

  test('skips unscored steps, ignores small changes, limits the count, lists ties', () => {
    const curve = [
      point('a', 0, 8),
      point('b', 1, null),
      point('c', 2, 4),
      point('d', 3, 8),
      point('e', 4, 7),
      point('f', 5, 4),
    ];
    const out = suggestMomentsOfTruth(curve, { changes: 1, minChange: 3 });
    expect(out.filter((m) => m.kind === 'lowest').map((m) => m.stepId)).toEqual(['c', 'f']);
    expect(out.filter((m) => m.kind === 'highest').map((m) => m.stepId)).toEqual(['a', 'd']);
    expect(out.filter((m) => m.kind === 'steepest-drop').map((m) => [m.stepId, m.delta])).toEqual([
      ['c', -4],
    ]);
    expect(out.filter((m) => m.kind === 'steepest-rise').map((m) => [m.stepId, m.delta])).toEqual([['d', 4]]);
  });

  test('flat and empty curves', () => {
    expect(suggestMomentsOfTruth([])).toEqual([]);
    expect(suggestMomentsOfTruth([point('a', 0, null)])).toEqual([]);
    const flat = suggestMomentsOfTruth([point('a', 0, 5), point('b', 1, 5)]);
    expect(flat.map((m) => m.kind)).toEqual(['lowest', 'lowest']);
  });

  test('the password-reset journey bottoms out where the user is locked out of email', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'password-reset');
    const board = readBoard(doc);
    const out = suggestMomentsOfTruth(emotionCurve(board, 'journey-current'));
    const lowest = out.filter((m) => m.kind === 'lowest');
    expect(lowest.map((m) => m.stepId)).toEqual(['pr-step-10']);
    const step = board.steps.find((s) => s.id === lowest[0]?.stepId);
    expect(step?.description).toMatch(/locked out/);
    expect(step?.channelId).toBe('channel-email');
    expect(out.find((m) => m.kind === 'steepest-drop')?.stepId).toBe('pr-step-10');
  });

  test.each(TEMPLATE_IDS.filter((t) => t !== 'blank'))('template %s has a clear low and high point', (id) => {
    const doc = new Y.Doc();
    createBoard(doc, id);
    const out = suggestMomentsOfTruth(emotionCurve(readBoard(doc), 'journey-current'));
    expect(out.some((m) => m.kind === 'lowest')).toBe(true);
    expect(out.some((m) => m.kind === 'highest')).toBe(true);
    expect(out.some((m) => m.kind === 'steepest-drop')).toBe(true);
  });
});
