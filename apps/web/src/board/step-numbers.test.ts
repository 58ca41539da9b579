import { describe, expect, it } from 'vitest';
import { buildStructure } from '../canvas/board-structure';
import { outlineStructure } from './outline-structure';
import { journeyStepIds, stepNumber, stepNumbers } from './step-numbers';

const journey = { id: 'j', title: 'J', kind: 'current', order: 'a0' } as const;
const stage = (id: string, order: string) => ({ id, journeyId: 'j', title: id, order, description: '' });
const step = (id: string, stageId: string | null, order: string) =>
  ({ id, journeyId: 'j', stageId, order, title: id, channelId: null }) as never;

// Two steps in the first stage, none in the second, one in the third, one in no stage.
const stages = [stage('s1', 'a0'), stage('s2', 'a1'), stage('s3', 'a2')] as never[];
const steps = [step('a', 's1', 'a0'), step('b', 's1', 'a1'), step('c', 's3', 'a0'), step('d', null, 'a0')];

describe('stepNumbers', () => {
  it('numbers across the journey, not again from 1 in each stage', () => {
    expect([...stepNumbers(['a', 'b', 'c', 'd'])]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
    expect(stepNumber(['a', 'b', 'c'], 'c')).toBe(3);
    expect(stepNumber(['a', 'b', 'c'], 'x')).toBe(0);
  });

  it('gives the outline and the canvas the same number for every step (an empty stage counts no step)', () => {
    const outline = journeyStepIds(outlineStructure([journey] as never, stages, steps));
    const canvas = buildStructure({
      journeys: [journey] as never,
      stages,
      steps,
      channels: [],
      lanes: [],
      notes: [],
      journeyId: null,
    }).stepIds;
    // The canvas has a column for the empty stage; its numbers skip nothing.
    for (const id of ['a', 'b', 'c', 'd']) expect(stepNumber(outline, id)).toBe(stepNumber(canvas, id));
    expect(stepNumber(outline, 'c')).toBe(3);
    expect(stepNumber(outline, 'd')).toBe(4);
  });

  it('answers the same list from memory', () => {
    const ids = ['a', 'b'];
    expect(stepNumbers(ids)).toBe(stepNumbers(ids));
  });
});
