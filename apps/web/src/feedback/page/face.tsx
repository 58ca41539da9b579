/**
 * A face for a 1–10 score, drawn as SVG (the machine has no emoji font, and none is relied on): the
 * mouth bends from a frown at 1 to a smile at 10, the colour goes from red through amber to green.
 */
export function scoreHue(score: number): number {
  return Math.round(((Math.min(10, Math.max(1, score)) - 1) / 9) * 120);
}

export function Face({ score, size = 28 }: { readonly score: number; readonly size?: number }) {
  const bend = ((score - 5.5) / 4.5) * 7; // −7 (frown) … +7 (smile)
  const hue = scoreHue(score);
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle
        cx="16"
        cy="16"
        r="14"
        fill={`hsl(${hue} 70% 82%)`}
        stroke={`hsl(${hue} 55% 35%)`}
        strokeWidth="2"
      />
      <circle cx="11" cy="13" r="2" fill={`hsl(${hue} 55% 25%)`} />
      <circle cx="21" cy="13" r="2" fill={`hsl(${hue} 55% 25%)`} />
      <path
        d={`M 9 ${21 - bend / 2} Q 16 ${21 + bend} 23 ${21 - bend / 2}`}
        fill="none"
        stroke={`hsl(${hue} 55% 25%)`}
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  );
}
