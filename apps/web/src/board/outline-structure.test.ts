import type { Journey, Stage, Step } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import { neighbourTarget, outlineStructure, sameStructure } from './outline-structure';

const journey = (id: string, order: string) =>
  ({ id, order, name: id, kind: 'current', forkedFromId: null }) as Journey;
const stage = (id: string, order: string, journeyId = 'j') =>
  ({ id, order, journeyId, title: id, description: '', originStageId: null }) as Stage;
const step = (id: string, stageId: string | null, order: string, journeyId = 'j') =>
  ({ id, stageId, order, journeyId, title: id }) as Step;

describe('outlineStructure', () => {
  it('groups the first journey by stage in order, with loose steps last', () => {
    const structure = outlineStructure(
      [journey('k', 'b'), journey('j', 'a')],
      [stage('s2', 'b'), stage('s1', 'a'), stage('other', 'a', 'k')],
      [
        step('c', 's2', 'a'),
        step('b', 's1', 'b'),
        step('a', 's1', 'a'),
        step('x', null, 'a'),
        step('y', 'gone', 'b'),
        step('z', 'other', 'a', 'k'),
      ],
    );
    expect(structure).toEqual({
      journeyId: 'j',
      sections: [
        { stageId: 's1', stepIds: ['a', 'b'] },
        { stageId: 's2', stepIds: ['c'] },
        { stageId: null, stepIds: ['x', 'y'] },
      ],
    });
  });

  it('shows the journey the canvas shows: the current state, even when a future state sorts first', () => {
    const future = { ...journey('f', 'a'), kind: 'future' } as Journey;
    const structure = outlineStructure([future, journey('j', 'b')], [], [step('a', null, 'a')]);
    expect(structure.journeyId).toBe('j');
    expect(structure.sections).toEqual([{ stageId: null, stepIds: ['a'] }]);
  });

  it('has one empty section for a journey with no stages and none without a journey', () => {
    expect(outlineStructure([journey('j', 'a')], [], []).sections).toEqual([{ stageId: null, stepIds: [] }]);
    expect(outlineStructure([], [], []).journeyId).toBeNull();
  });

  it('compares structures by ids', () => {
    const a = outlineStructure([journey('j', 'a')], [stage('s', 'a')], [step('1', 's', 'a')]);
    const b = outlineStructure(
      [journey('j', 'a')],
      [stage('s', 'a')],
      [{ ...step('1', 's', 'a'), title: 'new' }],
    );
    const c = outlineStructure(
      [journey('j', 'a')],
      [stage('s', 'a')],
      [step('1', 's', 'a'), step('2', 's', 'b')],
    );
    expect(sameStructure(a, b)).toBe(true);
    expect(sameStructure(a, c)).toBe(false);
  });
});

describe('neighbourTarget', () => {
  const structure = {
    journeyId: 'j',
    sections: [
      { stageId: 's1', stepIds: ['a', 'b'] },
      { stageId: 's2', stepIds: [] },
      { stageId: 's3', stepIds: ['c'] },
    ],
  };

  it('moves within a stage', () => {
    expect(neighbourTarget(structure, 'a', 1)).toEqual({ stageId: 's1', index: 1 });
    expect(neighbourTarget(structure, 'b', -1)).toEqual({ stageId: 's1', index: 0 });
  });

  it('crosses into the neighbouring stage, even an empty one', () => {
    expect(neighbourTarget(structure, 'b', 1)).toEqual({ stageId: 's2', index: 0 });
    expect(neighbourTarget(structure, 'c', -1)).toEqual({ stageId: 's2', index: 0 });
  });

  it('stops at the ends and for unknown steps', () => {
    expect(neighbourTarget(structure, 'a', -1)).toBeNull();
    expect(neighbourTarget(structure, 'c', 1)).toBeNull();
    expect(neighbourTarget(structure, 'nope', 1)).toBeNull();
  });
});
