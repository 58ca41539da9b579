import { describe, expect, test } from 'vitest';
import { fileNameFor } from './download';
import { pdfSafe } from './export-pdf';

describe('export file names and PDF text', () => {
  test('file names keep safe characters only', () => {
    expect(fileNameFor('Onboarding: “day one” / 2026', '-action-plan', 'csv')).toBe(
      'Onboarding-day-one-2026-action-plan.csv',
    );
    expect(fileNameFor('  ', '', 'png')).toBe('board.png');
    expect(fileNameFor('Café crème', '', 'json')).toBe('Cafe-creme.json');
  });

  test('PDF text is reduced to what the standard fonts can draw', () => {
    expect(pdfSafe('“Quote” – it’s fine…')).toBe('"Quote" - it\'s fine...');
    expect(pdfSafe('Café ★ 💡 ok')).toBe('Café   ok');
  });
});
