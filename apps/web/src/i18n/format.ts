/**
 * Dates, times, numbers and relative times in the reader's language, through `Intl` (nothing to ship:
 * the browser knows every locale's formats). Pure: the language is an argument.
 */

export function formatNumber(language: string, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}

export function formatDate(
  language: string,
  at: Date | number,
  options?: Intl.DateTimeFormatOptions,
): string {
  return new Intl.DateTimeFormat(language, options ?? { dateStyle: 'medium' }).format(at);
}

export function formatTime(language: string, at: Date | number): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(at);
}

export function formatDateTime(language: string, at: Date | number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 minutes ago" / "3 minuten geleden", "in 2 days" / "over 2 dagen", "now" / "nu". */
export function formatRelativeTime(language: string, at: number, now: number): string {
  const diff = at - now;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'second') return format.format(Math.round(diff / size), unit);
  }
  return format.format(0, 'second');
}

/** A duration in whole minutes: "45 min", "1 h 30 min" (`Intl` unit formats, per language). */
export function formatMinutes(language: string, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  const unit = (value: number, u: 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(rest, 'minute');
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** A score or mean as the reader writes numbers: whole numbers as they are, others to one decimal (6,3). */
export function formatScore(language: string, value: number): string {
  return formatNumber(language, value, { maximumFractionDigits: 1, useGrouping: false });
}

/** A signed difference for people: +1.5 / +1,5, −2, 0 (a true minus sign, as in typeset numbers). */
export function formatDelta(language: string, delta: number, digits = 1): string {
  const rounded = Number(delta.toFixed(digits));
  if (rounded === 0) return formatNumber(language, 0);
  const abs = formatNumber(language, Math.abs(rounded), {
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  return rounded > 0 ? `+${abs}` : `−${abs}`;
}

/** A file size as the reader writes numbers: "512 B", "12.3 KB" / "12,3 KB", "3.5 MB" / "3,5 MB". */
export function formatBytes(language: string, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(language, bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(language, bytes / 1024, { maximumFractionDigits: 1 })} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${formatNumber(language, megabytes, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}
