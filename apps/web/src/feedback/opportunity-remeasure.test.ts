import { aggregateFeedback, remeasureStep } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import { t } from '../i18n/i18n';
import { remeasureText } from './opportunity-remeasure';

const day = (d: string, scores: number[]) =>
  scores.map((score) => ({ stepId: 's', score, at: Date.parse(`${d}T09:00:00Z`) }));

describe('re-measure on an opportunity', () => {
  test('a board with responses before and after its completion shows the change', () => {
    const cells = aggregateFeedback([...day('2026-02-01', [2, 3, 2, 3]), ...day('2026-02-20', [8, 7, 8, 9])]);
    expect(remeasureText(t, 'en', 'Calls the desk', remeasureStep(cells, 's', '2026-02-10'))).toBe(
      'Calls the desk: 2.5 → 8 (n 4 → 4), +5.5, larger than the noise.',
    );
  });
  test('too few responses say so', () => {
    const cells = aggregateFeedback(day('2026-02-01', [2, 3]));
    expect(remeasureText(t, 'en', 'X', remeasureStep(cells, 's', '2026-02-10'))).toBe(
      'X: not enough customer responses yet (2 before, 0 after).',
    );
  });
});
