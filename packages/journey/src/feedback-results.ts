import type * as Y from 'yjs';
import * as z from 'zod/mini';
import type { MeasuredCells } from './analytics/measured';
import { SCORE_VALUES } from './analytics/score-scale';
import { observeRoots } from './observe-roots';
import type { Origin } from './types';

// What the relay publishes of customers' feedback, as its own Yjs client, in relay-owned maps of the
// `session` document (clients never write them, see domain/entities.ts): one score histogram per step and
// UTC day, and how many responses there are. Every statistic the board shows (n, mean, median, spread,
// per period, before/after a date) is computed from these (analytics/measured.ts).

/** Maps of the session document only the relay writes. */
export const FEEDBACK_SESSION_MAPS = ['feedbackResults', 'feedbackSummary'] as const;

const CELL_SEPARATOR = '|';

/** The key of a step's histogram of one day (`step-1|2026-03-01`). */
export function feedbackCellKey(stepId: string, day: string): string {
  return `${stepId}${CELL_SEPARATOR}${day}`;
}

export interface FeedbackResults {
  readonly cells: MeasuredCells;
  /** Responses received over every link of the board (each browser's latest counts once). */
  readonly responses: number;
  /** Grows with every accepted submission or comment decision (the facilitator's panel refreshes on it). */
  readonly revision: number;
}

export const EMPTY_FEEDBACK_RESULTS: FeedbackResults = { cells: new Map(), responses: 0, revision: 0 };

const count = z.int().check(z.gte(0));
const histogram = z.array(count).check(z.length(SCORE_VALUES));
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The published feedback in a session document; malformed entries are skipped. */
export function readFeedbackResults(doc: Y.Doc): FeedbackResults {
  const cells = new Map<string, Map<string, number[]>>();
  for (const [key, value] of doc.getMap('feedbackResults').entries()) {
    const at = key.lastIndexOf(CELL_SEPARATOR);
    const stepId = key.slice(0, at);
    const day = key.slice(at + 1);
    const parsed = histogram.safeParse(value);
    if (at <= 0 || !DAY.test(day) || !parsed.success) continue;
    let days = cells.get(stepId);
    if (!days) {
      days = new Map();
      cells.set(stepId, days);
    }
    days.set(day, parsed.data);
  }
  const summary = doc.getMap('feedbackSummary');
  const responses = count.safeParse(summary.get('responses'));
  const revision = count.safeParse(summary.get('revision'));
  return {
    cells,
    responses: responses.success ? responses.data : 0,
    revision: revision.success ? revision.data : 0,
  };
}

/** The published revision alone (cheap: the relay reads it before every publication). */
export function readFeedbackRevision(doc: Y.Doc): number {
  const revision = count.safeParse(doc.getMap('feedbackSummary').get('revision'));
  return revision.success ? revision.data : 0;
}

function sameCell(a: unknown, b: readonly number[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Writes `results` into the session document (the relay's write), changing only entries that differ, in
 * one transaction. Returns whether anything changed.
 */
export function publishFeedbackResults(doc: Y.Doc, results: FeedbackResults, origin: Origin): boolean {
  let changed = false;
  const onUpdate = () => {
    changed = true;
  };
  doc.on('update', onUpdate);
  try {
    doc.transact(() => {
      const map = doc.getMap('feedbackResults');
      const wanted = new Map<string, readonly number[]>();
      for (const [stepId, days] of results.cells) {
        for (const [day, cell] of days) wanted.set(feedbackCellKey(stepId, day), cell);
      }
      for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
      for (const [key, cell] of wanted) if (!sameCell(map.get(key), cell)) map.set(key, [...cell]);
      const summary = doc.getMap('feedbackSummary');
      if (summary.get('responses') !== results.responses) summary.set('responses', results.responses);
      if (summary.get('revision') !== results.revision) summary.set('revision', results.revision);
    }, origin);
  } finally {
    doc.off('update', onUpdate);
  }
  return changed;
}

/** Calls `listener` with the published feedback after every transaction that changes it. */
export function observeFeedbackResults(doc: Y.Doc, listener: (results: FeedbackResults) => void): () => void {
  return observeRoots(doc, FEEDBACK_SESSION_MAPS, readFeedbackResults, listener);
}
