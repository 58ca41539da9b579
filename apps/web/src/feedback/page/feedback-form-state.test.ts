import { describe, expect, test } from 'vitest';
import { activateLanguage, t } from '../../i18n/i18n';
import { draftFrom, setScore, stillMissing, submissionOf, togglePicked } from './feedback-form-state';

/** A text read in Dutch, the language set back to English afterwards. */
async function inDutch(read: () => string): Promise<string> {
  await activateLanguage('nl');
  try {
    return read();
  } finally {
    await activateLanguage('en');
  }
}

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

  test('sends the ticked steps in the journey’s order, each with its score', async () => {
    let draft = draftFrom({ state: 'open', title: 'J', steps, own: null });
    expect(submissionOf(draft, steps)).toMatchObject({
      ok: false,
      message: { key: 'feedback.page.tick-one' },
    });
    draft = togglePicked(togglePicked(draft, 's3'), 's1');
    const unrated = submissionOf(draft, steps);
    expect(unrated).toMatchObject({ ok: false, stepId: 's1' });
    if (!unrated.ok) {
      expect(t(unrated.message)).toBe('Give “Cannot log in” a score from 1 to 10, or untick it.');
      expect(await inDutch(() => t(unrated.message))).toBe(
        'Geef ‘Cannot log in’ een cijfer van 1 tot 10, of vink de stap uit.',
      );
    }
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
    const long = submissionOf({ ...draft, comment: 'x'.repeat(1001) }, steps);
    expect(!long.ok && t(long.message)).toBe('The comment is too long (at most 1000 characters).');
  });

  test('what is missing follows the changes and is gone once nothing is', () => {
    const none = draftFrom({ state: 'open', title: 'J', steps, own: null });
    expect(t(stillMissing(none, steps)!)).toBe('Tick at least one step you went through.');
    const ticked = togglePicked(none, 's2');
    expect(t(stillMissing(ticked, steps)!)).toBe('Give “Calls the desk” a score from 1 to 10, or untick it.');
    expect(stillMissing(setScore(ticked, 's2', 4), steps)).toBeNull();
    expect(stillMissing(togglePicked(ticked, 's2'), steps)).not.toBeNull();
  });
});
