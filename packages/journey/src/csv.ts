import { emotionCurve } from './analytics/curve';
import { type MeasuredCells, measuredByStep } from './analytics/measured';
import { EMOTIONS } from './emotions';
import { journeySteps } from './read';
import type { BoardSnapshot } from './types';

export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * Prefix text cells a spreadsheet could run as a formula with an apostrophe so it shows them as text
   * (CSV injection; see `mayRunAsFormula`). Default true.
   */
  readonly guardFormulas?: boolean;
  /** Start with a UTF-8 byte-order mark so spreadsheets detect the encoding. Default true. */
  readonly bom?: boolean;
}

/** Whitespace of any kind (tab, CR, LF, space, no-break space, ideographic space…), invisible format characters, the minus sign. */
const BLANK_OR_INVISIBLE = /^[\p{White_Space}\p{Cf}\u2212]/u;

/**
 * Whether a spreadsheet could read a text cell as a formula: it starts with = + - @, or with a character
 * that folds to one of them (full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣ ﹫, which some spreadsheets accept), or
 * with whitespace or an invisible character (which some skip before a formula).
 */
export function mayRunAsFormula(text: string): boolean {
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return BLANK_OR_INVISIBLE.test(char) || /^[=+\-@]/.test(char.normalize('NFKC'));
}

/** One field, quoted per RFC 4180 when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvField(value: string | number | boolean | null | undefined, guardFormulas = true): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (guardFormulas && typeof value === 'string' && mayRunAsFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: CRLF line breaks (RFC 4180), optional BOM. */
export function toCsv(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  options: CsvOptions = {},
): string {
  const guard = options.guardFormulas ?? true;
  const body = rows.map((row) => row.map((cell) => csvField(cell, guard)).join(',')).join('\r\n');
  return `${options.bom === false ? '' : CSV_BOM}${body}\r\n`;
}

export const STEP_CSV_COLUMNS = [
  'Journey',
  'Stage',
  'Step #',
  'Step',
  'Description',
  'Channel',
  'Owner',
  'Duration (minutes)',
  'People',
  'Systems, tools & documents',
  'Doing',
  'Thinking',
  'Feeling',
  'Emotion',
  'Score',
  'Participants mean',
  'Participants min',
  'Participants max',
  'Ratings',
  'Moment of truth',
  'Notes',
  'Sticky notes',
  'Measured responses',
  'Measured mean',
  'Measured median',
] as const;

export interface StepsCsvOptions extends CsvOptions {
  /** Customers' published aggregates (`readFeedbackResults(session).cells`): all-time measured columns. */
  readonly measured?: MeasuredCells;
}

const round1 = (n: number | undefined) => (n === undefined ? '' : Math.round(n * 10) / 10);

/** The steps of one journey (or of all journeys) with all their fields, one row per step. */
export function stepsToCsv(board: BoardSnapshot, journeyId?: string, options: StepsCsvOptions = {}): string {
  const journeys = board.journeys.filter((j) => journeyId === undefined || j.id === journeyId);
  const stageTitle = new Map(board.stages.map((s) => [s.id, s.title]));
  const channelName = new Map(board.channels.map((c) => [c.id, c.name]));
  const laneTitle = new Map(board.lanes.map((l) => [l.id, l.title]));
  const measured = measuredByStep(options.measured ?? new Map());
  const rows: (string | number | boolean | null)[][] = [[...STEP_CSV_COLUMNS]];
  for (const journey of journeys) {
    const curve = new Map(emotionCurve(board, journey.id).map((p) => [p.stepId, p]));
    journeySteps(board, journey.id).forEach((step, i) => {
      const stats = curve.get(step.id)?.participants ?? undefined;
      const customers = measured.get(step.id);
      const stickies = board.notes
        .filter((n) => n.stepId === step.id)
        .map((n) => `${laneTitle.get(n.laneId) ?? ''}: ${n.text}`)
        .join('\n');
      rows.push([
        journey.name,
        step.stageId ? (stageTitle.get(step.stageId) ?? '') : '',
        i + 1,
        step.title,
        step.description,
        step.channelId ? (channelName.get(step.channelId) ?? '') : '',
        step.owner,
        step.durationMinutes,
        step.people.join('; '),
        step.systems.join('; '),
        step.doing,
        step.thinking,
        step.feeling,
        step.emotion ? `${EMOTIONS[step.emotion].emoji} ${EMOTIONS[step.emotion].name}` : '',
        step.score,
        round1(stats?.mean),
        stats?.min ?? '',
        stats?.max ?? '',
        stats?.count ?? 0,
        step.momentOfTruth ? 'yes' : 'no',
        step.notes,
        stickies,
        customers?.n ?? 0,
        customers ? Math.round(customers.mean * 100) / 100 : '',
        customers ? Math.round(customers.median * 100) / 100 : '',
      ]);
    });
  }
  return toCsv(rows, options);
}

export const ACTION_PLAN_CSV_COLUMNS = [
  'Action',
  'Description',
  'Steps',
  'Owner',
  'Deadline',
  'Priority',
  'Status',
  'Votes',
] as const;

/** The action plan: opportunities, highest priority first, then by board order. */
export function actionPlanToCsv(board: BoardSnapshot, options: CsvOptions = {}): string {
  const stepTitle = new Map(board.steps.map((s) => [s.id, s.title]));
  const rank = { high: 0, medium: 1, low: 2 } as const;
  const items = board.opportunities
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank[a.o.priority] - rank[b.o.priority] || a.i - b.i)
    .map(({ o }) => o);
  const rows: (string | number | null)[][] = [[...ACTION_PLAN_CSV_COLUMNS]];
  for (const o of items) {
    rows.push([
      o.title,
      o.description,
      o.stepIds.map((id) => stepTitle.get(id) ?? id).join('; '),
      o.owner,
      o.deadline,
      o.priority,
      o.status,
      o.votes,
    ]);
  }
  return toCsv(rows, options);
}
