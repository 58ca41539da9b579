import { FIELD_LABELS, REQUIRED_FIELDS, type TicketField } from './columns';
import { parseServiceDeskDate } from './dates';

/** One ticket of an export, checked. Times are milliseconds since the epoch. */
export interface Ticket {
  readonly category: string;
  readonly channel: string;
  readonly opened: number;
  readonly firstResponse: number | null;
  readonly resolved: number | null;
  /** Satisfied (true), not (false), or not asked / not answered (null). */
  readonly satisfied: boolean | null;
}

/** Why a file was refused, as a code and its parameters: the client words it in the reader's language. */
export type ImportReason =
  | { readonly code: 'missing-column' }
  | { readonly code: 'column-count'; readonly expected: number; readonly found: number }
  | { readonly code: 'empty' }
  | { readonly code: 'not-a-date'; readonly value: string }
  | { readonly code: 'before-opened' }
  | { readonly code: 'not-satisfaction'; readonly value: string };

/**
 * The first problem of a file: its line (1 is the header), the file's own column name ('' for the whole
 * row), which of the import's fields (null for the whole row), why, and the same in English for logs.
 */
export interface ImportProblem {
  readonly line: number;
  readonly column: string;
  readonly field: TicketField | null;
  readonly reason: ImportReason;
  readonly message: string;
}

export type Columns = Partial<Record<TicketField, number>>;

const GOOD = new Set(['good', 'goed', 'satisfied', 'tevreden', 'yes', 'ja', 'positive', 'positief']);
const BAD = new Set(['bad', 'slecht', 'unsatisfied', 'ontevreden', 'no', 'nee', 'negative', 'negatief']);
const NOT_ASKED = new Set(['', 'offered', 'unoffered', 'n/a', 'na', '-']);

/** The top of the satisfaction scale the file uses (5, 10 or 100), from its largest number. */
export function satisfactionScale(values: Iterable<string>): number {
  let max = 0;
  for (const value of values) {
    const n = Number(value.replace('%', '').replace(',', '.').trim());
    if (Number.isFinite(n)) max = Math.max(max, n);
  }
  return max <= 5 ? 5 : max <= 10 ? 10 : 100;
}

/** Satisfied when at least 80% of the scale (4 of 5, 8 of 10, 80%), or a word saying so; undefined: unreadable. */
export function readSatisfaction(text: string, scale: number): boolean | null | undefined {
  const value = text.trim().toLowerCase();
  if (NOT_ASKED.has(value)) return null;
  if (GOOD.has(value)) return true;
  if (BAD.has(value)) return false;
  const n = Number(value.replace('%', '').replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > scale) return undefined;
  return n >= scale * 0.8;
}

/**
 * Checks every row of an export (`rows` without the header) against the chosen columns, and answers
 * the tickets, or the first problem by line and column. A file with a problem gives no tickets at all.
 */
export function readTickets(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  columns: Columns,
  onProgress?: (done: number) => void,
): { ok: true; tickets: Ticket[] } | { ok: false; problem: ImportProblem } {
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] === undefined) {
      return {
        ok: false,
        problem: {
          line: 1,
          column: '',
          field,
          reason: { code: 'missing-column' },
          message: `the file has no ${FIELD_LABELS[field]} column`,
        },
      };
    }
  }
  const name = (field: TicketField) => headers[columns[field]!] ?? FIELD_LABELS[field];
  const cell = (row: readonly string[], field: TicketField) => {
    const index = columns[field];
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const scale =
    columns.satisfaction === undefined ? 5 : satisfactionScale(rows.map((r) => cell(r, 'satisfaction')));
  const tickets: Ticket[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const line = i + 2;
    const fail = (field: TicketField, reason: ImportReason, message: string) => ({
      ok: false as const,
      problem: { line, column: name(field), field, reason, message },
    });
    if (row.length < headers.length && row.length <= 1 && (row[0] ?? '') === '') continue; // a blank line
    if (row.length !== headers.length) {
      return {
        ok: false,
        problem: {
          line,
          column: '',
          field: null,
          reason: { code: 'column-count', expected: headers.length, found: row.length },
          message: `expected ${headers.length} columns like the header, found ${row.length}`,
        },
      };
    }
    const category = cell(row, 'category');
    if (category === '') return fail('category', { code: 'empty' }, 'the category is empty');
    const opened = parseServiceDeskDate(cell(row, 'opened'));
    if (opened === null)
      return fail(
        'opened',
        { code: 'not-a-date', value: cell(row, 'opened') },
        `“${cell(row, 'opened')}” is not a date (expected dd-mm-yyyy or yyyy-mm-dd)`,
      );
    const times: Record<'firstResponse' | 'resolved', number | null> = {
      firstResponse: null,
      resolved: null,
    };
    for (const field of ['firstResponse', 'resolved'] as const) {
      const text = cell(row, field);
      if (text === '') continue;
      const at = parseServiceDeskDate(text);
      if (at === null)
        return fail(
          field,
          { code: 'not-a-date', value: text },
          `“${text}” is not a date (expected dd-mm-yyyy or yyyy-mm-dd)`,
        );
      if (at < opened)
        return fail(
          field,
          { code: 'before-opened' },
          `${FIELD_LABELS[field].toLowerCase()} is before the ticket was opened`,
        );
      times[field] = at;
    }
    const satisfied = readSatisfaction(cell(row, 'satisfaction'), scale);
    if (satisfied === undefined)
      return fail(
        'satisfaction',
        { code: 'not-satisfaction', value: cell(row, 'satisfaction') },
        `“${cell(row, 'satisfaction')}” is not a satisfaction score`,
      );
    tickets.push({ category, channel: cell(row, 'channel'), opened, ...times, satisfied });
    if (onProgress && i % 5000 === 4999) onProgress(i + 1);
  }
  return { ok: true, tickets };
}
