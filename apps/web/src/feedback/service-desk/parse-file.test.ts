import { describe, expect, test } from 'vitest';
import { parseTicketFile } from './parse-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a ticket export', () => {
  test('semicolons, Windows-1252 and dd-mm-yyyy, as TOPdesk writes it', () => {
    const text = 'Categorie;Soort melding;Datum aangemeld\r\nWachtwoord é;Telefoon;01-03-2026\r\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const outcome = parseTicketFile(bytes);
    expect(outcome).toMatchObject({ ok: true, file: { encoding: 'windows-1252', delimiter: ';' } });
    if (outcome.ok) {
      expect(outcome.file.rows).toEqual([['Wachtwoord é', 'Telefoon', '01-03-2026']]);
      expect(outcome.file.proposal).toMatchObject({ category: 0, channel: 1, opened: 2 });
    }
  });

  test('UTF-8 with a BOM and tabs; commas with quotes', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Category\tCreated at\nPassword\t2026-03-01\n')]);
    expect(parseTicketFile(bom)).toMatchObject({
      ok: true,
      file: { encoding: 'utf-8-bom', delimiter: '\t', headers: ['Category', 'Created at'] },
    });
    const quoted = utf8('Category,Created at\n"Password, reset",2026-03-01\n');
    expect(parseTicketFile(quoted)).toMatchObject({
      ok: true,
      file: { delimiter: ',', rows: [['Password, reset', '2026-03-01']] },
    });
  });

  test('an empty file, a single-column file and an unclosed quote are refused with what is wrong', () => {
    expect(parseTicketFile(utf8(''))).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(parseTicketFile(utf8('Category|Opened\nA|2026-03-01\n'))).toMatchObject({
      ok: false,
      problem: { code: 'single-column' },
    });
    expect(parseTicketFile(utf8('Category,Opened\n"A,2026-03-01\nB,2026-03-02\n'))).toMatchObject({
      ok: false,
      problem: { code: 'unclosed-quote', line: 2 },
    });
  });
});
