import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../board';
import { forkJourney } from '../journeys';
import { readBoard } from '../read';
import { addStep, deleteStep, updateStep } from '../steps';
import { journeyImprovement } from './improvement';

describe('journeyImprovement', () => {
  test('reports per-step deltas, added/removed, average and lowest-point improvement', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    const current = readBoard(doc).journeys[0]!;
    const a = addStep(doc, { journeyId: current.id, title: 'A', score: 6 }, 'x');
    const b = addStep(doc, { journeyId: current.id, title: 'B', score: 2 }, 'x');
    const c = addStep(doc, { journeyId: current.id, title: 'C', score: 5 }, 'x');
    const future = forkJourney(doc, current.id, 'x');
    const copies = readBoard(doc).steps.filter((s) => s.journeyId === future.id);
    const copyOf = (id: string) => copies.find((s) => s.originStepId === id)!;
    updateStep(doc, copyOf(b.id).id, { score: 7, title: 'B, redesigned' }, 'x');
    deleteStep(doc, copyOf(c.id).id, 'x');
    const d = addStep(doc, { journeyId: future.id, title: 'D', score: 8 }, 'x');

    const result = journeyImprovement(readBoard(doc), current.id, future.id);
    expect(result.comparison.matched.map((m) => [m.fromStepId, m.delta])).toEqual([
      [a.id, 0],
      [b.id, 5],
    ]);
    expect(result.comparison.added).toEqual([d.id]);
    expect(result.comparison.removed).toEqual([c.id]);
    expect(result.comparison.averageDelta).toBeCloseTo(7 - 13 / 3);
    expect(result.fromLowest).toEqual({ stepId: b.id, value: 2 });
    expect(result.toLowest).toEqual({ stepId: copyOf(a.id).id, value: 6 });
    expect(result.lowestDelta).toBe(4);
    expect([result.improved, result.worsened, result.unchanged]).toEqual([1, 0, 1]);
  });

  test('no scores: no numbers', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    const current = readBoard(doc).journeys[0]!;
    addStep(doc, { journeyId: current.id, title: 'A' }, 'x');
    const future = forkJourney(doc, current.id, 'x');
    const result = journeyImprovement(readBoard(doc), current.id, future.id);
    expect(result.lowestDelta).toBeNull();
    expect(result.comparison.averageDelta).toBeNull();
    expect(result.comparison.matched).toHaveLength(1);
  });
});
