import type { ServiceDeskFigure } from '@journeyboard/journey';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { t } from '../i18n/i18n';
import {
  deskColumns,
  deskDuration,
  deskLines,
  deskSentence,
  deskSummary,
  latestPeriod,
} from './service-desk-columns';

const figure = (volume: number, extra: Partial<ServiceDeskFigure> = {}): ServiceDeskFigure => ({
  volume,
  medianFirstResponseMinutes: 30,
  medianResolutionMinutes: 120,
  csat: 66.7,
  csatResponses: 9,
  ...extra,
});

const points = [
  { stepId: 'a', column: 0 },
  { stepId: 'b', column: 1 },
  { stepId: 'c', column: 2 },
  { stepId: 'd', column: 3 },
];

describe('which columns show service-desk figures', () => {
  test('only steps with figures, each with its latest month, in the columns asked for', () => {
    const figures = new Map([
      [
        'b',
        new Map([
          ['2026-02', figure(10)],
          ['2026-03', figure(40)],
        ]),
      ],
      ['d', new Map([['2026-01', figure(80)]])],
      ['gone', new Map([['2026-03', figure(500)]])],
    ]);
    expect(deskColumns(figures, points, 0, 3)).toEqual([
      { stepId: 'b', column: 1, month: '2026-03', figure: figure(40), share: 0.5 },
      { stepId: 'd', column: 3, month: '2026-01', figure: figure(80), share: 1 },
    ]);
    // Out of view: not drawn, but the bars keep the whole journey's scale.
    expect(deskColumns(figures, points, 0, 2)).toEqual([
      { stepId: 'b', column: 1, month: '2026-03', figure: figure(40), share: 0.5 },
    ]);
  });

  test('a board without figures draws nothing; no tickets is no bar', () => {
    expect(deskColumns(new Map(), points, 0, 3)).toEqual([]);
    expect(deskColumns(new Map([['a', new Map([['2026-03', figure(0)]])]]), points, 0, 3)[0]?.share).toBe(0);
  });

  test('shares are between 0 and 1, the busiest step is 1, whatever the figures', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100_000), { minLength: 1, maxLength: 4 }), (volumes) => {
        const figures = new Map(
          volumes.map((v, i) => [points[i]!.stepId, new Map([['2026-03', figure(v)]])]),
        );
        const shares = deskColumns(figures, points, 0, 3).map((c) => c.share);
        expect(shares).toHaveLength(volumes.length);
        for (const share of shares) expect(share).toBeGreaterThanOrEqual(0);
        for (const share of shares) expect(share).toBeLessThanOrEqual(1);
        if (Math.max(...volumes) > 0) expect(Math.max(...shares)).toBe(1);
      }),
    );
  });

  test('the latest period is the last month in calendar order, whatever the insertion order', () => {
    const months = new Map([
      ['2026-11', figure(1)],
      ['2027-01', figure(2)],
      ['2026-12', figure(3)],
    ]);
    expect(latestPeriod(months)).toEqual({ month: '2027-01', figure: figure(2) });
    expect(latestPeriod(undefined)).toBeNull();
  });
});

describe('what a column says', () => {
  const period = { month: '2026-03', figure: figure(25_000) };

  test('up close: the period named, then tickets and CSAT, median wait and resolution', () => {
    expect(deskLines(t, 'en', period, 'full')).toEqual({
      label: 'Service desk · 2026-03',
      lines: ['25,000 tickets · CSAT 66.7%', 'Median wait 30 min', 'Median resolution 2 h'],
    });
  });

  test('zoomed out: tickets and CSAT only; far out: no words (a bar)', () => {
    expect(deskLines(t, 'en', period, 'titles')).toEqual({
      label: null,
      lines: ['25,000 tickets', 'CSAT 66.7%'],
    });
    expect(deskLines(t, 'en', period, 'shapes')).toEqual({ label: null, lines: [] });
  });

  test('missing figures are a dash, never a made-up number', () => {
    const empty = {
      month: '2026-04',
      figure: figure(1, { medianFirstResponseMinutes: null, medianResolutionMinutes: null, csat: null }),
    };
    expect(deskLines(t, 'en', empty, 'full').lines).toEqual([
      '1 ticket · CSAT –',
      'Median wait –',
      'Median resolution –',
    ]);
  });

  test('durations in minutes, hours or days as the desk reads them', () => {
    expect(deskDuration(t, 'en', 12.4)).toBe('12 min');
    expect(deskDuration(t, 'en', 150)).toBe('2.5 h');
    expect(deskDuration(t, 'en', 4 * 1440)).toBe('4 days');
  });

  test('the outline sentence and the canvas summary name the period', () => {
    expect(deskSentence(t, 'en', period)).toBe(
      'Service desk, 2026-03: 25,000 tickets, median wait for a first response 30 min, median resolution 2 h, CSAT 66.7%',
    );
    const figures = new Map([
      ['a', new Map([['2026-02', figure(3)]])],
      ['b', new Map([['2026-03', figure(4)]])],
    ]);
    expect(deskSummary(t, figures, ['a', 'b', 'c'])).toBe(
      'Under the emotion curve, service-desk figures of 2 steps (latest month 2026-03): tickets, median wait and resolution time, CSAT.',
    );
    expect(deskSummary(t, figures, ['c'])).toBeNull();
  });
});
