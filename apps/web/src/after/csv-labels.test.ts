import {
  actionPlanToCsv,
  createBoard,
  ENGLISH_ACTION_PLAN_CSV_LABELS,
  ENGLISH_MEASURED_CSV_LABELS,
  ENGLISH_STEPS_CSV_LABELS,
  readBoard,
  stepsToCsv,
  updateStep,
} from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translatorFor } from '../i18n/translator-for';
import { boardTranslator } from './board-words';
import { actionPlanCsvLabels, measuredCsvLabels, stepsCsvLabels } from './csv-labels';

const header = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!
    .split(',');

describe('CSV exports in the board’s language', () => {
  it('a Dutch board’s CSVs have Dutch headers and values, whatever the reader’s language', async () => {
    const doc = new Y.Doc();
    createBoard(doc, 'onboarding', 'x', 'nl');
    const step = readBoard(doc).steps[0]!;
    updateStep(doc, step.id, { momentOfTruth: true, emotion: 'anxious' }, 'x');
    const board = readBoard(doc);
    // The reader's interface is English here (the test setup); the board was created in Dutch.
    const words = await boardTranslator(board);
    expect(words.language).toBe('nl');
    const steps = stepsToCsv(board, undefined, { labels: stepsCsvLabels(words.t) });
    expect(header(steps).slice(0, 4)).toEqual(['Klantreis', 'Fase', 'Stap nr.', 'Stap']);
    expect(header(steps)).toContain('Moment van de waarheid');
    const first = steps.split('\r\n')[1]!;
    expect(first).toContain('Ongerust');
    expect(first).toContain(',ja,');
    const plan = actionPlanToCsv(board, { labels: actionPlanCsvLabels(words.t) });
    expect(header(plan)).toEqual([
      'Actie',
      'Omschrijving',
      'Stappen',
      'Eigenaar',
      'Deadline',
      'Prioriteit',
      'Status',
      'Stemmen',
    ]);
    expect(measuredCsvLabels(words.t).allTime).toBe('Gehele periode');
  });

  it('an English board’s words are the ones the model writes by default (the relay’s export API)', async () => {
    const english = await translatorFor('en');
    expect(stepsCsvLabels(english)).toEqual(ENGLISH_STEPS_CSV_LABELS);
    expect(actionPlanCsvLabels(english)).toEqual(ENGLISH_ACTION_PLAN_CSV_LABELS);
    expect(measuredCsvLabels(english)).toEqual(ENGLISH_MEASURED_CSV_LABELS);
  });
});
