import { type Columns, proposeColumns } from '@journeyboard/journey';
import Papa from 'papaparse';
import { type CsvEncoding, decodeCsvBytes } from './decode';

/** A parsed export: its header, rows, and what the import proposes for it. */
export interface ParsedFile {
  readonly encoding: CsvEncoding;
  readonly delimiter: string;
  readonly headers: string[];
  readonly rows: string[][];
  readonly proposal: Columns;
}

/** Why a file could not be read as a table, put into words by the dialog (line numbers count from 1). */
export type ParseProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'unclosed-quote'; readonly line: number }
  | { readonly code: 'stray-quote'; readonly line: number }
  | { readonly code: 'single-column' };

export type ParseOutcome = { ok: true; file: ParsedFile } | { ok: false; problem: ParseProblem };

/**
 * Decodes (UTF-8 with or without BOM, else Windows-1252) and parses a ticket export with papaparse,
 * guessing the delimiter among comma, semicolon and tab. A file whose header has a single column was
 * almost certainly split on the wrong delimiter: refused with that said.
 */
export function parseTicketFile(bytes: Uint8Array): ParseOutcome {
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const line = (quoteError.row ?? 0) + 1;
    const code = quoteError.code === 'InvalidQuotes' ? 'stray-quote' : 'unclosed-quote';
    return { ok: false, problem: { code, line } };
  }
  const [headers, ...rows] = parsed.data;
  if (!headers || headers.length < 2) {
    return { ok: false, problem: { code: 'single-column' } };
  }
  const trimmed = headers.map((h) => h.trim());
  return {
    ok: true,
    file: {
      encoding,
      delimiter: parsed.meta.delimiter,
      headers: trimmed,
      rows,
      proposal: proposeColumns(trimmed),
    },
  };
}

/** The distinct non-empty values of a column, most frequent first (at most `limit`). */
export function distinctValues(
  rows: readonly (readonly string[])[],
  column: number | undefined,
  limit = 60,
): string[] {
  if (column === undefined) return [];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value]) => value);
}
