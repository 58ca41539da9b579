import {
  addAttachment,
  addStep,
  aggregateFeedback,
  createBoard,
  measuredExport,
  parseBoardExport,
  readBoard,
} from '@journeyboard/journey';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildBoardZip, fileEntryName } from './zip-export';

describe('buildBoardZip', () => {
  it('packs board.json and each referenced file once, named by hash', async () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    addStep(doc, { id: 's', journeyId: 'journey-current' }, 'me');
    const blob = { hash: 'a'.repeat(64), type: 'image/png', size: 3, width: 1, height: 1 } as const;
    addAttachment(doc, { parent: { kind: 'step', id: 's' }, blob }, 'me');
    addAttachment(doc, { parent: { kind: 'step', id: 's' }, blob }, 'me');
    addAttachment(
      doc,
      {
        parent: { kind: 'step', id: 's' },
        blob: { ...blob, hash: 'b'.repeat(64), type: 'application/pdf', width: null, height: null },
      },
      'me',
    );
    const fetched: string[] = [];
    const zip = await buildBoardZip(readBoard(doc), async (hash) => {
      fetched.push(hash);
      return new Uint8Array([1, 2, hash.charCodeAt(0)]);
    });
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([
      'board.json',
      fileEntryName('a'.repeat(64), 'image/png'),
      `files/${'b'.repeat(64)}.pdf`,
    ]);
    expect(fetched).toHaveLength(2);
    const json = JSON.parse(strFromU8(entries['board.json']!));
    expect(json.attachments).toHaveLength(3);
    expect(entries[`files/${'b'.repeat(64)}.pdf`]).toEqual(new Uint8Array([1, 2, 98]));
  });

  it('board.json carries the measured figures when given; they do not stop it from importing', async () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    addStep(doc, { id: 's', journeyId: 'journey-current' }, 'me');
    const board = readBoard(doc);
    const at = Date.parse('2026-05-04T10:00:00Z');
    const measured = measuredExport(board, {
      cells: aggregateFeedback([
        { stepId: 's', score: 3, at },
        { stepId: 's', score: 5, at },
      ]),
      responses: 2,
      serviceDesk: new Map(),
    });
    const zip = await buildBoardZip(
      board,
      async () => new Uint8Array(),
      () => {},
      { measured, boardTitle: 'Een nieuwe laptop aanvragen' },
    );
    const json = JSON.parse(strFromU8(unzipSync(zip)['board.json']!));
    // The board's own title travels with it, so an import is named as the board was.
    expect(json.board).toEqual({ title: 'Een nieuwe laptop aanvragen' });
    expect(json.measured.steps[0]).toMatchObject({
      stepId: 's',
      all: { n: 2, mean: 4, median: 4 },
      months: [{ period: '2026-05', stats: { n: 2 } }],
    });
    expect(parseBoardExport(json).ok).toBe(true);
  });
});
