import { type BoardSnapshot, createBoard, readBoard } from '@journeyboard/journey';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { t } from '../i18n/i18n';
import { translatorFor } from '../i18n/translator-for';
import type { BoardWords } from './board-words';
import { posterWords } from './export-pdf';
import {
  journeyLine,
  POSTER_MARGIN,
  POSTER_MIN_WIDTH,
  type PosterFacts,
  posterFacts,
  posterLayout,
} from './poster-layout';
import { fitLine, type Measure } from './poster-text';

const measure: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);

function onboarding(): BoardSnapshot {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  return readBoard(doc);
}

const DATE = new Date('2026-03-04T10:00:00Z');
const ENGLISH: BoardWords = { language: 'en', t };

describe('journeyLine', () => {
  it('names the journey and its kind, once', async () => {
    const dutch: BoardWords = { language: 'nl', t: await translatorFor('nl') };
    expect(journeyLine({ name: 'Current state', kind: 'current' }, ENGLISH)).toBe('Current state');
    expect(journeyLine({ name: '  current   STATE 2025 ', kind: 'current' }, ENGLISH)).toBe(
      'current   STATE 2025',
    );
    expect(journeyLine({ name: 'Huidige situatie', kind: 'current' }, dutch)).toBe('Huidige situatie');
    expect(journeyLine({ name: 'Gewenste situatie', kind: 'future' }, dutch)).toBe('Gewenste situatie');
    expect(journeyLine({ name: 'Onboarding', kind: 'current' }, ENGLISH)).toBe('Onboarding (current state)');
    expect(journeyLine({ name: 'Onboarding 2027', kind: 'future' }, dutch)).toBe(
      'Onboarding 2027 (gewenste situatie)',
    );
    // A name saying another kind is no reason to leave this one's out.
    expect(journeyLine({ name: 'Current state', kind: 'future' }, ENGLISH)).toBe(
      'Current state (future state)',
    );
    expect(journeyLine({ name: ' ', kind: 'future' }, ENGLISH)).toBe('Future state');
  });
});

describe('posterFacts', () => {
  it('names the journey, its persona, goal and the export date', () => {
    const board = onboarding();
    const facts = posterFacts({ board, journeyId: null, personaId: null, date: DATE, words: ENGLISH });
    expect(facts.title).toBe(board.meta.title);
    expect(facts.persona).toContain(`Persona: ${board.personas[0]!.name}`);
    expect(facts.goal).toBe(`Goal: ${board.meta.goal}`);
    expect(facts.details).toContain('Exported 2026-03-04');
    // The template's journey is called "Current state": said once, not "Current state (current state)".
    expect(facts.details).toMatch(/^Current state {2}·/);
    expect(facts.date).toBe('2026-03-04');
  });

  it('leaves out what the board does not have', () => {
    const board = onboarding();
    const bare = { ...board, personas: [], meta: { ...board.meta, title: ' ', goal: '', targetScore: null } };
    const facts = posterFacts({ board: bare, journeyId: null, personaId: null, date: DATE, words: ENGLISH });
    expect(facts.title).toBe('Customer journey');
    expect(facts.persona).toBeNull();
    expect(facts.goal).toBeNull();
    expect(facts.details).not.toContain('Target');
  });

  it('speaks the board’s language: a Dutch board’s poster is Dutch whoever exports it', async () => {
    const doc = new Y.Doc();
    createBoard(doc, 'onboarding', 'x', 'nl');
    const board = readBoard(doc);
    const dutch: BoardWords = { language: 'nl', t: await translatorFor('nl') };
    const facts = posterFacts({ board, journeyId: null, personaId: null, date: DATE, words: dutch });
    expect(facts.goal).toBe(`Doel: ${board.meta.goal}`);
    expect(facts.details).toContain('Geëxporteerd op 2026-03-04');
    expect(facts.details).toMatch(/^Huidige situatie {2}·/);
    expect(facts.details.toLowerCase().split('huidige situatie')).toHaveLength(2);
    const layout = posterLayout({
      facts,
      boardWidth: 2000,
      boardHeight: 900,
      channels: CHANNELS,
      targetScore: 7,
      measure,
      t: dutch.t,
    });
    expect(layout.legend.title.text).toBe('Legenda');
    expect(layout.legend.items.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Streefscore (7)', 'Plakbriefje', 'Moment van de waarheid (rode rand)']),
    );
  });
});

const FACTS: PosterFacts = {
  title: 'My new job',
  persona: 'Persona: Sam, new hire',
  goal: 'Goal: be productive',
  details: 'Current state  ·  Exported 2026-03-04',
  date: '2026-03-04',
};
const CHANNELS = [
  { name: 'Email', color: '#2563eb' },
  { name: 'Phone', color: '#16a34a' },
];

describe('posterLayout', () => {
  it('puts the header above the board and the legend below, all inside the poster', () => {
    const layout = posterLayout({
      facts: FACTS,
      boardWidth: 3000,
      boardHeight: 1500,
      channels: CHANNELS,
      targetScore: 7,
      measure,
      t,
    });
    expect(layout.width).toBe(3000 + 2 * POSTER_MARGIN);
    expect(layout.header.lines.map((l) => l.text)).toEqual([
      FACTS.title,
      FACTS.persona,
      FACTS.goal,
      FACTS.details,
    ]);
    const lastLine = layout.header.lines.at(-1)!;
    expect(lastLine.y + lastLine.fontSize).toBeLessThanOrEqual(layout.board.y);
    expect(layout.legend.y).toBeGreaterThanOrEqual(layout.board.y + layout.board.height);
    expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(layout.height);
    const labels = layout.legend.items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Email', 'Phone', 'Target score (7)']));
    expect(labels.some((label) => label.startsWith('Emotion score'))).toBe(true);
    expect(labels.some((label) => label.startsWith('Moment of truth'))).toBe(true);
  });

  it('gives a narrow board a poster wide enough for its header, and no target without one', () => {
    const layout = posterLayout({
      facts: FACTS,
      boardWidth: 400,
      boardHeight: 300,
      channels: [],
      targetScore: null,
      measure,
      t,
    });
    expect(layout.width).toBe(POSTER_MIN_WIDTH);
    expect(layout.legend.items.some((item) => item.symbol.kind === 'target')).toBe(false);
  });

  it('flows legend items into rows that never run past the margin, and cuts long header lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string({ maxLength: 60 }), color: fc.constant('#123456') }), {
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.string({ maxLength: 400 }),
        (channels, boardWidth, goal) => {
          const layout = posterLayout({
            facts: { ...FACTS, goal: `Goal: ${goal}` },
            boardWidth,
            boardHeight: 800,
            channels,
            targetScore: 5,
            measure,
            t,
          });
          const right = layout.width - layout.margin;
          for (const item of layout.legend.items) {
            expect(item.x).toBeGreaterThanOrEqual(layout.margin);
            // Every label's box ends inside the margin (an over-long label is cut to its box).
            expect(item.x + item.symbolWidth + 8 + item.labelWidth).toBeLessThanOrEqual(right + 2);
          }
          for (const line of layout.header.lines)
            expect(measure(line.text, line.fontSize, line.bold)).toBeLessThanOrEqual(right - layout.margin);
        },
      ),
      // Found by fast-check: a label's rounded-up box once ran 0.2 past the margin.
      {
        examples: [
          [
            [
              { name: '!!', color: '#123456' },
              { name: '', color: '#123456' },
            ],
            0,
            '',
          ],
        ],
      },
    );
  });
});

describe('fitLine', () => {
  it('keeps a line that fits and ends a cut one with an ellipsis', () => {
    expect(fitLine('Short', 100, 10, false, measure)).toBe('Short');
    const cut = fitLine('A goal far too long for the poster', 100, 10, false, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, 10, false)).toBeLessThanOrEqual(100);
  });
});

describe('posterWords', () => {
  it('lists the header and legend words the PDF lays over its image', () => {
    const layout = posterLayout({
      facts: FACTS,
      boardWidth: 2000,
      boardHeight: 900,
      channels: CHANNELS,
      targetScore: null,
      measure,
      t,
    });
    const words = posterWords(layout).map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining([FACTS.title, FACTS.goal, 'Legend', 'Email', 'Phone']));
  });
});
