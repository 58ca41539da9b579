import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import {
  ACTION_PLAN_CSV_COLUMNS,
  actionPlanToCsv,
  CSV_BOM,
  csvField,
  mayRunAsFormula,
  STEP_CSV_COLUMNS,
  stepsToCsv,
  toCsv,
} from './csv';
import { ENGLISH_ACTION_PLAN_CSV_LABELS, ENGLISH_STEPS_CSV_LABELS } from './csv-labels';
import { setRating } from './ratings';
import { readBoard } from './read';
import { updateStep } from './steps';

/** A strict RFC 4180 parser, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '"' || ch === '\n' || ch === '\r')
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else field += ch;
    i++;
  }
  if (field !== '' || row.length) throw new Error('missing final CRLF');
  return rows;
}

describe('csvField quoting (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['"', '""""'],
    ['', ''],
    ['émoji 😤, ok', '"émoji 😤, ok"'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input, false)).toBe(expected);
  });

  test('numbers, booleans and empty values', () => {
    expect(csvField(7)).toBe('7');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  test('formula-looking text is defused unless disabled', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-2', false)).toBe('-2');
    expect(csvField(-2)).toBe('-2');
  });

  test('toCsv: BOM, CRLF rows, optional BOM', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', 'x,y'],
      ]),
    ).toBe(`${CSV_BOM}a,b\r\n1,"x,y"\r\n`);
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });
});

describe('formula guard (CSV injection)', () => {
  /** What a spreadsheet reads for one written field. */
  const cell = (value: string) => parseCsv(`${csvField(value)}\r\n`)[0]?.[0];
  const DANGEROUS_STARTS = [
    ...['=', '+', '-', '@', '\t', '\r', '\n'],
    // Whitespace a spreadsheet may skip before a formula: space, no-break space, ideographic space, others.
    ...[' ', '\u00a0', '\u3000', '\u2003', '\u202f', '\u000b', '\u000c', '\u0085', '\u2028'],
    // Invisible format characters: zero-width space, BOM, left-to-right mark.
    ...['\u200b', '\ufeff', '\u200e'],
    // Full-width and small forms of = + - @, and the minus sign.
    ...['\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b', '\u2212'],
    // Spacing accents, whose compatibility form is a space and a combining mark: breve, acute, diaeresis.
    ...['\u02d8', '\u00b4', '\u00a8'],
  ];

  test.each([
    [' =1+1', "' =1+1"],
    ['\u00a0=HYPERLINK("x")', '\'\u00a0=HYPERLINK("x")'],
    ['＝1+1', "'＝1+1"],
    ['＋CMD', "'＋CMD"],
    ['－2', "'－2"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('%j is read as the text %j', (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  test('ordinary text, numbers and empty cells are left as they are', () => {
    for (const text of ['Sign up', 'a=b', 'e-mail', '1-2', '€5', 'Ünïcode', '"quoted"', '']) {
      expect(cell(text)).toBe(text);
    }
  });

  test('any text starting with a dangerous character is read back as that text behind an apostrophe', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DANGEROUS_STARTS),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (start, rest) => {
          expect(mayRunAsFormula(start + rest)).toBe(true);
          expect(cell(start + rest)).toBe(`'${start}${rest}`);
        },
      ),
    );
  });

  test('no first character a spreadsheet folds to = + - @ or whitespace is left unguarded (every code point)', () => {
    const unguarded: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (!mayRunAsFormula(char) && /^[=+\-@\s]/u.test(char.normalize('NFKC')))
        unguarded.push(code.toString(16));
    }
    expect(unguarded).toEqual([]);
  });

  test('every text reads back exactly, or behind an apostrophe exactly when it may run as a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(cell(text)).toBe(mayRunAsFormula(text) ? `'${text}` : text);
        // What is left unguarded starts with none of = + - @ in any form a spreadsheet folds to them.
        if (!mayRunAsFormula(text) && text.length > 0) {
          expect(/^[=+\-@\s]/u.test(text.normalize('NFKC'))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('steps and action plan exports', () => {
  test('the steps CSV has every field and parses back to the same cells', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'password-reset');
    updateStep(doc, 'pr-step-01', { title: 'Cannot log in, "again"', notes: 'line 1\nline 2' }, 'x');
    setRating(doc, { stepId: 'pr-step-01', participantId: 'a', score: 2 }, 'x');
    setRating(doc, { stepId: 'pr-step-01', participantId: 'b', score: 3 }, 'x');
    const csv = stepsToCsv(readBoard(doc), 'journey-current');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...STEP_CSV_COLUMNS]);
    expect(rows).toHaveLength(12);
    const first = Object.fromEntries(STEP_CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).toMatchObject({
      Journey: 'Current state',
      Stage: 'Locked out',
      'Step #': '1',
      Step: 'Cannot log in, "again"',
      Channel: 'Workstation login',
      'Duration (minutes)': '2',
      Emotion: '😕 Confused',
      Score: '4',
      'Participants mean': '2.5',
      'Participants min': '2',
      'Participants max': '3',
      Ratings: '2',
      'Moment of truth': 'no',
      Notes: 'line 1\nline 2',
    });
    const locked = Object.fromEntries(STEP_CSV_COLUMNS.map((c, i) => [c, rows[10]![i]]));
    expect(locked).toMatchObject({ 'Step #': '10', Score: '1', 'Moment of truth': 'yes', Channel: 'Email' });
    expect(locked['Sticky notes']).toContain('Pain points: Reset link goes to the mailbox');
    expect(locked['Systems, tools & documents']).toBe('Password reset tool; Email');
  });

  test('all journeys when none is named', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'onboarding');
    expect(parseCsv(stepsToCsv(readBoard(doc)).slice(1))).toHaveLength(14);
  });

  test('the action plan lists opportunities by priority with linked step titles', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'password-reset');
    const rows = parseCsv(actionPlanToCsv(readBoard(doc)).slice(1));
    expect(rows[0]).toEqual([...ACTION_PLAN_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[5])).toEqual(['high', 'high', 'medium', 'low']);
    expect(rows[1]?.[2]).toBe('Asked to open an email they cannot reach');
    expect(rows[3]?.[2]).toBe('Searches "password not working"; Search finds nothing useful');
  });

  test('headers and coded values come in the words the exporter passes (the board’s language)', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'password-reset');
    const board = readBoard(doc);
    const upper = <K extends string>(words: Readonly<Record<K, string>>) =>
      Object.fromEntries(Object.entries(words).map(([k, v]) => [k, String(v).toUpperCase()])) as Record<
        K,
        string
      >;
    const steps = parseCsv(
      stepsToCsv(board, 'journey-current', {
        labels: {
          columns: upper(ENGLISH_STEPS_CSV_LABELS.columns),
          yes: 'ja',
          no: 'nee',
          emotions: upper(ENGLISH_STEPS_CSV_LABELS.emotions),
        },
      }).slice(1),
    );
    expect(steps[0]).toEqual(STEP_CSV_COLUMNS.map((c) => c.toUpperCase()));
    expect(steps[1]?.[13]).toBe('😕 CONFUSED');
    expect(steps[10]?.[19]).toBe('ja');
    expect(steps[1]?.[19]).toBe('nee');
    const plan = parseCsv(
      actionPlanToCsv(board, {
        labels: {
          columns: upper(ENGLISH_ACTION_PLAN_CSV_LABELS.columns),
          priorities: { low: 'laag', medium: 'gemiddeld', high: 'hoog' },
          statuses: upper(ENGLISH_ACTION_PLAN_CSV_LABELS.statuses),
        },
      }).slice(1),
    );
    expect(plan[0]).toEqual(ACTION_PLAN_CSV_COLUMNS.map((c) => c.toUpperCase()));
    expect(plan.slice(1).map((r) => r[5])).toEqual(['hoog', 'hoog', 'gemiddeld', 'laag']);
  });
});
