import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { MomentSuggestion } from './analytics/moments';
import {
  dismissMoment,
  momentReviewKey,
  readDismissedMoments,
  reviewSuggestions,
  undismissMoment,
} from './moment-reviews';

const suggestion = (stepId: string, kind: MomentSuggestion['kind']): MomentSuggestion => ({
  stepId,
  kind,
  value: 3,
  delta: null,
});

describe('moment reviews', () => {
  test('dismissals are stored per step and kind in the session document', () => {
    const session = new Y.Doc();
    dismissMoment(session, 's1', 'lowest', 'f');
    dismissMoment(session, 's2', 'steepest-drop', 'f');
    session.getMap('momentReviews').set('junk', 42);
    expect([...readDismissedMoments(session)].sort()).toEqual([
      momentReviewKey('s1', 'lowest'),
      momentReviewKey('s2', 'steepest-drop'),
    ]);
    undismissMoment(session, 's1', 'lowest', 'f');
    expect([...readDismissedMoments(session)]).toEqual([momentReviewKey('s2', 'steepest-drop')]);
  });

  test('status: a flag wins, then a dismissal of that kind, otherwise pending', () => {
    const suggestions = [
      suggestion('a', 'lowest'),
      suggestion('b', 'steepest-drop'),
      suggestion('b', 'lowest'),
      suggestion('c', 'highest'),
    ];
    const steps = [
      { id: 'a', momentOfTruth: true },
      { id: 'b', momentOfTruth: false },
      { id: 'c', momentOfTruth: false },
    ];
    const dismissed = new Set([momentReviewKey('a', 'lowest'), momentReviewKey('b', 'steepest-drop')]);
    expect(reviewSuggestions(suggestions, steps, dismissed).map((s) => [s.stepId, s.kind, s.status])).toEqual(
      [
        ['a', 'lowest', 'accepted'],
        ['b', 'steepest-drop', 'dismissed'],
        ['b', 'lowest', 'pending'],
        ['c', 'highest', 'pending'],
      ],
    );
  });
});
