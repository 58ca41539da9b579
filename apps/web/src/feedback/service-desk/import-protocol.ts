import type { Columns, ServiceDeskFigure, StepMapping } from '@journeyboard/journey';
import type { ImportIssue } from './import-issue';
import type { ParseProblem } from './parse-file';

/** What the page asks the import worker. */
export type WorkerRequest =
  | { kind: 'parse'; bytes: ArrayBuffer }
  | { kind: 'values'; category: number | undefined; channel: number | undefined }
  | { kind: 'figures'; columns: Columns; mapping: StepMapping };

/** What the import worker answers (progress first, then one result). */
export type WorkerAnswer =
  | { kind: 'progress'; stage: 'reading' | 'checking'; done: number; total: number }
  | { kind: 'parse-failed'; problem: ParseProblem }
  | {
      kind: 'parsed';
      encoding: string;
      delimiter: string;
      headers: string[];
      preview: string[][];
      rowCount: number;
      proposal: Columns;
      categories: string[];
      channels: string[];
    }
  | { kind: 'values'; categories: string[]; channels: string[] }
  | { kind: 'figures-failed'; issue: ImportIssue }
  | {
      kind: 'figures';
      figures: [string, [string, ServiceDeskFigure][]][];
      tickets: number;
      unmapped: number;
    };
