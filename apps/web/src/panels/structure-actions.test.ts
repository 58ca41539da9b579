import {
  addNote,
  addStage,
  addStep,
  createBoard,
  journeyStages,
  readBoard,
  readCollection,
  readEntity,
} from '@journeyboard/journey';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager } from '../board/undo';
import {
  addStructureItem,
  describeStage,
  moveStructureItem,
  normaliseDescription,
  removeStructureItem,
  renameStructureItem,
  restyleChannel,
  setLaneKind,
} from './structure-actions';

const J = 'journey-current';

function setup() {
  const doc = new Y.Doc();
  createBoard(doc, 'support-experience');
  const origin = { user: 'fran' };
  const undo = createUndoManager(doc, origin);
  return { doc, origin, undo };
}

const names = (doc: Y.Doc, kind: 'channel' | 'lane') =>
  readCollection(doc, kind).map((item) => ('name' in item ? item.name : item.title));

test('adds a stage, a channel and a lane at the end, each one undo step', () => {
  const { doc, origin, undo } = setup();
  const stage = addStructureItem(doc, { kind: 'stage', journeyId: J, name: ' Aftercare ' }, origin);
  undo.stopCapturing();
  const channel = addStructureItem(
    doc,
    { kind: 'channel', name: 'Fax', color: '#123456', icon: 'phone' },
    origin,
  );
  undo.stopCapturing();
  const lane = addStructureItem(doc, { kind: 'lane', name: '', laneKind: 'custom' }, origin);
  expect(stage.ok && channel.ok && lane.ok).toBe(true);
  expect(journeyStages(readBoard(doc), J).at(-1)?.title).toBe('Aftercare');
  expect(readCollection(doc, 'channel').at(-1)).toMatchObject({
    name: 'Fax',
    color: '#123456',
    icon: 'phone',
  });
  expect(readCollection(doc, 'lane').at(-1)).toMatchObject({ title: 'New lane', kind: 'custom' });
  undo.undo();
  expect(names(doc, 'lane')).not.toContain('New lane');
  expect(names(doc, 'channel')).toContain('Fax');
  undo.undo();
  expect(names(doc, 'channel')).not.toContain('Fax');
});

test('a bad colour is refused with the model message and writes nothing', () => {
  const { doc, origin } = setup();
  const before = readCollection(doc, 'channel').length;
  const result = addStructureItem(doc, { kind: 'channel', name: 'Fax', color: 'red', icon: '' }, origin);
  expect(result).toEqual({ ok: false, message: 'that value is not allowed there' });
  expect(readCollection(doc, 'channel')).toHaveLength(before);
});

test('renames trim, refuse blank names and report a concurrent delete', () => {
  const { doc, origin } = setup();
  expect(renameStructureItem(doc, 'channel', 'channel-phone', '  Telephone ', origin).ok).toBe(true);
  expect(readEntity(doc, 'channel', 'channel-phone')?.name).toBe('Telephone');
  expect(renameStructureItem(doc, 'lane', 'lane-doing', '   ', origin)).toEqual({
    ok: false,
    message: 'a name cannot be empty',
  });
  expect(readEntity(doc, 'lane', 'lane-doing')?.title).toBe('Doing');
  expect(renameStructureItem(doc, 'stage', 'se-stage-contact', 'Reach out', origin).ok).toBe(true);
  expect(readEntity(doc, 'stage', 'se-stage-contact')?.title).toBe('Reach out');
  const gone = renameStructureItem(doc, 'stage', 'nope', 'x', origin);
  expect(gone.ok).toBe(false);
});

test('moves reorder among siblings', () => {
  const { doc, origin } = setup();
  const first = readCollection(doc, 'channel').map((c) => c.id);
  expect(moveStructureItem(doc, 'channel', first[0]!, 1, origin).ok).toBe(true);
  expect(
    readCollection(doc, 'channel')
      .map((c) => c.id)
      .slice(0, 2),
  ).toEqual([first[1], first[0]]);
  const stages = journeyStages(readBoard(doc), J).map((s) => s.id);
  moveStructureItem(doc, 'stage', stages.at(-1)!, 0, origin);
  expect(journeyStages(readBoard(doc), J)[0]?.id).toBe(stages.at(-1));
  const lanes = readCollection(doc, 'lane').map((l) => l.id);
  moveStructureItem(doc, 'lane', lanes[1]!, 0, origin);
  expect(readCollection(doc, 'lane')[0]?.id).toBe(lanes[1]);
});

test('undo restores a removed channel and puts its steps back on it', () => {
  const { doc, origin, undo } = setup();
  const onPhone = readCollection(doc, 'step')
    .filter((s) => s.channelId === 'channel-phone')
    .map((s) => s.id);
  expect(onPhone.length).toBeGreaterThan(0);
  expect(removeStructureItem(doc, { kind: 'channel', id: 'channel-phone' }, origin)).toEqual({
    ok: true,
    value: true,
  });
  expect(readEntity(doc, 'channel', 'channel-phone')).toBeNull();
  expect(onPhone.map((id) => readEntity(doc, 'step', id)?.channelId)).toEqual(onPhone.map(() => null));
  undo.undo();
  expect(readEntity(doc, 'channel', 'channel-phone')?.name).toBe('Phone');
  expect(onPhone.map((id) => readEntity(doc, 'step', id)?.channelId)).toEqual(
    onPhone.map(() => 'channel-phone'),
  );
});

test('undo restores a removed lane with its notes, and a stage with its steps', () => {
  const { doc, origin, undo } = setup();
  const noteCount = readCollection(doc, 'note').length;
  removeStructureItem(doc, { kind: 'lane', id: 'lane-pain-points' }, origin);
  expect(readCollection(doc, 'note').length).toBeLessThan(noteCount);
  undo.undo();
  expect(readCollection(doc, 'note')).toHaveLength(noteCount);
  undo.stopCapturing();

  addStage(doc, { journeyId: J, id: 'extra', title: 'Extra' }, origin);
  addStep(doc, { journeyId: J, stageId: 'extra', id: 'x1' }, origin);
  addNote(doc, { stepId: 'x1', laneId: 'lane-doing', id: 'xn' }, origin);
  undo.stopCapturing();
  removeStructureItem(doc, { kind: 'stage', id: 'extra', deleteSteps: true }, origin);
  expect(readEntity(doc, 'step', 'x1')).toBeNull();
  undo.undo();
  expect(readEntity(doc, 'step', 'x1')?.stageId).toBe('extra');
  expect(readEntity(doc, 'note', 'xn')).not.toBeNull();
});

test('undo never reverts what a peer did in between', () => {
  const { doc, origin, undo } = setup();
  removeStructureItem(doc, { kind: 'channel', id: 'channel-chat' }, origin);
  addStructureItem(doc, { kind: 'lane', name: 'Peer lane', laneKind: 'custom' }, { user: 'peer' });
  undo.undo();
  expect(readEntity(doc, 'channel', 'channel-chat')).not.toBeNull();
  expect(names(doc, 'lane')).toContain('Peer lane');
});

test('removing what a peer already removed writes nothing', () => {
  const { doc, origin } = setup();
  expect(removeStructureItem(doc, { kind: 'lane', id: 'nope' }, origin)).toEqual({ ok: true, value: false });
});

test('a lane can change kind', () => {
  const { doc, origin } = setup();
  expect(setLaneKind(doc, 'lane-questions', 'backstage', origin).ok).toBe(true);
  expect(readEntity(doc, 'lane', 'lane-questions')?.kind).toBe('backstage');
});

test('a channel changes colour and icon, each one undo step', () => {
  const { doc, origin, undo } = setup();
  const before = readEntity(doc, 'channel', 'channel-phone')!;
  expect(restyleChannel(doc, 'channel-phone', { color: '#DC2626' }, origin)).toEqual({
    ok: true,
    value: true,
  });
  undo.stopCapturing();
  expect(restyleChannel(doc, 'channel-phone', { icon: 'chat' }, origin)).toEqual({ ok: true, value: true });
  expect(readEntity(doc, 'channel', 'channel-phone')).toMatchObject({
    name: before.name,
    color: '#dc2626',
    icon: 'chat',
  });
  undo.undo();
  expect(readEntity(doc, 'channel', 'channel-phone')).toMatchObject({ color: '#dc2626', icon: before.icon });
  undo.undo();
  expect(readEntity(doc, 'channel', 'channel-phone')).toMatchObject({
    color: before.color,
    icon: before.icon,
  });
});

test('the same colour in other case, or the same icon, writes nothing', () => {
  const { doc, origin } = setup();
  restyleChannel(doc, 'channel-phone', { color: '#abcdef', icon: 'phone' }, origin);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  expect(restyleChannel(doc, 'channel-phone', { color: '#ABCDEF' }, origin)).toEqual({
    ok: true,
    value: false,
  });
  expect(restyleChannel(doc, 'channel-phone', { icon: 'phone' }, origin)).toEqual({ ok: true, value: false });
  expect(restyleChannel(doc, 'channel-phone', {}, origin)).toEqual({ ok: true, value: false });
  expect(updates).toHaveLength(0);
});

test('a bad colour is refused with the model message; a channel a peer removed is reported', () => {
  const { doc, origin } = setup();
  const color = readEntity(doc, 'channel', 'channel-phone')?.color;
  expect(restyleChannel(doc, 'channel-phone', { color: 'red' }, origin)).toEqual({
    ok: false,
    message: 'that value is not allowed there',
  });
  expect(readEntity(doc, 'channel', 'channel-phone')?.color).toBe(color);
  removeStructureItem(doc, { kind: 'channel', id: 'channel-phone' }, { user: 'peer' });
  const gone = restyleChannel(doc, 'channel-phone', { color: '#000000' }, origin);
  expect(gone.ok).toBe(false);
  expect(readEntity(doc, 'channel', 'channel-phone')).toBeNull();
});

test('any icon name is kept, since the model stores any', () => {
  const { doc, origin } = setup();
  expect(restyleChannel(doc, 'channel-email', { icon: 'fax-machine' }, origin).ok).toBe(true);
  expect(readEntity(doc, 'channel', 'channel-email')?.icon).toBe('fax-machine');
  expect(restyleChannel(doc, 'channel-email', { icon: '' }, origin).ok).toBe(true);
  expect(readEntity(doc, 'channel', 'channel-email')?.icon).toBe('');
});

test('a stage description keeps its lines, drops surrounding space, and undoes in one step', () => {
  const { doc, origin, undo } = setup();
  const stage = 'se-stage-contact';
  const before = readEntity(doc, 'stage', stage)?.description;
  expect(describeStage(doc, stage, '  First line\r\nsecond line\n\n', origin)).toEqual({
    ok: true,
    value: true,
  });
  expect(readEntity(doc, 'stage', stage)?.description).toBe('First line\nsecond line');
  expect(readEntity(doc, 'stage', stage)?.title).toBe('Getting help');
  undo.undo();
  expect(readEntity(doc, 'stage', stage)?.description).toBe(before);
});

test('a description changed only by surrounding space writes nothing; clearing it does', () => {
  const { doc, origin } = setup();
  const stage = 'se-stage-contact';
  describeStage(doc, stage, 'Calls and chats', origin);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  expect(describeStage(doc, stage, 'Calls and chats \n', origin)).toEqual({ ok: true, value: false });
  expect(updates).toHaveLength(0);
  expect(describeStage(doc, stage, '   ', origin)).toEqual({ ok: true, value: true });
  expect(readEntity(doc, 'stage', stage)?.description).toBe('');
});

test('a too long description is refused with the model message; a removed stage is reported', () => {
  const { doc, origin } = setup();
  const long = describeStage(doc, 'se-stage-contact', 'x'.repeat(20_001), origin);
  expect(long).toEqual({ ok: false, message: 'the text is too long (at most 20,000 characters)' });
  expect(describeStage(doc, 'nope', 'Anything', origin).ok).toBe(false);
});

test('descriptions are normalised the same way the panel compares them', () => {
  expect(normaliseDescription('a\r\nb\rc')).toBe('a\nb\nc');
  expect(normaliseDescription('\n\n  indented\n  kept\n')).toBe('indented\n  kept');
  expect(normaliseDescription('')).toBe('');
});
