import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { proposeColumns } from './columns';
import { parseServiceDeskDate } from './dates';
import { readServiceDeskFigures, serviceDeskFigures, writeServiceDeskFigures } from './figures';
import { readSatisfaction, readTickets } from './tickets';

describe('service-desk dates', () => {
  test('ISO and day-first forms, with or without a time', () => {
    expect(parseServiceDeskDate('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(parseServiceDeskDate('2026-03-01T09:15:00Z')).toBe(Date.UTC(2026, 2, 1, 9, 15));
    expect(parseServiceDeskDate('2026-03-01T09:15:00+01:00')).toBe(Date.UTC(2026, 2, 1, 8, 15));
    expect(parseServiceDeskDate('01-03-2026')).toBe(Date.UTC(2026, 2, 1));
    expect(parseServiceDeskDate('1/3/2026 9:05')).toBe(Date.UTC(2026, 2, 1, 9, 5));
    expect(parseServiceDeskDate('31.12.2025 23:59:59')).toBe(Date.UTC(2025, 11, 31, 23, 59, 59));
  });
  test('refuses what is not a date', () => {
    for (const bad of ['', 'yesterday', '31-02-2026', '2026-13-01', '03/15/2026', '2026-03-01 25:00']) {
      expect(parseServiceDeskDate(bad)).toBeNull();
    }
  });
});

describe('columns of TOPdesk, SysAid and Zendesk exports', () => {
  test('proposes a column for each field', () => {
    expect(
      proposeColumns([
        'Ticket ID',
        'Category',
        'Via',
        'Created at',
        'First reply time',
        'Solved at',
        'Satisfaction',
      ]),
    ).toEqual({
      category: 1,
      channel: 2,
      opened: 3,
      firstResponse: 4,
      resolved: 5,
      satisfaction: 6,
    });
    expect(
      proposeColumns(['Melding', 'Categorie', 'Soort melding', 'Datum aangemeld', 'Datum afgemeld']),
    ).toMatchObject({
      category: 1,
      channel: 2,
      opened: 3,
      resolved: 4,
    });
  });
});

const headers = ['category', 'channel', 'opened', 'first response', 'resolved', 'satisfaction'];
const columns = proposeColumns(headers);

describe('reading tickets', () => {
  test('every row checked; the first problem named by line and column, and nothing kept', () => {
    const rows = [
      ['Password', 'Phone', '01-03-2026 09:00', '01-03-2026 09:30', '01-03-2026 11:00', '5'],
      ['Password', 'Chat', '2026-03-02', '', '', ''],
      ['VPN', 'Phone', '2026-03-32', '', '', '4'],
    ];
    const result = readTickets(headers, rows, columns);
    expect(result).toEqual({
      ok: false,
      problem: {
        line: 4,
        column: 'opened',
        field: 'opened',
        reason: { code: 'not-a-date', value: '2026-03-32' },
        message: '“2026-03-32” is not a date (expected dd-mm-yyyy or yyyy-mm-dd)',
      },
    });
    expect(readTickets(headers, rows.slice(0, 2), columns)).toMatchObject({
      ok: true,
      tickets: [{ satisfied: true }, { satisfied: null }],
    });
  });
  test('a missing required column, a wrong column count and a resolution before opening', () => {
    expect(readTickets(['channel'], [['Phone']], proposeColumns(['channel']))).toMatchObject({
      ok: false,
      problem: { line: 1, column: '', field: 'category', reason: { code: 'missing-column' } },
    });
    expect(readTickets(headers, [['Password;Phone;2026-03-01']], columns)).toMatchObject({
      ok: false,
      problem: {
        line: 2,
        field: null,
        reason: { code: 'column-count', expected: 6, found: 1 },
        message: 'expected 6 columns like the header, found 1',
      },
    });
    expect(readTickets(headers, [['P', 'Phone', '2026-03-02', '', '2026-03-01', '']], columns)).toMatchObject(
      {
        ok: false,
        problem: { line: 2, column: 'resolved', field: 'resolved', reason: { code: 'before-opened' } },
      },
    );
  });
  test('satisfaction on any scale', () => {
    expect(readSatisfaction('4', 5)).toBe(true);
    expect(readSatisfaction('3', 5)).toBe(false);
    expect(readSatisfaction('80%', 100)).toBe(true);
    expect(readSatisfaction('good', 5)).toBe(true);
    expect(readSatisfaction('offered', 5)).toBeNull();
    expect(readSatisfaction('great', 5)).toBeUndefined();
  });
});

describe('figures per step and month', () => {
  const read = readTickets(
    headers,
    [
      ['Password', 'Phone', '2026-03-01 09:00', '2026-03-01 09:10', '2026-03-01 10:00', '5'],
      ['Password', 'Phone', '2026-03-05 09:00', '2026-03-05 09:30', '2026-03-05 13:00', '2'],
      ['Password', 'Chat', '2026-03-06 09:00', '', '', ''],
      ['VPN', 'Chat', '2026-04-01 09:00', '2026-04-01 09:20', '', '4'],
      ['Printer', 'Walk-in', '2026-04-01 09:00', '', '', ''],
    ],
    columns,
  );
  if (!read.ok) throw new Error('fixture');
  const mapping = { byCategory: { Password: 'step-reset' }, byChannel: { Chat: 'step-chat' } };

  test('volume, median waits and CSAT; categories before channels; unmapped counted', () => {
    const { figures, unmapped } = serviceDeskFigures(read.tickets, mapping);
    expect(unmapped).toBe(1);
    expect(figures.get('step-reset')?.get('2026-03')).toEqual({
      volume: 3,
      medianFirstResponseMinutes: 20,
      medianResolutionMinutes: 150,
      csat: 50,
      csatResponses: 2,
    });
    expect(figures.get('step-chat')?.get('2026-04')).toMatchObject({ volume: 1, csat: 100 });
  });

  test('stored on the board; a later import adds its month, the same month replaces', () => {
    const doc = new Y.Doc();
    writeServiceDeskFigures(doc, serviceDeskFigures(read.tickets, mapping).figures, 'me');
    const april = new Map([
      [
        'step-reset',
        new Map([
          [
            '2026-04',
            {
              volume: 7,
              medianFirstResponseMinutes: null,
              medianResolutionMinutes: null,
              csat: null,
              csatResponses: 0,
            },
          ],
        ]),
      ],
    ]);
    writeServiceDeskFigures(doc, april, 'me');
    const stored = readServiceDeskFigures(doc);
    expect([...(stored.get('step-reset')?.keys() ?? [])].sort()).toEqual(['2026-03', '2026-04']);
    expect(stored.get('step-reset')?.get('2026-03')?.volume).toBe(3);
  });
});
