import type { Step } from '@journeyboard/journey';

/** A step's duration for the time row: "45 min", "2 h 30 min", "3 d 4 h". */
export function formatDuration(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes) || minutes < 0) return '';
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
}

/**
 * Reads what someone typed into the time row: a bare number is minutes; "2h", "1 h 30", "3 d" and
 * "90 min" work too. Empty clears it. Returns undefined when it cannot be understood.
 */
export function parseDuration(text: string): number | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed));
  const pattern = /(\d+(?:\.\d+)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m)?/g;
  let total = 0;
  let matched = '';
  for (const match of trimmed.matchAll(pattern)) {
    const value = Number(match[1]);
    const unit = match[2] ?? 'min';
    total += unit.startsWith('d') ? value * 1440 : unit.startsWith('h') ? value * 60 : value;
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
      if (step.people.length > 0) lines.push(`People: ${step.people.join(', ')}`);
      if (step.systems.length > 0) lines.push(`Systems: ${step.systems.join(', ')}`);
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
