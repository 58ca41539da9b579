// Not presence itself (whose code loads once the board is drawn): the session gives this person their
// colour from the start, for their own cursor label and list entry once presence is live.

const PALETTE = [
  '#c2410c',
  '#b45309',
  '#15803d',
  '#0f766e',
  '#0369a1',
  '#4338ca',
  '#7e22ce',
  '#be185d',
  '#a16207',
  '#1d4ed8',
] as const;

/** A stable colour per user id, dark enough for white name labels (WCAG AA on white text). */
export function colorForUser(userId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length] ?? PALETTE[0];
}
