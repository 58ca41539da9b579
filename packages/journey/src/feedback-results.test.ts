import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { aggregateFeedback } from './analytics/measured';
import { feedbackSubmissionBody } from './feedback';
import { observeFeedbackResults, publishFeedbackResults, readFeedbackResults } from './feedback-results';

const at = (day: string) => Date.parse(`${day}T08:00:00Z`);

describe('published customer feedback', () => {
  test('round-trips through the session document, changing only what differs', () => {
    const doc = new Y.Doc();
    const seen: number[] = [];
    const stop = observeFeedbackResults(doc, (r) => seen.push(r.responses));
    const cells = aggregateFeedback([
      { stepId: 'step|with|bars', score: 3, at: at('2026-01-02') },
      { stepId: 's2', score: 9, at: at('2026-01-03') },
    ]);
    expect(publishFeedbackResults(doc, { cells, responses: 2, revision: 1 }, 'relay')).toBe(true);
    const read = readFeedbackResults(doc);
    expect(read.cells).toEqual(cells);
    expect(read).toMatchObject({ responses: 2, revision: 1 });
    expect(publishFeedbackResults(doc, { cells, responses: 2, revision: 1 }, 'relay')).toBe(false);
    const fewer = aggregateFeedback([{ stepId: 's2', score: 9, at: at('2026-01-03') }]);
    expect(publishFeedbackResults(doc, { cells: fewer, responses: 1, revision: 2 }, 'relay')).toBe(true);
    expect(readFeedbackResults(doc).cells).toEqual(fewer);
    expect(seen).toEqual([2, 1]);
    stop();
  });

  test('malformed entries are skipped', () => {
    const doc = new Y.Doc();
    doc.getMap('feedbackResults').set('s1|2026-01-01', [1, 2]);
    doc.getMap('feedbackResults').set('s1|yesterday', new Array(10).fill(1));
    doc.getMap('feedbackResults').set('|2026-01-01', new Array(10).fill(1));
    doc.getMap('feedbackSummary').set('responses', -1);
    expect(readFeedbackResults(doc)).toEqual({ cells: new Map(), responses: 0, revision: 0 });
  });
});

describe('a customer’s submission', () => {
  test('is bounded and validated', () => {
    const ok = feedbackSubmissionBody.safeParse({ ratings: [{ stepId: 's1', score: 4 }] });
    expect(ok.success && ok.data.comment).toBe('');
    const fail = (body: unknown) => feedbackSubmissionBody.safeParse(body).success;
    expect(fail({ ratings: [] })).toBe(false);
    expect(fail({ ratings: [{ stepId: 's1', score: 11 }] })).toBe(false);
    expect(fail({ ratings: [{ stepId: 's1', score: 4, extra: 1 }] })).toBe(false);
    expect(fail({ ratings: [{ stepId: 's1', score: 4 }], comment: 'x'.repeat(1001) })).toBe(false);
    expect(
      fail({
        ratings: [
          { stepId: 's1', score: 4 },
          { stepId: 's1', score: 5 },
        ],
      }),
    ).toBe(false);
    const many = Array.from({ length: 101 }, (_, i) => ({ stepId: `s${i}`, score: 5 }));
    expect(fail({ ratings: many })).toBe(false);
  });
});
