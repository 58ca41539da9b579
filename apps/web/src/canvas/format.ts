import type { Step } from '@journeyboard/journey';
import { t } from '../i18n/i18n';

/** A step's duration for the time row, in the reader's language: "45 min", "2 h 30 min", "3 d 4 h". */
export function formatDuration(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes) || minutes < 0) return '';
  const total = Math.round(minutes);
  if (total < 60) return t('canvas.duration.minutes', { minutes: total });
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  if (days > 0)
    return hours > 0 ? t('canvas.duration.days-hours', { days, hours }) : t('canvas.duration.days', { days });
  return rest > 0
    ? t('canvas.duration.hours-minutes', { hours, minutes: rest })
    : t('canvas.duration.hours', { hours });
}

/**
 * Reads what someone typed into the time row: a bare number is minutes; "2h", "1 h 30", "3 d" and
 * "90 min" work too. Empty clears it. Returns undefined when it cannot be understood.
 */
export function parseDuration(text: string): number | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed));
  // English and Dutch units ("2 u 30 min", "3 dagen"), so what the time row shows can be typed back.
  const pattern =
    /(\d+(?:\.\d+)?)\s*(dagen|dag|days?|d|uren|uur|u|hours?|hrs?|h|minuten|minuut|minutes?|mins?|m)?/g;
  let total = 0;
  let matched = '';
  for (const match of trimmed.matchAll(pattern)) {
    const value = Number(match[1]);
    const unit = match[2] ?? 'min';
    total += unit.startsWith('d') ? value * 1440 : /^[hu]/.test(unit) ? value * 60 : value;
    matched += match[0];
  }
  if (matched.replace(/\s/g, '') !== trimmed.replace(/\s/g, '')) return undefined;
  return Math.round(total);
}

/** The text a lane cell shows for a step field. */
export function fieldText(step: Step, field: string | null): string {
  switch (field) {
    case 'doing':
      return step.doing;
    case 'thinking':
      return step.thinking;
    case 'feeling':
      return step.feeling;
    case 'people-systems': {
      const lines: string[] = [];
      if (step.people.length > 0) lines.push(t('canvas.cell.people', { names: step.people.join(', ') }));
      if (step.systems.length > 0) lines.push(t('canvas.cell.systems', { names: step.systems.join(', ') }));
      return lines.join('\n');
    }
    case 'owner':
      return step.owner;
    case 'durationMinutes':
      return formatDuration(step.durationMinutes);
    case 'title':
      return step.title;
    default:
      return '';
  }
}
