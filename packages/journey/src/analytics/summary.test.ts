import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../board';
import { readBoard } from '../read';
import { addStep, updateStep } from '../steps';
import { journeySummary } from './summary';

test('summary of the password-reset journey', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  const s = journeySummary(readBoard(doc), 'journey-current');
  expect(s.stepCount).toBe(11);
  expect(s.scoredSteps).toBe(11);
  expect(s.averageScore).toBeCloseTo(41 / 11);
  expect(s.lowest).toMatchObject({ stepId: 'pr-step-10', score: 1 });
  expect(s.highest).toMatchObject({ stepId: 'pr-step-08', score: 6 });
  expect(s.totalMinutes).toBe(60);
  expect(s.stepsWithoutOwner).toEqual([]);
  expect(s.momentsOfTruth).toEqual(['pr-step-03', 'pr-step-10']);
  expect(s.channelUsage[0]).toMatchObject({ channelId: 'channel-portal', steps: 6 });
  expect(s.channelUsage.find((c) => c.channelId === 'channel-phone')?.steps).toBe(2);
  expect(s.channelUsage.reduce((n, c) => n + c.steps, 0)).toBe(11);
  expect(s.targetScore).toBe(8);
  expect(s.gapToTarget).toBeCloseTo(41 / 11 - 8);
});

test('steps without owner, channel, duration or score', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addStep(doc, { journeyId: 'journey-current', id: 'a', score: 4, durationMinutes: 10, owner: 'IT' }, 'x');
  addStep(doc, { journeyId: 'journey-current', id: 'b' }, 'x');
  let s = journeySummary(readBoard(doc), 'journey-current');
  expect(s).toMatchObject({
    stepCount: 2,
    scoredSteps: 1,
    averageScore: 4,
    totalMinutes: 10,
    stepsWithoutDuration: ['b'],
    stepsWithoutOwner: ['b'],
    gapToTarget: null,
  });
  expect(s.channelUsage.find((c) => c.channelId === null)).toMatchObject({
    name: 'No channel',
    steps: 2,
    share: 1,
  });
  updateStep(doc, 'b', { owner: '  ' }, 'x');
  s = journeySummary(readBoard(doc), 'journey-current');
  expect(s.stepsWithoutOwner).toEqual(['b']);
  expect(journeySummary(readBoard(doc), 'none')).toMatchObject({
    stepCount: 0,
    averageScore: null,
    lowest: null,
  });
});
