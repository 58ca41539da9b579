import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { aggregateFeedback, type MeasuredRating } from './analytics/measured';
import { createBoard } from './board';
import { CSV_BOM, STEP_CSV_COLUMNS, stepsToCsv } from './csv';
import { exportBoard, parseBoardExport } from './json';
import { ALL_TIME, MEASURED_CSV_COLUMNS, measuredToCsv } from './measured-csv';
import { type MeasuredSources, measuredExport } from './measured-export';
import { readBoard } from './read';
import type { ServiceDeskFigure } from './service-desk/figure-schema';
import { updateStep } from './steps';

const at = (day: string) => Date.parse(`${day}T12:00:00Z`);

function boardDoc() {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  return doc;
}

const RATINGS: MeasuredRating[] = [
  { stepId: 'pr-step-01', score: 2, at: at('2026-03-02') },
  { stepId: 'pr-step-01', score: 4, at: at('2026-03-20') },
  { stepId: 'pr-step-01', score: 9, at: at('2026-04-01') },
  { stepId: 'pr-step-02', score: 7, at: at('2026-04-03') },
  // A step no longer on the board: left out of every export.
  { stepId: 'gone', score: 1, at: at('2026-04-03') },
];

const FIGURE: ServiceDeskFigure = {
  volume: 40,
  medianFirstResponseMinutes: 12.5,
  medianResolutionMinutes: 300,
  csat: 75,
  csatResponses: 8,
};

function sources(ratings = RATINGS): MeasuredSources {
  return {
    cells: aggregateFeedback(ratings),
    responses: 3,
    serviceDesk: new Map([['pr-step-02', new Map([['2026-02', FIGURE]])]]),
  };
}

describe('measured export', () => {
  test('per step, all time and per month, with the service desk’s months, in journey order', () => {
    const board = readBoard(boardDoc());
    const out = measuredExport(board, sources());
    expect(out.responses).toBe(3);
    expect(out.steps.map((s) => s.stepId)).toEqual(['pr-step-01', 'pr-step-02']);
    const [first, second] = out.steps;
    expect(first!.all).toMatchObject({ n: 3, mean: 5, median: 4, min: 2, max: 9 });
    expect(first!.months.map((m) => [m.period, m.stats.n, m.stats.mean])).toEqual([
      ['2026-03', 2, 3],
      ['2026-04', 1, 9],
    ]);
    expect(first!.serviceDesk).toEqual([]);
    expect(second!.all).toMatchObject({ n: 1, mean: 7 });
    expect(second!.serviceDesk).toEqual([{ period: '2026-02', ...FIGURE }]);
  });

  test('the same whatever order the responses came in', () => {
    const board = readBoard(boardDoc());
    fc.assert(
      fc.property(fc.shuffledSubarray(RATINGS, { minLength: RATINGS.length }), (shuffled) => {
        expect(measuredExport(board, sources(shuffled))).toEqual(measuredExport(board, sources()));
      }),
      { numRuns: 50 },
    );
  });

  test('the JSON export carries it; importing that file ignores it, and old files import as before', () => {
    const board = readBoard(boardDoc());
    const measured = measuredExport(board, sources());
    const withMeasured = JSON.parse(JSON.stringify(exportBoard(board, { measured })));
    expect(withMeasured.measured).toEqual(JSON.parse(JSON.stringify(measured)));
    expect('measured' in exportBoard(board)).toBe(false);
    const imported = parseBoardExport(withMeasured);
    const plain = parseBoardExport(JSON.parse(JSON.stringify(exportBoard(board))));
    expect(imported.ok && plain.ok).toBe(true);
    if (imported.ok && plain.ok) {
      expect(imported.board).toEqual(plain.board);
      expect('measured' in imported.board).toBe(false);
    }
  });
});

describe('measured CSV', () => {
  const lines = (csv: string) => csv.slice(CSV_BOM.length).split('\r\n').filter(Boolean);

  test('one row per step and period: all time first, then months oldest first', () => {
    const csv = measuredToCsv(readBoard(boardDoc()), sources());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = lines(csv).map((line) => line.split(','));
    expect(rows[0]).toEqual([...MEASURED_CSV_COLUMNS]);
    const cells = rows.slice(1).map((r) => Object.fromEntries(MEASURED_CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(cells.map((c) => [c['Step #'], c.Period, c.Responses, c.Mean, c.Median, c.Tickets])).toEqual([
      ['1', ALL_TIME, '3', '5', '4', ''],
      ['1', '2026-03', '2', '3', '3', ''],
      ['1', '2026-04', '1', '9', '9', ''],
      ['2', ALL_TIME, '1', '7', '7', '40'],
      ['2', '2026-02', '', '', '', '40'],
      ['2', '2026-04', '1', '7', '7', ''],
    ]);
    expect(cells[4]).toMatchObject({
      'Median first response (minutes)': '12.5',
      'Median resolution (minutes)': '300',
      'CSAT %': '75',
      'CSAT answers': '8',
    });
    expect(cells[0]).toMatchObject({ Q1: '3', Q3: '6.5', Min: '2', Max: '9' });
  });

  test('a step title that a spreadsheet would run as a formula is shown as text', () => {
    const doc = boardDoc();
    updateStep(doc, 'pr-step-01', { title: '=HYPERLINK("http://evil")' }, 'x');
    const csv = measuredToCsv(readBoard(doc), sources());
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test('the steps CSV has the all-time measured figures per step', () => {
    const csv = stepsToCsv(readBoard(boardDoc()), 'journey-current', { measured: sources().cells });
    // The last three columns of each row (no quoted field in them; multi-line fields break with LF only).
    const tail = (line: string) => line.split(',').slice(-3);
    expect(tail(lines(csv)[0]!)).toEqual(STEP_CSV_COLUMNS.slice(-3));
    expect(STEP_CSV_COLUMNS.slice(-3)).toEqual(['Measured responses', 'Measured mean', 'Measured median']);
    const rows = lines(csv).slice(1);
    expect(tail(rows[0]!)).toEqual(['3', '5', '4']);
    expect(tail(rows[2]!)).toEqual(['0', '', '']);
    // Without aggregates the columns are there, with no responses.
    const none = lines(stepsToCsv(readBoard(boardDoc()), 'journey-current'));
    expect(tail(none[1]!)).toEqual(['0', '', '']);
  });
});
