import {
  type Columns,
  FIELD_LABELS,
  type ImportProblem,
  TICKET_FIELDS,
  type TicketField,
} from '@journeyboard/journey';

/**
 * A refused ticket file, as data the dialog words in the reader's language: where (line, the file's
 * own column name), which of the import's fields, and why. `readTickets` (packages/journey) words its
 * problem in English; this reads that problem back into a reason code once, here, so the sentence on
 * screen is the client's (import-issue-text.ts). No i18n here: this runs in the import worker. The
 * tests run the real `readTickets`, so a change of its wording fails them.
 */
export interface ImportIssue {
  readonly line: number;
  /** The column's name in the file (what people typed: never translated), or '' for the whole row. */
  readonly column: string;
  readonly field: TicketField | null;
  readonly reason:
    | { readonly code: 'missing-column' }
    | { readonly code: 'column-count'; readonly expected: number; readonly found: number }
    | { readonly code: 'empty' }
    | { readonly code: 'not-a-date'; readonly value: string }
    | { readonly code: 'before-opened' }
    | { readonly code: 'not-satisfaction'; readonly value: string }
    | { readonly code: 'other'; readonly detail: string };
}

const DATE_FIELDS: readonly TicketField[] = ['opened', 'firstResponse', 'resolved'];

/** The field whose chosen column has this name (the first of `among`, in the order the rows are read). */
function fieldOfColumn(
  column: string,
  headers: readonly string[],
  columns: Columns,
  among: readonly TicketField[] = TICKET_FIELDS,
): TicketField | null {
  return (
    among.find((f) => columns[f] !== undefined && (headers[columns[f]!] ?? FIELD_LABELS[f]) === column) ??
    null
  );
}

/** Reads `readTickets`' problem into an issue (see above). */
export function importIssueOf(
  problem: ImportProblem,
  headers: readonly string[],
  columns: Columns,
): ImportIssue {
  const { line, column, message: text } = problem;
  const at = (field: TicketField | null, reason: ImportIssue['reason']): ImportIssue => ({
    line,
    column,
    field,
    reason,
  });
  const missing = TICKET_FIELDS.find((f) => text === `the file has no ${FIELD_LABELS[f]} column`);
  if (missing) return { line, column: '', field: missing, reason: { code: 'missing-column' } };
  const count = /^expected (\d+) columns like the header, found (\d+)$/.exec(text);
  if (count) return at(null, { code: 'column-count', expected: Number(count[1]), found: Number(count[2]) });
  if (text === 'the category is empty') return at('category', { code: 'empty' });
  const date = /^“([\s\S]*)” is not a date \(expected dd-mm-yyyy or yyyy-mm-dd\)$/.exec(text);
  if (date)
    return at(fieldOfColumn(column, headers, columns, DATE_FIELDS), { code: 'not-a-date', value: date[1]! });
  const before = DATE_FIELDS.find(
    (f) => text === `${FIELD_LABELS[f].toLowerCase()} is before the ticket was opened`,
  );
  if (before) return at(before, { code: 'before-opened' });
  const score = /^“([\s\S]*)” is not a satisfaction score$/.exec(text);
  if (score) return at('satisfaction', { code: 'not-satisfaction', value: score[1]! });
  return at(fieldOfColumn(column, headers, columns), { code: 'other', detail: text });
}
