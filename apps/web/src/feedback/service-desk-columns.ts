import type { ServiceDeskFigure } from '@journeyboard/journey';
import { formatScore } from '../i18n/format';
import type { Translate } from '../i18n/i18n';

// What the canvas draws for imported service-desk figures, as pure functions: which steps in view have
// figures, the latest month of each (its period named), and the words at each level of detail. The
// outline and the canvas's text alternative say the same in sentences.

type Figures = ReadonlyMap<string, ReadonlyMap<string, ServiceDeskFigure>>;

/** One step's latest month of figures. */
export interface DeskPeriod {
  readonly month: string;
  readonly figure: ServiceDeskFigure;
}

/** What one step column shows under the curve. */
export interface DeskColumn extends DeskPeriod {
  readonly stepId: string;
  readonly column: number;
  /** The step's ticket volume as a share (0–1) of the busiest step's, for the far-zoom bar. */
  readonly share: number;
}

/** The latest month (`YYYY-MM`) a step has figures for, or null. */
export function latestPeriod(months: ReadonlyMap<string, ServiceDeskFigure> | undefined): DeskPeriod | null {
  let latest: DeskPeriod | null = null;
  for (const [month, figure] of months ?? []) {
    if (!latest || month > latest.month) latest = { month, figure };
  }
  return latest;
}

/**
 * The columns from `first` to `last` whose steps have figures, each with its latest month; the share of
 * volume is against the busiest step of the whole journey (so panning never rescales the bars).
 */
export function deskColumns(
  figures: Figures,
  points: readonly { readonly stepId: string; readonly column: number }[],
  first: number,
  last: number,
): DeskColumn[] {
  const latest = new Map<string, DeskPeriod>();
  let busiest = 0;
  for (const point of points) {
    const period = latestPeriod(figures.get(point.stepId));
    if (!period) continue;
    latest.set(point.stepId, period);
    busiest = Math.max(busiest, period.figure.volume);
  }
  const out: DeskColumn[] = [];
  for (const point of points) {
    const period = latest.get(point.stepId);
    if (!period || point.column < first || point.column > last) continue;
    out.push({
      stepId: point.stepId,
      column: point.column,
      ...period,
      share: busiest > 0 ? period.figure.volume / busiest : 0,
    });
  }
  return out;
}

/** A median time as the service desk reads it: minutes up to an hour and a half, hours up to two days. */
export function deskDuration(t: Translate, language: string, minutes: number | null): string {
  if (minutes === null) return '–';
  if (minutes < 90)
    return t('feedback.step.duration', { unit: 'minutes', value: String(Math.round(minutes)) });
  if (minutes < 48 * 60) {
    return t('feedback.step.duration', { unit: 'hours', value: formatScore(language, minutes / 60) });
  }
  return t('feedback.step.duration', { unit: 'days', value: formatScore(language, minutes / 1440) });
}

/** CSAT as a percentage, or a dash without answers. */
export function deskCsat(language: string, figure: ServiceDeskFigure): string {
  return figure.csat === null ? '–' : `${formatScore(language, figure.csat)}%`;
}

/** The lines a column's footer draws: all figures up close; volume and CSAT, larger, when zoomed out. */
export function deskLines(
  t: Translate,
  language: string,
  period: DeskPeriod,
  detail: 'full' | 'titles' | 'shapes',
): { readonly label: string | null; readonly lines: readonly string[] } {
  const { figure } = period;
  const tickets = t('feedback.desk.tickets', { volume: figure.volume });
  const csat = t('feedback.desk.csat', { csat: deskCsat(language, figure) });
  if (detail === 'shapes') return { label: null, lines: [] };
  if (detail === 'titles') return { label: null, lines: [tickets, csat] };
  return {
    label: t('feedback.desk.label', { month: period.month }),
    lines: [
      `${tickets} · ${csat}`,
      t('feedback.desk.wait', { time: deskDuration(t, language, figure.medianFirstResponseMinutes) }),
      t('feedback.desk.resolution', { time: deskDuration(t, language, figure.medianResolutionMinutes) }),
    ],
  };
}

/** One step's latest figures as one sentence (the outline's line for the step). */
export function deskSentence(t: Translate, language: string, period: DeskPeriod): string {
  const { figure } = period;
  return t('feedback.desk.sentence', {
    month: period.month,
    volume: figure.volume,
    first: deskDuration(t, language, figure.medianFirstResponseMinutes),
    resolved: deskDuration(t, language, figure.medianResolutionMinutes),
    csat: deskCsat(language, figure),
  });
}

/** What the canvas's text alternative says about the figures under the curve, or null without any. */
export function deskSummary(t: Translate, figures: Figures, stepIds: readonly string[]): string | null {
  const months = stepIds.map((id) => latestPeriod(figures.get(id))?.month).filter((m) => m !== undefined);
  if (months.length === 0) return null;
  // Months are `YYYY-MM`: the last in sorted order is the latest.
  const latest = [...months].sort().at(-1)!;
  return t('feedback.desk.summary', { count: months.length, month: latest });
}
