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

/** The first problem of a file: its line (1 is the header) and column, and what is wrong. */
export interface ImportProblem {
  readonly line: number;
  readonly column: string;
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
          column: FIELD_LABELS[field],
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
    const fail = (field: TicketField, message: string) => ({
      ok: false as const,
      problem: { line, column: name(field), message },
    });
    if (row.length < headers.length && row.length <= 1 && (row[0] ?? '') === '') continue; // a blank line
    if (row.length !== headers.length) {
      return {
        ok: false,
        problem: {
          line,
          column: '',
          message: `expected ${headers.length} columns like the header, found ${row.length}`,
        },
      };
    }
    const category = cell(row, 'category');
    if (category === '') return fail('category', 'the category is empty');
    const opened = parseServiceDeskDate(cell(row, 'opened'));
    if (opened === null)
      return fail('opened', `“${cell(row, 'opened')}” is not a date (expected dd-mm-yyyy or yyyy-mm-dd)`);
    const times: Record<'firstResponse' | 'resolved', number | null> = {
      firstResponse: null,
      resolved: null,
    };
    for (const field of ['firstResponse', 'resolved'] as const) {
      const text = cell(row, field);
      if (text === '') continue;
      const at = parseServiceDeskDate(text);
      if (at === null) return fail(field, `“${text}” is not a date (expected dd-mm-yyyy or yyyy-mm-dd)`);
      if (at < opened)
        return fail(field, `${FIELD_LABELS[field].toLowerCase()} is before the ticket was opened`);
      times[field] = at;
    }
    const satisfied = readSatisfaction(cell(row, 'satisfaction'), scale);
    if (satisfied === undefined)
      return fail('satisfaction', `“${cell(row, 'satisfaction')}” is not a satisfaction score`);
    tickets.push({ category, channel: cell(row, 'channel'), opened, ...times, satisfied });
    if (onProgress && i % 5000 === 4999) onProgress(i + 1);
  }
  return { ok: true, tickets };
}
