import { type Columns, readTickets } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import { activateLanguage, t } from '../../i18n/i18n';
import { importIssueOf } from './import-issue';
import { importIssueText } from './import-issue-text';

const headers = ['Categorie', 'Datum aangemeld', 'Eerste reactie', 'Tevredenheid'];
const columns: Columns = { category: 0, opened: 1, firstResponse: 2, satisfaction: 3 };

/** The issue the real `readTickets` reports for these rows. */
function issueOf(rows: string[][], cols: Columns = columns) {
  const read = readTickets(headers, rows, cols);
  if (read.ok) throw new Error('expected a problem');
  return importIssueOf(read.problem);
}

async function both(issue: ReturnType<typeof issueOf>): Promise<[string, string]> {
  const english = importIssueText(t, issue);
  await activateLanguage('nl');
  try {
    return [english, importIssueText(t, issue)];
  } finally {
    await activateLanguage('en');
  }
}

describe('a refused ticket file, in the reader’s language', () => {
  test('a date that is not one names the file’s column, in both languages', async () => {
    const issue = issueOf([['Wachtwoord', '31-02-2026', '', '']]);
    expect(issue).toMatchObject({ line: 2, column: 'Datum aangemeld', field: 'opened' });
    expect(await both(issue)).toEqual([
      'Line 2, column “Datum aangemeld”: “31-02-2026” is not a date (expected dd-mm-yyyy or yyyy-mm-dd). Nothing was imported.',
      'Regel 2, kolom ‘Datum aangemeld’: ‘31-02-2026’ is geen datum (verwacht: dd-mm-jjjj of jjjj-mm-dd). Er is niets geïmporteerd.',
    ]);
  });

  test('a first response before the ticket was opened names the field in Dutch', async () => {
    const issue = issueOf([['Wachtwoord', '02-03-2026', '01-03-2026', '']]);
    expect(issue).toMatchObject({ field: 'firstResponse', reason: { code: 'before-opened' } });
    expect(await both(issue)).toEqual([
      'Line 2, column “Eerste reactie”: first response is before the ticket was opened. Nothing was imported.',
      'Regel 2, kolom ‘Eerste reactie’: de eerste reactie ligt vóór het aanmelden van de melding. Er is niets geïmporteerd.',
    ]);
  });

  test('an empty category, a bad score, a short row and a missing column', async () => {
    expect((await both(issueOf([['', '01-03-2026', '', '']])))[1]).toBe(
      'Regel 2, kolom ‘Categorie’: de categorie is leeg. Er is niets geïmporteerd.',
    );
    expect(issueOf([['A', '01-03-2026', '', 'meh']])).toMatchObject({
      field: 'satisfaction',
      reason: { code: 'not-satisfaction', value: 'meh' },
    });
    expect((await both(issueOf([['A', '01-03-2026']])))[0]).toBe(
      'Line 2: expected 4 columns like the header, found 2. Nothing was imported.',
    );
    const missing = issueOf([['A', '01-03-2026', '', '']], { category: 0 });
    expect(missing).toMatchObject({ field: 'opened', reason: { code: 'missing-column' } });
    expect(await both(missing)).toEqual([
      'Line 1: the file has no Opened column. Nothing was imported.',
      'Regel 1: het bestand heeft geen kolom Aangemeld. Er is niets geïmporteerd.',
    ]);
  });
});
