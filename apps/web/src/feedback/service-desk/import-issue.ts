import type { ImportProblem } from '@journeyboard/journey';

/**
 * A refused ticket file, as `readTickets` (packages/journey) reports it in codes: where (line, the
 * file's own column name, never translated), which field and why. The dialog words it in the reader's
 * language (import-issue-text.ts); the model's English sentence stays in the worker. No i18n here: this
 * runs in the import worker.
 */
export type ImportIssue = Omit<ImportProblem, 'message'>;

/** The model's problem as an issue the dialog can word. */
export function importIssueOf({ message: _english, ...issue }: ImportProblem): ImportIssue {
  return issue;
}
