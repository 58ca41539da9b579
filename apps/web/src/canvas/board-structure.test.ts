import type { Channel, Journey, Lane, Note, Stage, Step } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import {
  buildStructure,
  cellKey,
  inlineEditableField,
  noteStructureKey,
  ratingStats,
  type StructureInput,
  stepStructureKey,
  withRevealedStats,
} from './board-structure';

const journey = (id: string, kind: 'current' | 'future', order: string): Journey => ({
  id,
  name: id,
  kind,
  forkedFromId: null,
  order,
});
const stage = (id: string, order: string, journeyId = 'j1'): Stage => ({
  id,
  journeyId,
  title: id,
  description: '',
  order,
  originStageId: null,
});
const step = (id: string, stageId: string | null, order: string, journeyId = 'j1'): Step => ({
  id,
  journeyId,
  stageId,
  channelId: null,
  order,
  title: id,
  description: '',
  owner: '',
  durationMinutes: null,
  people: [],
  systems: [],
  doing: '',
  thinking: '',
  feeling: '',
  emotion: null,
  score: null,
  momentOfTruth: false,
  notes: '',
  originStepId: null,
});
const lane = (id: string, kind: Lane['kind'], order: string): Lane => ({ id, kind, title: id, order });
const channel = (id: string, order: string): Channel => ({
  id,
  name: id,
  color: '#000000',
  icon: 'mail',
  order,
});
const note = (id: string, stepId: string, laneId: string, order: string): Note => ({
  id,
  stepId,
  laneId,
  text: id,
  color: '#fde68a',
  authorId: 'u',
  authorName: 'U',
  order,
});

const base: StructureInput = {
  journeys: [journey('j1', 'current', 'a0'), journey('j2', 'future', 'a1')],
  stages: [stage('s2', 'a1'), stage('s1', 'a0'), stage('empty', 'a2'), stage('other', 'a0', 'j2')],
  steps: [
    step('b', 's1', 'a1'),
    step('a', 's1', 'a0'),
    step('c', 's2', 'a0'),
    step('loose', null, 'a0'),
    step('orphan', 'deleted-stage', 'a1'),
    step('elsewhere', 'other', 'a0', 'j2'),
  ],
  channels: [channel('phone', 'a1'), channel('email', 'a0')],
  lanes: [lane('pain', 'pain-points', 'a2'), lane('doing', 'doing', 'a0'), lane('feel', 'feeling', 'a1')],
  notes: [
    note('n2', 'a', 'pain', 'a1'),
    note('n1', 'a', 'pain', 'a0'),
    note('n3', 'b', 'pain', 'a0'),
    note('gone', 'missing-step', 'pain', 'a0'),
    note('nolane', 'a', 'missing-lane', 'a0'),
    note('hidden', 'elsewhere', 'pain', 'a0'),
  ],
  journeyId: null,
};

describe('buildStructure', () => {
  const structure = buildStructure(base);

  it('orders columns by stage then step, with unstaged steps last and empty stages as placeholders', () => {
    expect(structure.journeyId).toBe('j1');
    expect(structure.columns).toEqual([
      { stepId: 'a', stageId: 's1' },
      { stepId: 'b', stageId: 's1' },
      { stepId: 'c', stageId: 's2' },
      { stepId: null, stageId: 'empty' },
      { stepId: 'loose', stageId: null },
      { stepId: 'orphan', stageId: null },
    ]);
    expect(structure.stepIds).toEqual(['a', 'b', 'c', 'loose', 'orphan']);
    expect([...structure.stages.keys()]).toEqual(['s1', 's2', 'empty']);
  });

  it('sorts channels and lanes and feeds the layout', () => {
    expect(structure.channels.map((c) => c.id)).toEqual(['email', 'phone']);
    expect(structure.layoutInput.channelIds).toEqual(['email', 'phone']);
    expect(structure.layoutInput.lanes).toEqual([
      { id: 'doing', field: 'doing', maxNotes: 0 },
      { id: 'feel', field: 'feeling', maxNotes: 0 },
      { id: 'pain', field: null, maxNotes: 2 },
    ]);
    expect(structure.layoutInput.infoRowsAfterLane).toBe(2);
  });

  it('groups notes per cell in order and drops notes it cannot place', () => {
    expect(structure.cellNotes.get(cellKey('a', 'pain'))).toEqual(['n1', 'n2']);
    expect(structure.cellNotes.get(cellKey('b', 'pain'))).toEqual(['n3']);
    expect(structure.cellNotes.size).toBe(2);
  });

  it('shows another journey when asked, and falls back to the default for an unknown one', () => {
    const future = buildStructure({ ...base, journeyId: 'j2' });
    expect(future.stepIds).toEqual(['elsewhere']);
    expect(buildStructure({ ...base, journeyId: 'nope' }).journeyId).toBe('j1');
  });

  it('copes with an empty document', () => {
    const empty = buildStructure({
      journeys: [],
      stages: [],
      steps: [],
      channels: [],
      lanes: [],
      notes: [],
      journeyId: null,
    });
    expect(empty.journeyId).toBeNull();
    expect(empty.columns).toEqual([]);
    expect(empty.layoutInput.infoRowsAfterLane).toBe(0);
  });
});

describe('structure helpers', () => {
  it('fingerprints only what moves things', () => {
    const before = [step('a', 's1', 'a0')];
    const retitled = [{ ...step('a', 's1', 'a0'), title: 'New title', score: 3 }];
    const moved = [step('a', 's2', 'a0')];
    expect(stepStructureKey(retitled)).toBe(stepStructureKey(before));
    expect(stepStructureKey(moved)).not.toBe(stepStructureKey(before));
    const n = [note('n', 'a', 'l', 'a0')];
    expect(noteStructureKey([{ ...n[0]!, text: 'changed' }])).toBe(noteStructureKey(n));
    expect(noteStructureKey([{ ...n[0]!, laneId: 'm' }])).not.toBe(noteStructureKey(n));
  });

  it('edits doing, thinking and feeling in place but not the people and systems lists', () => {
    expect(inlineEditableField('doing')).toBe('doing');
    expect(inlineEditableField('people-systems')).toBeNull();
    expect(inlineEditableField(null)).toBeNull();
  });

  it('summarises ratings per step', () => {
    const stats = ratingStats([
      { id: '1', stepId: 'a', participantId: 'p', score: 2, emotion: null },
      { id: '2', stepId: 'a', participantId: 'q', score: 8, emotion: null },
      { id: '3', stepId: 'b', participantId: 'p', score: 5, emotion: null },
    ]);
    expect(stats.get('a')).toEqual({ mean: 5, min: 2, max: 8, count: 2 });
    expect(stats.get('b')).toEqual({ mean: 5, min: 5, max: 5, count: 1 });
    expect(stats.has('c')).toBe(false);
  });
});

describe('withRevealedStats', () => {
  const d = (scores: number[]) => {
    const byScore = Array.from({ length: 10 }, (_, i) => scores.filter((s) => s === i + 1).length);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    return {
      count: scores.length,
      byScore,
      byEmotion: [],
      mean,
      min: Math.min(...scores),
      max: Math.max(...scores),
    };
  };

  it('draws the published distributions, combined with an older board’s ratings of the same step', () => {
    const legacy = new Map([['s1', { mean: 2, min: 2, max: 2, count: 1 }]]);
    const stats = withRevealedStats(
      legacy,
      new Map([
        ['s1', d([5, 8])],
        ['s2', d([7])],
      ]),
    );
    expect(stats.get('s1')).toEqual({ mean: 5, min: 2, max: 8, count: 3 });
    expect(stats.get('s2')).toEqual({ mean: 7, min: 7, max: 7, count: 1 });
    expect(legacy.get('s1')?.count).toBe(1);
  });
});
