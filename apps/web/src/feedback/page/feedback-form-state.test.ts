import { describe, expect, test } from 'vitest';
import { draftFrom, setScore, submissionOf, togglePicked } from './feedback-form-state';

const steps = [
  { id: 's1', title: 'Cannot log in' },
  { id: 's2', title: 'Calls the desk' },
  { id: 's3', title: 'Resets it' },
];

describe('the feedback form', () => {
  test('starts from this browser’s earlier answer, ignoring steps no longer on the journey', () => {
    const draft = draftFrom({
      state: 'open',
      title: 'J',
      steps,
      own: {
        ratings: [
          { stepId: 's2', score: 3 },
          { stepId: 'gone', score: 9 },
        ],
        comment: 'Slow',
      },
    });
    expect([...draft.picked]).toEqual(['s2']);
    expect(draft.scores.get('s2')).toBe(3);
    expect(draft.comment).toBe('Slow');
  });

  test('sends the ticked steps in the journey’s order, each with its score', () => {
    let draft = draftFrom({ state: 'open', title: 'J', steps, own: null });
    expect(submissionOf(draft, steps)).toMatchObject({
      ok: false,
      message: 'Tick at least one step you went through.',
    });
    draft = togglePicked(togglePicked(draft, 's3'), 's1');
    expect(submissionOf(draft, steps)).toMatchObject({ ok: false, stepId: 's1' });
    draft = setScore(setScore(draft, 's3', 8), 's1', 2);
    draft = setScore(draft, 's2', 5); // scored but not ticked: not sent
    expect(submissionOf({ ...draft, comment: '  thanks  ' }, steps)).toEqual({
      ok: true,
      value: {
        ratings: [
          { stepId: 's1', score: 2 },
          { stepId: 's3', score: 8 },
        ],
        comment: 'thanks',
      },
    });
    expect(submissionOf({ ...draft, comment: 'x'.repeat(1001) }, steps).ok).toBe(false);
  });
});
