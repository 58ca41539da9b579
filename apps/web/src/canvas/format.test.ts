import type { Step } from '@journeyboard/journey';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/i18n';
import { fieldText, formatDuration, parseDuration } from './format';

describe('durations', () => {
  afterEach(() => activateLanguage('en'));

  it('writes durations in Dutch, and reads them back', async () => {
    await activateLanguage('nl');
    expect(formatDuration(150)).toBe('2 u 30 min');
    expect(formatDuration(1440 + 240)).toBe('1 d 4 u');
    for (const minutes of [5, 60, 150, 1440, 1680])
      expect(parseDuration(formatDuration(minutes))).toBe(minutes);
    expect(parseDuration('2 uur')).toBe(120);
    expect(parseDuration('1 dag 3 uren')).toBe(1620);
  });

  it('formats minutes, hours and days', () => {
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(-1)).toBe('');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(150)).toBe('2 h 30 min');
    expect(formatDuration(1440 * 3)).toBe('3 d');
    expect(formatDuration(1440 + 240)).toBe('1 d 4 h');
  });

  it('parses what people type', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration(' 45 ')).toBe(45);
    expect(parseDuration('2h')).toBe(120);
    expect(parseDuration('1 h 30')).toBe(90);
    expect(parseDuration('2 h 30 min')).toBe(150);
    expect(parseDuration('3 d')).toBe(4320);
    expect(parseDuration('90 minutes')).toBe(90);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('2 weeks')).toBeUndefined();
  });

  it('round-trips its own format', () => {
    for (const minutes of [5, 60, 150, 1440, 1680])
      expect(parseDuration(formatDuration(minutes))).toBe(minutes);
  });
});

describe('fieldText', () => {
  const step = {
    title: 'T',
    doing: 'Fills in a form',
    thinking: 'Why so long?',
    feeling: 'Bored',
    owner: 'HR',
    durationMinutes: 30,
    people: ['Manager', 'HR'],
    systems: [],
  } as unknown as Step;

  it('shows each field', () => {
    expect(fieldText(step, 'doing')).toBe('Fills in a form');
    expect(fieldText(step, 'thinking')).toBe('Why so long?');
    expect(fieldText(step, 'feeling')).toBe('Bored');
    expect(fieldText(step, 'owner')).toBe('HR');
    expect(fieldText(step, 'durationMinutes')).toBe('30 min');
    expect(fieldText(step, 'title')).toBe('T');
    expect(fieldText(step, 'people-systems')).toBe('People: Manager, HR');
    expect(fieldText(step, null)).toBe('');
  });
});
