import type { Columns, ImportProblem, ServiceDeskFigure, StepMapping } from '@journeyboard/journey';

/** What the page asks the import worker. */
export type WorkerRequest =
  | { kind: 'parse'; bytes: ArrayBuffer }
  | { kind: 'values'; category: number | undefined; channel: number | undefined }
  | { kind: 'figures'; columns: Columns; mapping: StepMapping };

/** What the import worker answers (progress first, then one result). */
export type WorkerAnswer =
  | { kind: 'progress'; stage: string; done: number; total: number }
  | { kind: 'parse-failed'; message: string }
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
  | { kind: 'figures-failed'; problem: ImportProblem }
  | {
      kind: 'figures';
      figures: [string, [string, ServiceDeskFigure][]][];
      tickets: number;
      unmapped: number;
    };
