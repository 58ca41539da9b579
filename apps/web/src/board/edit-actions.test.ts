import { createBoard, readBoard } from '@journeyboard/journey';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addStepAtEnd,
  attempt,
  defaultStageFor,
  moveStepTo,
  patchStep,
  removeStep,
  splitList,
} from './edit-actions';

function board(template: 'blank' | 'onboarding' = 'onboarding') {
  const doc = new Y.Doc();
  createBoard(doc, template);
  const journeyId = readBoard(doc).journeys[0]?.id ?? '';
  return { doc, journeyId };
}

describe('edit actions', () => {
  it('adds a step at the end of the last stage', () => {
    const { doc, journeyId } = board();
    const stages = readBoard(doc).stages.filter((s) => s.journeyId === journeyId);
    const last = stages[stages.length - 1]?.id ?? null;
    expect(defaultStageFor(doc, journeyId)).toBe(last);
    const result = addStepAtEnd(doc, journeyId, last, {});
    expect(result.ok).toBe(true);
    const steps = readBoard(doc).steps.filter((s) => s.stageId === last);
    expect(steps[steps.length - 1]?.title).toBe('New step');
  });

  it('reports a refused edit instead of throwing', () => {
    const { doc } = board();
    const result = patchStep(doc, 'missing', { title: 'x' }, {});
    expect(result).toEqual({ ok: false, message: 'it was deleted meanwhile, perhaps by someone else' });
    const bad = board();
    const step = readBoard(bad.doc).steps[0];
    const invalid = patchStep(bad.doc, step?.id ?? '', { score: 42 }, {});
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.message).toBe('that value is not allowed there');
  });

  it('moves and removes steps', () => {
    const { doc, journeyId } = board('blank');
    const a = addStepAtEnd(doc, journeyId, null, {});
    const b = addStepAtEnd(doc, journeyId, null, {});
    if (!a.ok || !b.ok) throw new Error('setup failed');
    patchStep(doc, a.value.id, { title: 'A' }, {});
    patchStep(doc, b.value.id, { title: 'B' }, {});
    expect(moveStepTo(doc, b.value.id, { stageId: null, index: 0 }, {}).ok).toBe(true);
    expect(readBoard(doc).steps.map((s) => s.title)).toEqual(['B', 'A']);
    expect(removeStep(doc, a.value.id, {})).toEqual({ ok: true, value: true });
    expect(readBoard(doc).steps.map((s) => s.title)).toEqual(['B']);
  });

  it('wraps unknown errors, logging what they were', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(
      attempt(() => {
        throw 'odd';
      }),
    ).toEqual({ ok: false, message: 'something went wrong; the change was not made' });
    expect(log).toHaveBeenCalledWith('an edit failed unexpectedly:', 'odd');
    log.mockRestore();
  });

  it('splits comma lists', () => {
    expect(splitList(' IT, HR ,, Facilities ')).toEqual(['IT', 'HR', 'Facilities']);
    expect(splitList('')).toEqual([]);
  });
});
