/** Parses the duration field: blank clears it; otherwise a whole number of minutes, 0 or more. */
export function parseDuration(
  text: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: 'Duration is a whole number of minutes.' };
  return { ok: true, value: Number(trimmed) };
}

export const SCORE_OPTIONS = [
  { value: '', label: 'Not scored' },
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(10 - i), label: `${10 - i} / 10` })),
];

/** "" → null, "7" → 7; anything outside 1–10 is not a score. */
export function parseScore(value: string): number | null {
  if (!/^\d{1,2}$/.test(value)) return null;
  const score = Number(value);
  return score >= 1 && score <= 10 ? score : null;
}
