import { addAttachment, addNote, createBoard, readBoard, type StoredBlob } from '@journeyboard/journey';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildStructure } from '../canvas/board-structure';
import { t } from '../i18n/i18n';
import { posterWords } from './export-pdf';
import {
  EVIDENCE_THUMB_HEIGHT,
  EVIDENCE_THUMB_WIDTH,
  evidenceSection,
  fitInto,
  MAX_POSTER_EVIDENCE,
  type PosterEvidenceEntry,
  posterEvidenceEntries,
} from './poster-evidence';
import { posterLayout } from './poster-layout';
import type { Measure } from './poster-text';
import { loadPosterThumbs, type PosterThumb } from './poster-thumbs';

const measure: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);
const blob = (n: number, type: StoredBlob['type'] = 'image/png'): StoredBlob => ({
  hash: n.toString(16).padStart(64, '0'),
  type,
  size: 100,
  width: type === 'application/pdf' ? null : 40,
  height: type === 'application/pdf' ? null : 30,
});

function boardWithEvidence() {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  const before = readBoard(doc);
  const structure = buildStructure({ ...before, journeyId: null });
  const [first, second] = structure.stepIds;
  const origin = {};
  const note = addNote(
    doc,
    { stepId: first!, laneId: before.lanes[0]!.id, text: 'Laptop not ready on day one' },
    origin,
  );
  const persona = before.personas[0]!;
  // Added out of order: the poster shows them in the board's order.
  addAttachment(
    doc,
    { parent: { kind: 'step', id: second! }, blob: blob(3), caption: 'Second step' },
    origin,
  );
  addAttachment(
    doc,
    { parent: { kind: 'note', id: note.id }, blob: blob(2, 'application/pdf'), name: 'x.pdf' },
    origin,
  );
  addAttachment(doc, { parent: { kind: 'step', id: first! }, blob: blob(1), caption: 'First step' }, origin);
  addAttachment(doc, { parent: { kind: 'persona', id: persona.id }, blob: blob(4) }, origin);
  const board = readBoard(doc);
  return { board, structure: buildStructure({ ...board, journeyId: null }), first: first!, note };
}

describe('posterEvidenceEntries', () => {
  it('lists the steps’ and notes’ files in the board’s order, named after what they belong to', () => {
    const { board, structure, first, note } = boardWithEvidence();
    const entries = posterEvidenceEntries(board, structure, t);
    const firstTitle = board.steps.find((s) => s.id === first)!.title;
    expect(entries.map((e) => [e.hash.slice(-1), e.image, e.caption])).toEqual([
      ['1', true, 'First step'],
      ['2', false, 'x.pdf'],
      ['3', true, 'Second step'],
    ]);
    expect(entries[0]!.label).toBe(`1. ${firstTitle}`);
    expect(entries[1]!.label.startsWith(`Note on 1: ${note.text.slice(0, 10)}`)).toBe(true);
    expect(entries[2]!.label.startsWith('2. ')).toBe(true);
  });

  it('is empty for a board without files', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'onboarding');
    const board = readBoard(doc);
    expect(posterEvidenceEntries(board, buildStructure({ ...board, journeyId: null }), t)).toEqual([]);
  });
});

const entry = (i: number): PosterEvidenceEntry => ({
  hash: String(i),
  image: i % 3 !== 0,
  label: `${i}. A step with a rather long title that will not fit on one line of a tile`,
  caption: i % 2 ? '' : `Caption ${i}`,
});

describe('evidenceSection', () => {
  it('flows tiles in rows inside the width, never overlapping, at most the maximum, and says how many more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), fc.integer({ min: 150, max: 6000 }), (count, width) => {
        const entries = Array.from({ length: count }, (_, i) => entry(i));
        const section = evidenceSection({ entries, top: 500, left: 40, width, measure, t });
        if (count === 0) {
          expect(section).toBeNull();
          return;
        }
        expect(section).not.toBeNull();
        const { tiles, more, y, height } = section!;
        expect(tiles).toHaveLength(Math.min(count, MAX_POSTER_EVIDENCE));
        expect(tiles.map((tile) => tile.entry)).toEqual(entries.slice(0, tiles.length));
        expect(more !== null).toBe(count > MAX_POSTER_EVIDENCE);
        for (const [i, tile] of tiles.entries()) {
          expect(tile.x).toBeGreaterThanOrEqual(40);
          // At least one tile per row, however narrow; otherwise inside the width.
          if (tile.x > 40) expect(tile.x + EVIDENCE_THUMB_WIDTH).toBeLessThanOrEqual(40 + width);
          expect(tile.y).toBeGreaterThan(y);
          const bottom = (tile.caption ?? tile.label).y + tile.label.fontSize;
          expect(bottom).toBeLessThanOrEqual(y + height);
          expect(measure(tile.label.text, tile.label.fontSize, true)).toBeLessThanOrEqual(tile.label.width);
          const next = tiles[i + 1];
          if (next && next.y === tile.y) expect(next.x).toBeGreaterThanOrEqual(tile.x + EVIDENCE_THUMB_WIDTH);
          if (next && next.y !== tile.y) expect(next.y).toBeGreaterThanOrEqual(bottom);
        }
        if (more) expect(more.y + more.fontSize).toBeLessThanOrEqual(y + height);
      }),
    );
  });

  it('names the count and what is left out', () => {
    const entries = Array.from({ length: MAX_POSTER_EVIDENCE + 2 }, (_, i) => entry(i));
    const section = evidenceSection({ entries, top: 0, left: 0, width: 1200, measure: () => 0, t })!;
    expect(section.title.text).toBe(`Evidence (${MAX_POSTER_EVIDENCE + 2} files)`);
    expect(section.more?.text).toBe(
      '2 more files are not shown here: the board and its .zip export hold them all.',
    );
  });
});

describe('fitInto', () => {
  it('fits any image inside the box, centred, keeping its proportions', () => {
    const box = { x: 10, y: 20, width: EVIDENCE_THUMB_WIDTH, height: EVIDENCE_THUMB_HEIGHT };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (w, h) => {
        const placed = fitInto(box, w, h);
        expect(placed.x).toBeGreaterThanOrEqual(box.x - 1e-9);
        expect(placed.y).toBeGreaterThanOrEqual(box.y - 1e-9);
        expect(placed.x + placed.width).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(placed.y + placed.height).toBeLessThanOrEqual(box.y + box.height + 1e-9);
        expect(placed.width / placed.height).toBeCloseTo(w / h, 6);
        // It fills the box one way or the other.
        expect(Math.max(placed.width / box.width, placed.height / box.height)).toBeCloseTo(1, 6);
      }),
    );
    expect(fitInto(box, 0, 0)).toEqual(box);
  });
});

describe('the poster with evidence', () => {
  const base = {
    facts: { title: 'T', persona: null, goal: null, details: 'd', date: '2026-03-04' },
    boardWidth: 2000,
    boardHeight: 800,
    channels: [],
    targetScore: null,
    measure,
    t,
  };

  it('puts the evidence between the board and the legend; a board without files has no section', () => {
    const without = posterLayout(base);
    expect(without.evidence).toBeNull();
    const layout = posterLayout({ ...base, evidence: [entry(1), entry(2)] });
    const evidence = layout.evidence!;
    expect(evidence.y).toBeGreaterThanOrEqual(layout.board.y + layout.board.height);
    expect(layout.legend.y).toBeGreaterThanOrEqual(evidence.y + evidence.height);
    expect(layout.height).toBeGreaterThan(without.height);
    expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(layout.height);
    // The PDF's searchable words include the files' labels and captions.
    const words = posterWords(layout).map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining(['Evidence (2 files)', 'Caption 2']));
  });
});

describe('loadPosterThumbs', () => {
  const thumb = (width = 4, height = 3): PosterThumb => ({ image: {} as CanvasImageSource, width, height });

  it('fetches each thumbnail once, a few at a time; one that fails is null and the rest go on', async () => {
    let running = 0;
    let most = 0;
    const asked: string[] = [];
    const warn = console.warn;
    console.warn = () => {};
    try {
      const thumbs = await loadPosterThumbs(
        ['a', 'b', 'a', 'bad', 'c', 'empty', 'd'],
        async (hash) => {
          asked.push(hash);
          running++;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 1));
          running--;
          if (hash === 'bad') throw new Error('HTTP 404');
          return hash === 'empty' ? thumb(0, 0) : thumb();
        },
        () => {},
        { concurrency: 2 },
      );
      expect(asked.sort()).toEqual(['a', 'b', 'bad', 'c', 'd', 'empty']);
      expect(most).toBeLessThanOrEqual(2);
      expect(thumbs.get('bad')).toBeNull();
      expect(thumbs.get('empty')).toBeNull();
      expect(thumbs.get('a')).toMatchObject({ width: 4, height: 3 });
      expect(thumbs.size).toBe(6);
    } finally {
      console.warn = warn;
    }
  });

  it('goes on without a thumbnail that never arrives', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const thumbs = await loadPosterThumbs(
        ['slow'],
        () => new Promise<PosterThumb>(() => {}),
        () => {},
        {
          timeoutMs: 5,
        },
      );
      expect(thumbs.get('slow')).toBeNull();
    } finally {
      console.warn = warn;
    }
  });
});
