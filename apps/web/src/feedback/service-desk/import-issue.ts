import type { ImportProblem, ImportReason } from '@journeyboard/journey';

/**
 * A refused ticket file, as data the dialog words in the reader's language (import-issue-text.ts): where
 * (line, the file's own column name: what people typed, never translated, or '' for the whole row),
 * which of the import's fields, and why as `readTickets` (packages/journey) reports it in codes.
 * No i18n here: this runs in the import worker.
 */
export interface ImportIssue {
  readonly line: number;
  readonly column: string;
  readonly field: ImportProblem['field'];
  readonly reason: ImportReason;
}

/** The model's problem as an issue the dialog can word. */
export function importIssueOf(problem: ImportProblem): ImportIssue {
  return { line: problem.line, column: problem.column, field: problem.field, reason: problem.reason };
}
