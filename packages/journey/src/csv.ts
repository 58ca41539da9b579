import { emotionCurve } from './analytics/curve';
import { type MeasuredCells, measuredByStep } from './analytics/measured';
import {
  ACTION_PLAN_CSV_COLUMN_IDS,
  type ActionPlanCsvLabels,
  ENGLISH_ACTION_PLAN_CSV_LABELS,
  ENGLISH_STEPS_CSV_LABELS,
  STEP_CSV_COLUMN_IDS,
  type StepsCsvLabels,
} from './csv-labels';
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
 * with whitespace or an invisible character (which some skip before a formula), or with a character whose
 * compatibility form starts with whitespace (spacing accents such as ˘ fold to a space and a combining mark).
 */
export function mayRunAsFormula(text: string): boolean {
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  const folded = char.normalize('NFKC');
  return BLANK_OR_INVISIBLE.test(char) || BLANK_OR_INVISIBLE.test(folded) || /^[=+\-@]/.test(folded);
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

/** The steps CSV's English header (the relay's export API; clients pass the board's language). */
export const STEP_CSV_COLUMNS: readonly string[] = STEP_CSV_COLUMN_IDS.map(
  (id) => ENGLISH_STEPS_CSV_LABELS.columns[id],
);

export interface StepsCsvOptions extends CsvOptions {
  /** Customers' published aggregates (`readFeedbackResults(session).cells`): all-time measured columns. */
  readonly measured?: MeasuredCells;
  /** Headers and coded values in the board's language; English when absent. */
  readonly labels?: StepsCsvLabels;
}

const round1 = (n: number | undefined) => (n === undefined ? '' : Math.round(n * 10) / 10);

/** The steps of one journey (or of all journeys) with all their fields, one row per step. */
export function stepsToCsv(board: BoardSnapshot, journeyId?: string, options: StepsCsvOptions = {}): string {
  const journeys = board.journeys.filter((j) => journeyId === undefined || j.id === journeyId);
  const stageTitle = new Map(board.stages.map((s) => [s.id, s.title]));
  const channelName = new Map(board.channels.map((c) => [c.id, c.name]));
  const laneTitle = new Map(board.lanes.map((l) => [l.id, l.title]));
  const measured = measuredByStep(options.measured ?? new Map());
  const labels = options.labels ?? ENGLISH_STEPS_CSV_LABELS;
  const rows: (string | number | boolean | null)[][] = [STEP_CSV_COLUMN_IDS.map((id) => labels.columns[id])];
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
        step.emotion ? `${EMOTIONS[step.emotion].emoji} ${labels.emotions[step.emotion]}` : '',
        step.score,
        round1(stats?.mean),
        stats?.min ?? '',
        stats?.max ?? '',
        stats?.count ?? 0,
        step.momentOfTruth ? labels.yes : labels.no,
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

/** The action plan CSV's English header (the relay's export API; clients pass the board's language). */
export const ACTION_PLAN_CSV_COLUMNS: readonly string[] = ACTION_PLAN_CSV_COLUMN_IDS.map(
  (id) => ENGLISH_ACTION_PLAN_CSV_LABELS.columns[id],
);

export interface ActionPlanCsvOptions extends CsvOptions {
  /** Headers, priorities and statuses in the board's language; English when absent. */
  readonly labels?: ActionPlanCsvLabels;
}

/** The action plan: opportunities, highest priority first, then by board order. */
export function actionPlanToCsv(board: BoardSnapshot, options: ActionPlanCsvOptions = {}): string {
  const labels = options.labels ?? ENGLISH_ACTION_PLAN_CSV_LABELS;
  const stepTitle = new Map(board.steps.map((s) => [s.id, s.title]));
  const rank = { high: 0, medium: 1, low: 2 } as const;
  const items = board.opportunities
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank[a.o.priority] - rank[b.o.priority] || a.i - b.i)
    .map(({ o }) => o);
  const rows: (string | number | null)[][] = [ACTION_PLAN_CSV_COLUMN_IDS.map((id) => labels.columns[id])];
  for (const o of items) {
    rows.push([
      o.title,
      o.description,
      o.stepIds.map((id) => stepTitle.get(id) ?? id).join('; '),
      o.owner,
      o.deadline,
      labels.priorities[o.priority],
      labels.statuses[o.status],
      o.votes,
    ]);
  }
  return toCsv(rows, options);
}
