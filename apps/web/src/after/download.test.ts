import { describe, expect, test } from 'vitest';
import { t } from '../i18n/i18n';
import { translatorFor } from '../i18n/translator-for';
import { exportSuffix, fileNameFor } from './download';
import { pdfSafe } from './export-pdf';

describe('export file names and PDF text', () => {
  test('file names keep safe characters only', () => {
    expect(fileNameFor('Onboarding: “day one” / 2026', '-action-plan', 'csv')).toBe(
      'Onboarding-day-one-2026-action-plan.csv',
    );
    expect(fileNameFor('  ', '', 'png')).toBe('board.png');
    expect(fileNameFor('Café crème', '', 'json')).toBe('Cafe-creme.json');
  });

  test('an export’s file is named in the board’s language, like its headings', async () => {
    const dutch = await translatorFor('nl');
    expect(fileNameFor('Mijn nieuwe baan', exportSuffix('steps', dutch), 'csv')).toBe(
      'Mijn-nieuwe-baan-stappen.csv',
    );
    expect(exportSuffix('measured', dutch)).toBe('-gemeten');
    expect(exportSuffix('action-plan', dutch)).toBe('-actieplan');
    expect(exportSuffix('action-plan', t)).toBe('-action-plan');
    expect(exportSuffix('poster', t)).toBe('-poster');
    expect(exportSuffix(null, dutch)).toBe('');
  });

  test('PDF text is reduced to what the standard fonts can draw', () => {
    expect(pdfSafe('“Quote” – it’s fine…')).toBe('"Quote" - it\'s fine...');
    expect(pdfSafe('Café ★ 💡 ok')).toBe('Café   ok');
  });
});
