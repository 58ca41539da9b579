import { addNote, createBoard, type Note, type Step, updateNote, updateStep } from '@journeyboard/journey';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DEFAULT_NOTE_COLOUR,
  drawOverview,
  lazyOverviewShapes,
  noteFill,
  type OverviewContext,
  type OverviewInput,
  overviewColumn,
  overviewShapes,
  SUMMARY_WIDTH,
} from './board-overview';
import { BoardStore } from './board-store';
import { cellKey } from './board-structure';
import { CARD_HEIGHT, CARD_WIDTH } from './channel-icon-layout';
import { estimateLine, SUMMARY_FONT_SIZE } from './lane-summary';
import { CELL_PADDING, columnX, noteOffset } from './layout';
import { THEME } from './theme';

const ORIGIN = { test: true };
const stores: BoardStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

function board() {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  const store = new BoardStore(doc);
  stores.push(store);
  return { doc, store };
}

/** The rectangles of columns `first`..`last`. */
function rectsOf(input: OverviewInput, first = 0, last = 1_000) {
  return overviewShapes(input)
    .slice(first, last + 1)
    .flatMap((column) => column.rects);
}

function inputFor(store: BoardStore): OverviewInput {
  const structure = store.getStructure();
  const content = store.getContent();
  return {
    layout: store.getLayout(),
    cellNotes: structure.cellNotes,
    steps: new Map<string, Step>(content.steps.map((step) => [step.id, step])),
    notes: new Map<string, Note>(content.notes.map((note) => [note.id, note])),
    channels: new Map(structure.channels.map((channel) => [channel.id, channel])),
  };
}

describe('overviewShapes', () => {
  it('puts each card in its channel row and each note in its lane cell, where the columns draw them', () => {
    const { doc, store } = board();
    const layout = store.getLayout();
    const structure = store.getStructure();
    const firstStepId = structure.stepIds[0]!;
    const step = store.getContent().steps.find((each) => each.id === firstStepId)!;
    const lane = layout.rows.find((row) => row.kind === 'lane')!;
    if (lane.kind !== 'lane') throw new Error('a lane row');
    const note = addNote(
      doc,
      { stepId: firstStepId, laneId: lane.laneId, text: 'Hi', color: '#bbf7d0' },
      ORIGIN,
    );

    const rects = rectsOf(inputFor(store), 0, 0);
    const channelRow = layout.rows.find((row) => row.kind === 'channel' && row.channelId === step.channelId)!;
    const cardX = columnX(0) + CELL_PADDING;
    expect(rects).toContainEqual({
      x: cardX,
      y: channelRow.y + CELL_PADDING,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fill: THEME.card,
      stroke: step.momentOfTruth ? THEME.danger : THEME.cardBorder,
      strokeWidth: step.momentOfTruth ? 2 : 1,
    });
    const notes = store.getStructure().cellNotes.get(cellKey(firstStepId, lane.laneId)) ?? [];
    const offset = noteOffset(notes.indexOf(note.id), lane.field !== null);
    expect(rects).toContainEqual(
      expect.objectContaining({ x: columnX(0) + offset.x, y: lane.y + offset.y, fill: '#bbf7d0' }),
    );
    // Only the asked-for column: every rectangle lies within column 0.
    for (const rect of rects) {
      expect(rect.x).toBeGreaterThanOrEqual(columnX(0));
      expect(rect.x + rect.width).toBeLessThanOrEqual(columnX(1));
    }
  });

  it('marks moments of truth, hides the dragged step and follows the columns asked for', () => {
    const { doc, store } = board();
    const [first, second] = store.getStructure().stepIds;
    const danger = (input: OverviewInput) =>
      rectsOf(input).filter((rect) => rect.stroke === THEME.danger).length;
    const before = danger(inputFor(store));
    updateStep(
      doc,
      first!,
      { momentOfTruth: !store.getContent().steps.find((s) => s.id === first)?.momentOfTruth },
      ORIGIN,
    );
    const after = danger(inputFor(store));
    expect(Math.abs(after - before)).toBe(1);
    const truth = store.getContent().steps.find((s) => s.id === first)?.momentOfTruth;
    expect(danger({ ...inputFor(store), hiddenStepId: first! })).toBe(truth ? after - 1 : after);
    const secondOnly = rectsOf(inputFor(store), 1, 1);
    expect(secondOnly.every((rect) => rect.x >= columnX(1) && rect.x < columnX(2))).toBe(true);
    expect(second).toBeDefined();
    expect(overviewShapes(inputFor(store))).toHaveLength(store.getLayout().columns.length);
  });

  it('fills a note whose colour is not a plain hex colour with the default', () => {
    expect(noteFill('#123abc')).toBe('#123abc');
    expect(noteFill('url(javascript:alert(1))')).toBe(DEFAULT_NOTE_COLOUR);
  });
});

describe('drawOverview', () => {
  it('fills every rectangle, outlines the outlined ones and strokes one path per icon', () => {
    const log: string[] = [];
    const context = new Proxy({} as Record<string, unknown>, {
      get: (target, name) =>
        name in target
          ? target[name as string]
          : (...args: unknown[]) => log.push(`${String(name)}(${args.join(',')})`),
      set: (target, name, value) => {
        target[name as string] = value;
        log.push(`${String(name)}=${value}`);
        return true;
      },
    }) as unknown as OverviewContext;
    const column = (x: number) => ({
      rects: [
        { x, y: 2, width: 3, height: 4, fill: '#fff', stroke: '#000', strokeWidth: 2 },
        { x: x + 4, y: 6, width: 7, height: 8, fill: '#f00', stroke: null, strokeWidth: 0 },
      ],
      icons: [{ x: x + 9, y: 20, size: 12, glyph: [{ kind: 'circle' as const, cx: 12, cy: 12, r: 4 }] }],
      texts: [{ x: x + 1, y: 30, text: `Summary ${x}` }],
    });
    // Three columns, of which only the middle one is in view.
    drawOverview(context, [column(-100), column(1), column(500)], 1, 1);
    expect(log.filter((entry) => entry.startsWith('fillRect'))).toEqual([
      'fillRect(1,2,3,4)',
      'fillRect(5,6,7,8)',
    ]);
    expect(log.filter((entry) => entry.startsWith('strokeRect'))).toEqual(['strokeRect(1,2,3,4)']);
    expect(log).toContain('translate(10,20)');
    expect(log).toContain('scale(0.5,0.5)');
    expect(log.filter((entry) => entry === 'stroke()')).toHaveLength(1);
    expect(log.filter((entry) => entry.startsWith('fillText'))).toEqual(['fillText(Summary 1,2,30)']);
  });

  it('draws a bar where a summary would be too small to read on screen', () => {
    const log: string[] = [];
    const context = new Proxy({} as Record<string, unknown>, {
      get: (target, name) =>
        name === 'getTransform'
          ? () => ({ a: 0.05 })
          : name in target
            ? target[name as string]
            : (...args: unknown[]) => log.push(`${String(name)}(${args.join(',')})`),
      set: (target, name, value) => {
        target[name as string] = value;
        return true;
      },
    }) as unknown as OverviewContext;
    drawOverview(context, [{ rects: [], icons: [], texts: [{ x: 5, y: 10, text: 'Waits' }] }], 0, 0);
    expect(log.filter((entry) => entry.startsWith('fillText'))).toEqual([]);
    expect(log.filter((entry) => entry.startsWith('fillRect'))).toHaveLength(1);
  });
});

describe('overview summaries', () => {
  it('gives every lane field that holds text a one-line summary inside its cell, and none to empty ones', () => {
    const { store } = board();
    const input = inputFor(store);
    const shapes = overviewShapes(input);
    const layout = store.getLayout();
    const doing = layout.rows.find((row) => row.kind === 'lane' && row.field === 'doing')!;
    layout.columns.forEach((column, index) => {
      const step = column.stepId ? input.steps.get(column.stepId) : undefined;
      const inDoing = shapes[index]!.texts.filter(
        (text) => text.y >= doing.y && text.y < doing.y + doing.height,
      );
      if (!step?.doing.trim()) {
        expect(inDoing).toEqual([]);
        return;
      }
      expect(inDoing).toHaveLength(1);
      const [summary] = inDoing;
      expect(summary!.x).toBe(columnX(index) + CELL_PADDING);
      expect(estimateLine(summary!.text, SUMMARY_FONT_SIZE)).toBeLessThanOrEqual(SUMMARY_WIDTH);
      // The summary is the field's first words (with an ellipsis when cut).
      expect(step.doing.startsWith(summary!.text.replace(/…$/, ''))).toBe(true);
    });
  });
});

describe('BoardStore content', () => {
  it('replaces the content snapshot when a note is edited, which the structure does not follow', () => {
    const { doc, store } = board();
    const stepId = store.getStructure().stepIds[0]!;
    const lane = store.getLayout().rows.find((row) => row.kind === 'lane')!;
    if (lane.kind !== 'lane') throw new Error('a lane row');
    const note = addNote(doc, { stepId, laneId: lane.laneId, text: 'x', color: '#ffffff' }, ORIGIN);
    let told = 0;
    store.subscribeContent(() => {
      told += 1;
    });
    const before = store.getContent();
    const structure = store.getStructure();
    updateNote(doc, note.id, { color: '#000000' }, ORIGIN);
    expect(told).toBe(1);
    expect(store.getContent()).not.toBe(before);
    expect(store.getContent().notes.find((each) => each.id === note.id)?.color).toBe('#000000');
    expect(store.getStructure()).toBe(structure);
  });
});

describe('lazyOverviewShapes', () => {
  it('gives the same columns as overviewShapes, building each once, only when sliced', () => {
    const { store } = board();
    const input = inputFor(store);
    const whole = overviewShapes(input);
    let measured = 0;
    const lazy = lazyOverviewShapes({
      ...input,
      measure: (text, size) => {
        measured += 1;
        return estimateLine(text, size);
      },
    });
    expect(measured).toBe(0);
    const some = lazy.slice(1, 3);
    expect(some).toEqual(whole.slice(1, 3));
    const afterFirst = measured;
    expect(lazy.slice(1, 3)[0]).toBe(some[0]);
    expect(measured).toBe(afterFirst);
    expect(lazy.slice(-4, 10_000)).toEqual(whole);
  });

  it('builds an empty column past the board, as for a column without a step', () => {
    const { store } = board();
    const input = inputFor(store);
    expect(overviewColumn(input, input.layout.columns.length + 5)).toEqual({
      rects: [],
      icons: [],
      texts: [],
    });
  });
});
