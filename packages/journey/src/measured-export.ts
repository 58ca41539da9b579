import type * as Y from 'yjs';
import { type MeasuredCells, measuredByPeriod, measuredByStep } from './analytics/measured';
import type { MeasuredStats } from './analytics/measured-stats';
import { readFeedbackResults } from './feedback-results';
import { journeySteps } from './read';
import type { ServiceDeskFigure } from './service-desk/figure-schema';
import { readServiceDeskFigures } from './service-desk/figures';
import type { BoardSnapshot } from './types';

// What exports carry of the measured side of a board: customers' aggregates (published by the relay in
// the session document) and the service-desk figures (the content document's `serviceDesk` root), per
// step, for all time and per calendar month. Both are already visible to everyone on the board; pending
// customer comments are not part of either and never reach an export.

/** The measured data a board holds, as read from its documents. */
export interface MeasuredSources {
  readonly cells: MeasuredCells;
  /** Responses over every feedback link of the board. */
  readonly responses: number;
  readonly serviceDesk: ReadonlyMap<string, ReadonlyMap<string, ServiceDeskFigure>>;
}

export const EMPTY_MEASURED_SOURCES: MeasuredSources = {
  cells: new Map(),
  responses: 0,
  serviceDesk: new Map(),
};

export interface MeasuredPeriod {
  /** `YYYY-MM`. */
  readonly period: string;
  readonly stats: MeasuredStats;
}

export interface ServiceDeskPeriod extends ServiceDeskFigure {
  /** `YYYY-MM`, the month the tickets were opened. */
  readonly period: string;
}

export interface MeasuredStepExport {
  readonly stepId: string;
  readonly journeyId: string;
  /** Customers' ratings over all time; null when nobody rated the step. */
  readonly all: MeasuredStats | null;
  /** Per month, oldest first (months without responses left out). */
  readonly months: readonly MeasuredPeriod[];
  /** Service-desk figures per month, oldest first. */
  readonly serviceDesk: readonly ServiceDeskPeriod[];
}

/** The `measured` part of a JSON export. Not imported back (see json.ts): it is derived data. */
export interface MeasuredExport {
  readonly responses: number;
  readonly steps: readonly MeasuredStepExport[];
}

/** Reads the published aggregates (session document) and service-desk figures (content document). */
export function readMeasuredSources(content: Y.Doc, session: Y.Doc): MeasuredSources {
  const results = readFeedbackResults(session);
  return { cells: results.cells, responses: results.responses, serviceDesk: readServiceDeskFigures(content) };
}

function serviceDeskPeriods(months: ReadonlyMap<string, ServiceDeskFigure> | undefined): ServiceDeskPeriod[] {
  return [...(months ?? [])]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, figure]) => ({ period, ...figure }));
}

/**
 * Per step of the board (journey by journey, in journey order), the measured figures; steps with neither
 * customer ratings nor service-desk figures are left out, and so is anything about steps no longer on
 * the board.
 */
export function measuredExport(board: BoardSnapshot, sources: MeasuredSources): MeasuredExport {
  const all = measuredByStep(sources.cells);
  const steps: MeasuredStepExport[] = [];
  for (const journey of board.journeys) {
    for (const step of journeySteps(board, journey.id)) {
      const months = measuredByPeriod(sources.cells, step.id, 'month');
      const serviceDesk = serviceDeskPeriods(sources.serviceDesk.get(step.id));
      if (months.length === 0 && serviceDesk.length === 0) continue;
      steps.push({
        stepId: step.id,
        journeyId: journey.id,
        all: all.get(step.id) ?? null,
        months,
        serviceDesk,
      });
    }
  }
  return { responses: sources.responses, steps };
}
