import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatDelta,
  formatMinutes,
  formatNumber,
  formatRelativeTime,
  formatScore,
  formatTime,
} from './format';

const at = Date.UTC(2026, 11, 6, 14, 5);

describe('Intl formats per language', () => {
  it('numbers', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('nl', 1234.5)).toBe('1.234,5');
    expect(formatNumber('nl', 0.25, { style: 'percent' })).toBe('25%');
  });

  it('scores, signed differences and file sizes: a decimal comma in Dutch', () => {
    expect(formatScore('en', 6.25)).toBe('6.3');
    expect(formatScore('nl', 6.25)).toBe('6,3');
    expect(formatScore('nl', 7)).toBe('7');
    expect(formatScore('en', 1500)).toBe('1500');
    expect(formatDelta('en', 1.5)).toBe('+1.5');
    expect(formatDelta('nl', 1.5)).toBe('+1,5');
    expect(formatDelta('nl', -2)).toBe('−2');
    expect(formatDelta('en', 0.01)).toBe('0');
    expect(formatBytes('en', 512)).toBe('512 B');
    expect(formatBytes('en', 2048)).toBe('2 KB');
    expect(formatBytes('en', 12.34 * 1024)).toBe('12.3 KB');
    expect(formatBytes('nl', 12.34 * 1024)).toBe('12,3 KB');
    expect(formatBytes('en', 3.5 * 1024 * 1024)).toBe('3.5 MB');
    expect(formatBytes('nl', 3.5 * 1024 * 1024)).toBe('3,5 MB');
  });

  it('dates and times', () => {
    expect(formatDate('en', at, { dateStyle: 'long', timeZone: 'UTC' })).toBe('December 6, 2026');
    expect(formatDate('nl', at, { dateStyle: 'long', timeZone: 'UTC' })).toBe('6 december 2026');
    expect(formatTime('nl', new Date(2026, 0, 1, 9, 5))).toBe('09:05');
    expect(formatDateTime('nl', new Date(2026, 0, 1, 9, 5))).toMatch(/1 jan 2026.*09:05/);
  });

  it('relative times, in the largest unit that fits', () => {
    const now = at;
    expect(formatRelativeTime('en', now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatRelativeTime('nl', now - 3 * 60_000, now)).toBe('3 minuten geleden');
    expect(formatRelativeTime('nl', now + 2 * 24 * 3600_000, now)).toBe('overmorgen');
    expect(formatRelativeTime('en', now, now)).toBe('now');
    expect(formatRelativeTime('nl', now - 1000, now)).toBe('1 seconde geleden');
  });

  it('durations in minutes', () => {
    expect(formatMinutes('en', 45)).toBe('45 min');
    expect(formatMinutes('en', 90)).toBe('1 hr 30 min');
    expect(formatMinutes('nl', 120)).toBe('2 uur');
  });
});
