import type { Step } from '@journeyboard/journey';
import { expect, test } from 'vitest';
import { stepOptionsInBoardOrder, stepsInBoardOrder } from './step-order';

const step = (id: string, journeyId: string, stageId: string | null, order: string) =>
  ({ id, journeyId, stageId, order, title: id }) as unknown as Step;

test('steps come stage by stage in time order, whatever order the document holds them in', () => {
  const stages = [
    { id: 'help', journeyId: 'now', order: 'a1' },
    { id: 'wrong', journeyId: 'now', order: 'a0' },
  ];
  const steps = [
    step('chat', 'now', 'help', 'a0'),
    step('export-fails', 'now', 'wrong', 'a0'),
    step('repeat-story', 'now', 'help', 'a1'),
    step('help-centre', 'now', 'wrong', 'a1'),
  ];
  const journeys = [{ id: 'now', order: 'a0', kind: 'current' as const }];
  expect(stepsInBoardOrder(journeys, stages, steps).map((s) => s.id)).toEqual([
    'export-fails',
    'help-centre',
    'chat',
    'repeat-story',
  ]);
});

test('the journey the board shows comes first, other journeys after it, loose steps at the end of theirs', () => {
  const journeys = [
    { id: 'future', order: 'a0', kind: 'future' as const },
    { id: 'now', order: 'a1', kind: 'current' as const },
  ];
  const stages = [
    { id: 'f-stage', journeyId: 'future', order: 'a0' },
    { id: 'n-stage', journeyId: 'now', order: 'a0' },
  ];
  const steps = [
    step('future-1', 'future', 'f-stage', 'a0'),
    step('now-loose', 'now', null, 'a0'),
    step('now-gone-stage', 'now', 'deleted', 'a1'),
    step('now-1', 'now', 'n-stage', 'a5'),
    step('now-foreign-stage', 'now', 'f-stage', 'a2'),
  ];
  expect(stepsInBoardOrder(journeys, stages, steps).map((s) => s.id)).toEqual([
    'now-1',
    'now-loose',
    'now-gone-stage',
    'now-foreign-stage',
    'future-1',
  ]);
});

test('steps of a journey the board does not show are marked with its name, so a forked title is told apart', () => {
  const journeys = [
    { id: 'now', order: 'a0', kind: 'current' as const, name: 'Huidige situatie' },
    { id: 'future', order: 'a1', kind: 'future' as const, name: 'Gewenste situatie' },
    { id: 'blank', order: 'a2', kind: 'future' as const, name: '  ' },
  ];
  const steps = [
    step('future-chat', 'future', null, 'a0'),
    step('now-chat', 'now', null, 'a0'),
    step('blank-chat', 'blank', null, 'a0'),
  ];
  expect(stepOptionsInBoardOrder(journeys, [], steps)).toEqual([
    { id: 'now-chat', title: 'now-chat', otherJourney: null },
    { id: 'future-chat', title: 'future-chat', otherJourney: 'Gewenste situatie' },
    { id: 'blank-chat', title: 'blank-chat', otherJourney: '' },
  ]);
});
