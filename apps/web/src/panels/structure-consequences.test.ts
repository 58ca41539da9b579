import {
  addChannel,
  addLane,
  addNote,
  addOpportunity,
  addPersona,
  addStage,
  addStep,
  createBoard,
  deleteChannel,
  deleteLane,
  deleteStage,
  readBoard,
  setRating,
} from '@journeyboard/journey';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { displayName, removalConsequences } from './structure-consequences';

const J = 'journey-current';
const o = 'test';

/** A stage with two steps on Phone, one with notes in a custom lane, a rating and an opportunity. */
function board() {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addStage(doc, { journeyId: J, title: 'Discover', id: 'discover' }, o);
  addStage(doc, { journeyId: J, title: '', id: 'empty' }, o);
  addChannel(doc, { name: 'Phone line', id: 'phone' }, o);
  addChannel(doc, { name: 'Fax', id: 'fax' }, o);
  addLane(doc, { kind: 'custom', title: 'Gossip', id: 'gossip' }, o);
  addLane(doc, { kind: 'thinking', title: 'Thoughts', id: 'thoughts' }, o);
  addStep(doc, { journeyId: J, stageId: 'discover', channelId: 'phone', id: 's1' }, o);
  addStep(doc, { journeyId: J, stageId: 'discover', channelId: 'phone', id: 's2' }, o);
  addStep(doc, { journeyId: J, stageId: null, channelId: 'fax', id: 's3' }, o);
  addNote(doc, { stepId: 's1', laneId: 'gossip', text: 'a', id: 'n1' }, o);
  addNote(doc, { stepId: 's1', laneId: 'gossip', text: 'b', id: 'n2' }, o);
  addNote(doc, { stepId: 's3', laneId: 'thoughts', text: 'c', id: 'n3' }, o);
  setRating(doc, { stepId: 's2', participantId: 'p1', score: 4 }, o);
  addOpportunity(doc, { title: 'Call back', noteIds: ['n1'], id: 'op1' }, o);
  addPersona(doc, { name: 'Pia', preferredChannelIds: ['phone'], id: 'pia' }, o);
  return doc;
}

test('removing a stage keeps its steps by default, as deleteStage does', () => {
  const doc = board();
  const result = removalConsequences({ kind: 'stage', id: 'discover', deleteSteps: false }, readBoard(doc));
  expect(result.question).toBe('Remove stage “Discover”?');
  expect(result.stepCount).toBe(2);
  expect(result.effects).toEqual([
    'Its 2 steps stay on the board, under “Steps without a stage” after the other stages, with all their cards and notes.',
    'You can undo this with Undo or Ctrl+Z.',
  ]);
  deleteStage(doc, 'discover', o);
  const after = readBoard(doc);
  expect(after.steps.filter((s) => s.stageId === null).map((s) => s.id)).toEqual(
    expect.arrayContaining(['s1', 's2']),
  );
  expect(after.notes).toHaveLength(3);
});

test('removing a stage with its steps counts the notes, ratings and opportunity links that go', () => {
  const doc = board();
  const result = removalConsequences({ kind: 'stage', id: 'discover', deleteSteps: true }, readBoard(doc));
  expect(result.effects).toEqual([
    'Its 2 steps are deleted, with their 2 sticky notes and 1 rating.',
    '1 opportunity loses its link to them.',
    'You can undo this with Undo or Ctrl+Z.',
  ]);
  deleteStage(doc, 'discover', o, { deleteSteps: true });
  const after = readBoard(doc);
  expect(after.steps.map((s) => s.id)).toEqual(['s3']);
  expect(after.notes.map((n) => n.id)).toEqual(['n3']);
  expect(after.ratings).toHaveLength(0);
  expect(after.opportunities[0]?.noteIds).toEqual([]);
});

test('deleting steps without notes or ratings mentions only what goes', () => {
  const doc = board();
  addStage(doc, { journeyId: J, title: 'Bare', id: 'bare' }, o);
  addStep(doc, { journeyId: J, stageId: 'bare', id: 'b1' }, o);
  const one = removalConsequences({ kind: 'stage', id: 'bare', deleteSteps: true }, readBoard(doc));
  expect(one.effects[0]).toBe('Its step is deleted.');
  addNote(doc, { stepId: 'b1', laneId: 'gossip', id: 'bn' }, o);
  const withNote = removalConsequences({ kind: 'stage', id: 'bare', deleteSteps: true }, readBoard(doc));
  expect(withNote.effects[0]).toBe('Its step is deleted, with its 1 sticky note.');
});

test('an empty, untitled stage says so', () => {
  const result = removalConsequences({ kind: 'stage', id: 'empty', deleteSteps: false }, readBoard(board()));
  expect(result.question).toBe('Remove stage “Untitled stage”?');
  expect(result.name).toBe('Untitled stage');
  expect(result.effects[0]).toBe('It has no steps.');
  expect(result.stepCount).toBe(0);
});

test('removing a channel takes its cards off the board but keeps the steps', () => {
  const doc = board();
  const result = removalConsequences({ kind: 'channel', id: 'phone' }, readBoard(doc));
  expect(result.question).toBe('Remove channel “Phone line”?');
  expect(result.effects).toEqual([
    'Its 2 touchpoint cards leave the board: the steps stay, with no channel, and can be given another one.',
    '1 persona no longer lists it as a preferred channel.',
    'You can undo this with Undo or Ctrl+Z.',
  ]);
  deleteChannel(doc, 'phone', o);
  const after = readBoard(doc);
  expect(after.steps.filter((s) => s.channelId === null)).toHaveLength(2);
  expect(after.personas[0]?.preferredChannelIds).toEqual([]);
});

test('one card and an unused channel are worded in the singular or as unused', () => {
  const doc = board();
  expect(removalConsequences({ kind: 'channel', id: 'fax' }, readBoard(doc)).effects[0]).toBe(
    'Its touchpoint card leaves the board: the step stays, with no channel, and can be given another one.',
  );
  addChannel(doc, { name: 'Pigeon', id: 'pigeon' }, o);
  expect(removalConsequences({ kind: 'channel', id: 'pigeon' }, readBoard(doc)).effects).toEqual([
    'No step uses it.',
    'You can undo this with Undo or Ctrl+Z.',
  ]);
});

test('removing a lane deletes its notes and unlinks them from opportunities', () => {
  const doc = board();
  const result = removalConsequences({ kind: 'lane', id: 'gossip' }, readBoard(doc));
  expect(result.question).toBe('Remove lane “Gossip”?');
  expect(result.effects).toEqual([
    'Its 2 sticky notes are deleted.',
    '1 opportunity loses its link to them.',
    'You can undo this with Undo or Ctrl+Z.',
  ]);
  deleteLane(doc, 'gossip', o);
  const after = readBoard(doc);
  expect(after.notes.map((n) => n.id)).toEqual(['n3']);
  expect(after.opportunities[0]?.noteIds).toEqual([]);
});

test('a lane that shows a step field says the field stays with the steps', () => {
  const result = removalConsequences({ kind: 'lane', id: 'thoughts' }, readBoard(board()));
  expect(result.effects).toEqual([
    'Its sticky note is deleted.',
    'Each step keeps its “Thinking” text; it stays in the step details.',
    'You can undo this with Undo or Ctrl+Z.',
  ]);
});

test('a lane without notes says so', () => {
  const doc = board();
  addLane(doc, { kind: 'backstage', title: 'Backstage', id: 'back' }, o);
  expect(removalConsequences({ kind: 'lane', id: 'back' }, readBoard(doc)).effects[0]).toBe(
    'It has no sticky notes.',
  );
});

test('names are never empty', () => {
  expect(displayName('channel', '  ')).toBe('Untitled channel');
  expect(displayName('lane', '')).toBe('Untitled lane');
  expect(displayName('stage', 'Go')).toBe('Go');
});
