import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { collection } from './doc';
import { forkJourney } from './journeys';
import { EXPORT_FORMAT_VERSION, exportBoard, exportBoardJson, importBoard, parseBoardExport } from './json';
import { setRating } from './ratings';
import { readBoard } from './read';
import { TEMPLATE_IDS } from './templates/template';
import { SCHEMA_VERSION } from './version';
import { castVote } from './votes';

function richBoard(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  setRating(doc, { stepId: 'pr-step-10', participantId: 'p1', score: 1, emotion: 'angry' }, 'x');
  castVote(doc, { roundId: 'r1', participantId: 'p1', targetId: 'pr-opp-1' }, 3, 'x');
  forkJourney(doc, 'journey-current', 'x', { name: 'Future' });
  return doc;
}

function roundTrip(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  const result = importBoard(copy, exportBoardJson(doc));
  expect(result.ok).toBe(true);
  return copy;
}

describe('JSON export and import', () => {
  test.each(TEMPLATE_IDS)('template %s round-trips exactly', (id) => {
    const doc = new Y.Doc();
    createBoard(doc, id);
    const copy = roundTrip(doc);
    expect(readBoard(copy)).toEqual(readBoard(doc));
    expect(exportBoardJson(copy)).toBe(exportBoardJson(doc));
  });

  test('a board with forks, ratings and votes round-trips exactly', () => {
    const doc = richBoard();
    const copy = roundTrip(doc);
    expect(readBoard(copy)).toEqual(readBoard(doc));
    expect(exportBoardJson(roundTrip(copy))).toBe(exportBoardJson(doc));
  });

  test('the export is versioned and self-describing', () => {
    const file = JSON.parse(exportBoardJson(richBoard()));
    expect(file).toMatchObject({
      format: 'journeyboard',
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
    });
    expect(Object.keys(file)).toEqual([
      'format',
      'formatVersion',
      'schemaVersion',
      'meta',
      'journeys',
      'stages',
      'steps',
      'channels',
      'lanes',
      'notes',
      'ratings',
      'personas',
      'opportunities',
      'votes',
      'attachments',
    ]);
    expect(file.meta).not.toHaveProperty('schemaVersion');
  });

  test('importing replaces the whole board in one transaction', () => {
    const target = new Y.Doc();
    createBoard(target, 'onboarding');
    let transactions = 0;
    target.on('afterTransaction', () => transactions++);
    expect(importBoard(target, exportBoard(readBoard(richBoard())), 'me').ok).toBe(true);
    expect(transactions).toBe(1);
    expect(readBoard(target).meta.templateId).toBe('password-reset');
    expect(readBoard(target).steps.some((s) => s.id.startsWith('ob-'))).toBe(false);
  });

  test('the board’s own title travels in the export when the exporter gives it', () => {
    const board = readBoard(richBoard());
    expect('board' in exportBoard(board)).toBe(false);
    const file = JSON.parse(JSON.stringify(exportBoard(board, { boardTitle: 'Laptop aanvragen' })));
    expect(Object.keys(file).slice(0, 5)).toEqual([
      'format',
      'formatVersion',
      'schemaVersion',
      'board',
      'meta',
    ]);
    const parsed = parseBoardExport(file);
    expect(parsed.ok && parsed.boardTitle).toBe('Laptop aanvragen');
    expect(parsed.ok && parsed.board).toEqual(board);
    // None, or only blanks: no title of its own (the importer falls back to the journey's).
    const none = parseBoardExport(JSON.parse(JSON.stringify(exportBoard(board))));
    expect(none.ok && none.boardTitle).toBeNull();
    const blank = parseBoardExport({ ...file, board: { title: '   ' } });
    expect(blank.ok && blank.boardTitle).toBeNull();
    // Bad input gets a clear error with its path.
    const long = parseBoardExport({ ...file, board: { title: 'x'.repeat(201) } });
    expect(long.ok ? null : long.error.text).toBe('board.title: expected at most 200 characters');
    const wrong = parseBoardExport({ ...file, board: { title: 7 } });
    expect(wrong.ok ? null : wrong.error.path).toBe('board.title');
  });

  test('a byte-order mark before the JSON is accepted', () => {
    expect(parseBoardExport(`\uFEFF${exportBoardJson(richBoard())}`).ok).toBe(true);
  });
});

type Row = Record<string, unknown>;
interface FileJson {
  [key: string]: unknown;
  meta: Row;
  steps: Row[];
}
type Mutator = (file: FileJson) => unknown;

const BAD: [string, Mutator | string, string][] = [
  ['not JSON', '{"format":', ''],
  ['empty text', '', ''],
  ['a number', '42', ''],
  ['null', 'null', ''],
  ['an array', '[]', ''],
  ['wrong format', (f) => ({ ...f, format: 'trello' }), 'format'],
  ['missing format', ({ format: _, ...f }) => f, 'format'],
  ['future format version', (f) => ({ ...f, formatVersion: 2 }), 'formatVersion'],
  ['newer schema', (f) => ({ ...f, schemaVersion: SCHEMA_VERSION + 1 }), 'schemaVersion'],
  ['schema 0', (f) => ({ ...f, schemaVersion: 0 }), 'schemaVersion'],
  ['schema as text', (f) => ({ ...f, schemaVersion: '3' }), 'schemaVersion'],
  ['missing meta', ({ meta: _, ...f }) => f, 'meta'],
  ['meta title a number', (f) => ({ ...f, meta: { ...f.meta, title: 1 } }), 'meta.title'],
  ['target score 11', (f) => ({ ...f, meta: { ...f.meta, targetScore: 11 } }), 'meta.targetScore'],
  ['no journeys', (f) => ({ ...f, journeys: [] }), 'journeys'],
  ['journeys not a list', (f) => ({ ...f, journeys: {} }), 'journeys'],
  ['journey kind', (f) => set(f, 'journeys', 0, 'kind', 'past'), 'journeys[0].kind'],
  ['journey without order', (f) => set(f, 'journeys', 0, 'order', undefined), 'journeys[0].order'],
  ['step score 11', (f) => set(f, 'steps', 3, 'score', 11), 'steps[3].score'],
  ['step score 0', (f) => set(f, 'steps', 3, 'score', 0), 'steps[3].score'],
  ['step score 4.5', (f) => set(f, 'steps', 3, 'score', 4.5), 'steps[3].score'],
  ['step score text', (f) => set(f, 'steps', 3, 'score', 'seven'), 'steps[3].score'],
  ['step emotion', (f) => set(f, 'steps', 0, 'emotion', 'meh'), 'steps[0].emotion'],
  ['step negative duration', (f) => set(f, 'steps', 1, 'durationMinutes', -5), 'steps[1].durationMinutes'],
  ['step people not a list', (f) => set(f, 'steps', 1, 'people', 'Ann'), 'steps[1].people'],
  ['step people item', (f) => set(f, 'steps', 1, 'people', ['Ann', 3]), 'steps[1].people[1]'],
  ['step moment flag', (f) => set(f, 'steps', 2, 'momentOfTruth', 'yes'), 'steps[2].momentOfTruth'],
  ['step empty id', (f) => set(f, 'steps', 2, 'id', ''), 'steps[2].id'],
  ['step unknown journey', (f) => set(f, 'steps', 2, 'journeyId', 'ghost'), 'steps[2].journeyId'],
  ['step unknown stage', (f) => set(f, 'steps', 2, 'stageId', 'ghost'), 'steps[2].stageId'],
  ['step unknown channel', (f) => set(f, 'steps', 2, 'channelId', 'ghost'), 'steps[2].channelId'],
  ['duplicate step id', (f) => set(f, 'steps', 4, 'id', f.steps[0]?.id), 'steps[4].id'],
  ['step huge text', (f) => set(f, 'steps', 0, 'description', 'x'.repeat(20_001)), 'steps[0].description'],
  ['stage unknown journey', (f) => set(f, 'stages', 0, 'journeyId', 'ghost'), 'stages[0].journeyId'],
  ['channel colour', (f) => set(f, 'channels', 0, 'color', 'blue'), 'channels[0].color'],
  ['lane kind', (f) => set(f, 'lanes', 0, 'kind', 'dance'), 'lanes[0].kind'],
  ['note unknown step', (f) => set(f, 'notes', 0, 'stepId', 'ghost'), 'notes[0].stepId'],
  ['note unknown lane', (f) => set(f, 'notes', 0, 'laneId', 'ghost'), 'notes[0].laneId'],
  ['rating score', (f) => set(f, 'ratings', 0, 'score', 12), 'ratings[0].score'],
  ['rating missing score', (f) => set(f, 'ratings', 0, 'score', undefined), 'ratings[0].score'],
  ['rating id mismatch', (f) => set(f, 'ratings', 0, 'id', 'whatever'), 'ratings[0].id'],
  ['rating unknown step', (f) => set(f, 'ratings', 0, 'stepId', 'ghost'), 'ratings[0].stepId'],
  ['persona goals', (f) => set(f, 'personas', 0, 'goals', [1]), 'personas[0].goals[0]'],
  [
    'persona unknown channel',
    (f) => set(f, 'personas', 0, 'preferredChannelIds', ['ghost']),
    'personas[0].preferredChannelIds[0]',
  ],
  ['opportunity status', (f) => set(f, 'opportunities', 1, 'status', 'blocked'), 'opportunities[1].status'],
  [
    'opportunity priority',
    (f) => set(f, 'opportunities', 1, 'priority', 'urgent'),
    'opportunities[1].priority',
  ],
  [
    'opportunity deadline',
    (f) => set(f, 'opportunities', 1, 'deadline', 'tomorrow'),
    'opportunities[1].deadline',
  ],
  ['opportunity votes', (f) => set(f, 'opportunities', 1, 'votes', -2), 'opportunities[1].votes'],
  [
    'opportunity unknown step',
    (f) => set(f, 'opportunities', 0, 'stepIds', ['ghost']),
    'opportunities[0].stepIds[0]',
  ],
  [
    'opportunity unknown note',
    (f) => set(f, 'opportunities', 0, 'noteIds', ['ghost']),
    'opportunities[0].noteIds[0]',
  ],
  ['vote id mismatch', (f) => set(f, 'votes', 0, 'id', 'x'), 'votes[0].id'],
  ['vote targets not a list', (f) => set(f, 'votes', 0, 'targetIds', 'a'), 'votes[0].targetIds'],
];

function set(file: FileJson, key: string, index: number, field: string, value: unknown): FileJson {
  const list = [...(file[key] as Row[])];
  const row: Row = { ...list[index], [field]: value };
  if (value === undefined) delete row[field];
  list[index] = row;
  return { ...file, [key]: list };
}

describe('import rejects bad input with the path of the first error and writes nothing', () => {
  const good: FileJson = JSON.parse(exportBoardJson(richBoard()));

  test.each(BAD)('%s', (_name, bad, path) => {
    const input = typeof bad === 'string' ? bad : JSON.stringify(bad(JSON.parse(JSON.stringify(good))));
    const target = new Y.Doc();
    createBoard(target, 'onboarding');
    const before = exportBoardJson(target);
    const result = importBoard(target, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe(path);
    expect(result.error.message.length).toBeGreaterThan(3);
    expect(result.error.text).toBe(path ? `${path}: ${result.error.message}` : result.error.message);
    expect(exportBoardJson(target)).toBe(before);
  });

  test('the message for a bad score reads like the documentation says', () => {
    const result = parseBoardExport(set(good, 'steps', 3, 'score', 11));
    expect(result.ok ? '' : result.error.text).toBe('steps[3].score: expected a number from 1 to 10');
  });

  test('a document newer than the code refuses imports', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    expect(importBoard(doc, good).ok).toBe(false);
    expect(collection(doc, 'step').size).toBe(0);
  });
});

test('parseBoardExport returns the board exactly as reading the imported document will', () => {
  const doc = richBoard();
  const parsed = parseBoardExport(exportBoardJson(doc));
  expect(parsed.ok && parsed.board).toEqual(readBoard(doc));
});
