import {
  createBoard,
  dismissMoment,
  momentReviewKey,
  readBoard,
  readDismissedMoments,
  updateStep,
} from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { t } from '../i18n/i18n';
import { translatorFor } from '../i18n/translator-for';
import { momentsModel } from './moments';

describe('momentsModel', () => {
  test('pending suggestions with reasons; accepted ones move to the flagged list; dismissed ones stay out', async () => {
    const doc = new Y.Doc();
    createBoard(doc, 'password-reset');
    const start = readBoard(doc);
    const journeyId = start.journeys[0]!.id;
    for (const step of start.steps) updateStep(doc, step.id, { momentOfTruth: false }, 'x');
    const steps = readBoard(doc).steps.filter((s) => s.journeyId === journeyId);
    const scores = [7, 6, 2, 3, 9];
    for (const [i, s] of steps.slice(0, scores.length).entries())
      updateStep(doc, s.id, { score: scores[i]! }, 'x');
    for (const s of steps.slice(scores.length)) updateStep(doc, s.id, { score: null }, 'x');
    const session = new Y.Doc();

    let model = momentsModel(readBoard(doc), journeyId, readDismissedMoments(session));
    expect(model.flagged).toEqual([]);
    const lowest = model.pending.find((p) => p.kind === 'lowest')!;
    expect(lowest.stepId).toBe(steps[2]!.id);
    expect(t(lowest.why)).toBe(`Lowest point of the journey: “${steps[2]!.title}” scores 2/10.`);
    const drop = model.pending.find((p) => p.kind === 'steepest-drop')!;
    expect(t(drop.why)).toBe(
      `Steep drop of 4 points: from 6 at “${steps[1]!.title}” to 2 at “${steps[2]!.title}”.`,
    );
    const dutch = await translatorFor('nl');
    expect(dutch(drop.why)).toBe(
      `Sterke daling van 4 punten: van 6 bij “${steps[1]!.title}” naar 2 bij “${steps[2]!.title}”.`,
    );
    expect(model.pending.some((p) => p.kind === 'steepest-drop' && p.stepId === steps[2]!.id)).toBe(true);
    expect(model.pending.some((p) => p.kind === 'steepest-rise' && p.stepId === steps[4]!.id)).toBe(true);

    updateStep(doc, steps[2]!.id, { momentOfTruth: true }, 'x');
    dismissMoment(session, steps[4]!.id, 'highest', 'f');
    updateStep(doc, steps[0]!.id, { momentOfTruth: true }, 'x');
    model = momentsModel(readBoard(doc), journeyId, readDismissedMoments(session));
    expect(model.flagged.map((f) => f.stepId)).toEqual([steps[0]!.id, steps[2]!.id]);
    expect(model.flagged[0]!.reasons).toEqual([]);
    expect(model.flagged[1]!.reasons.length).toBeGreaterThanOrEqual(2);
    expect(model.pending.some((p) => p.stepId === steps[2]!.id)).toBe(false);
    expect(model.dismissed.map((d) => momentReviewKey(d.stepId, d.kind))).toEqual([
      momentReviewKey(steps[4]!.id, 'highest'),
    ]);
  });
});
