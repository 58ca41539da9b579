// Dates and times as service desks export them: ISO (`2026-03-01`, `2026-03-01T09:15:00Z`,
// `2026-03-01 09:15`) or day first (`01-03-2026`, `1/3/2026 9:15`, `01.03.2026`). Times without a zone
// are read as UTC: only differences (waits) and calendar months matter here, and both sides of a
// difference come from the same export.

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function valid(y: number, m: number, d: number, h: number, min: number, s: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Milliseconds since the epoch, or null when the text is not a date in one of the forms above. */
export function parseServiceDeskDate(text: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  const iso = ISO.exec(value);
  if (iso) {
    const [y, m, d, h, min, s] = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]].map((p) =>
      Number(p ?? 0),
    ) as [number, number, number, number, number, number];
    if (!valid(y, m, d, h, min, s)) return null;
    let at = Date.UTC(y, m - 1, d, h, min, s);
    const zone = iso[7];
    if (zone && zone !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      at -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return at;
  }
  const dmy = DAY_FIRST.exec(value);
  if (dmy) {
    const [d, m, y, h, min, s] = [dmy[1], dmy[2], dmy[3], dmy[4], dmy[5], dmy[6]].map((p) =>
      Number(p ?? 0),
    ) as [number, number, number, number, number, number];
    if (!valid(y, m, d, h, min, s)) return null;
    return Date.UTC(y, m - 1, d, h, min, s);
  }
  return null;
}
