import type { MeasuredStats } from './analytics/measured-stats';
import { type CsvOptions, toCsv } from './csv';
import { ENGLISH_MEASURED_CSV_LABELS, MEASURED_CSV_COLUMN_IDS, type MeasuredCsvLabels } from './csv-labels';
import { type MeasuredSources, measuredExport, type ServiceDeskPeriod } from './measured-export';
import { journeySteps } from './read';
import type { BoardSnapshot } from './types';

// The measured figures as a spreadsheet reads them best: one row per step and period ("All time" first,
// then each month oldest first), customers' ratings and the service desk's figures side by side.

/** The measured CSV's English header (the relay's export API; clients pass the board's language). */
export const MEASURED_CSV_COLUMNS: readonly string[] = MEASURED_CSV_COLUMN_IDS.map(
  (id) => ENGLISH_MEASURED_CSV_LABELS.columns[id],
);

export const ALL_TIME = ENGLISH_MEASURED_CSV_LABELS.allTime;

export interface MeasuredCsvOptions extends CsvOptions {
  /** Headers and the "All time" period in the board's language; English when absent. */
  readonly labels?: MeasuredCsvLabels;
}

type Cell = string | number | null;

const round2 = (n: number) => Math.round(n * 100) / 100;

function statsCells(stats: MeasuredStats | null | undefined): Cell[] {
  if (!stats) return ['', '', '', '', '', '', '', ''];
  return [
    stats.n,
    round2(stats.mean),
    round2(stats.median),
    round2(stats.q1),
    round2(stats.q3),
    round2(stats.std),
    stats.min,
    stats.max,
  ];
}

function deskCells(figure: ServiceDeskPeriod | undefined): Cell[] {
  if (!figure) return ['', '', '', '', ''];
  return [
    figure.volume,
    figure.medianFirstResponseMinutes,
    figure.medianResolutionMinutes,
    figure.csat,
    figure.csatResponses,
  ];
}

/** Customers' measured ratings and service-desk figures per step and period (steps with any). */
export function measuredToCsv(
  board: BoardSnapshot,
  sources: MeasuredSources,
  options: MeasuredCsvOptions = {},
): string {
  const labels = options.labels ?? ENGLISH_MEASURED_CSV_LABELS;
  const journeyName = new Map(board.journeys.map((j) => [j.id, j.name]));
  const place = new Map<string, { index: number; title: string }>();
  for (const journey of board.journeys) {
    journeySteps(board, journey.id).forEach((step, i) => {
      place.set(step.id, { index: i + 1, title: step.title });
    });
  }
  const rows: Cell[][] = [MEASURED_CSV_COLUMN_IDS.map((id) => labels.columns[id])];
  for (const step of measuredExport(board, sources).steps) {
    const { index, title } = place.get(step.stepId)!;
    const head = [journeyName.get(step.journeyId) ?? '', index, title];
    const tickets = step.serviceDesk.reduce((sum, f) => sum + f.volume, 0);
    rows.push([
      ...head,
      labels.allTime,
      ...statsCells(step.all),
      step.serviceDesk.length ? tickets : '',
      '',
      '',
      '',
      '',
    ]);
    const stats = new Map(step.months.map((m) => [m.period, m.stats]));
    const desk = new Map(step.serviceDesk.map((f) => [f.period, f]));
    const periods = [...new Set([...stats.keys(), ...desk.keys()])].sort();
    for (const period of periods) {
      rows.push([...head, period, ...statsCells(stats.get(period)), ...deskCells(desk.get(period))]);
    }
  }
  return toCsv(rows, options);
}
