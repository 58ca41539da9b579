import { startTransition, useEffect, useState } from 'react';
import { sameRange, stepRangeToward, type VisibleRange } from './culling';

/**
 * The column range to render. While nothing is mounted (the first render, or the board's content just
 * arrived) it is everything wanted at once: the first complete picture matters more than one long frame.
 * Afterwards new columns are mounted a couple per animation frame, so a pan or zoom never pays for a burst
 * of mounts in one frame.
 */
export function useProgressiveRange(target: VisibleRange, perFrame = 2): VisibleRange {
  const [current, setCurrent] = useState(target);
  const empty = current.last < current.first;
  if (empty && !sameRange(current, target)) {
    // Adjusting state while rendering: React renders again at once, before committing anything.
    setCurrent(target);
  }
  useEffect(() => {
    if (sameRange(current, target)) return;
    const next = stepRangeToward(current, target, perFrame);
    if (next.last - next.first <= current.last - current.first && next.first >= current.first) {
      // Only shrinking (or moving rows): nothing to mount, apply now.
      setCurrent(next);
      return;
    }
    // A transition: React builds the new columns (Konva nodes, text measurement) in slices between
    // frames instead of in one long frame, and the pan or zoom keeps moving meanwhile.
    const frame = requestAnimationFrame(() => startTransition(() => setCurrent(next)));
    return () => cancelAnimationFrame(frame);
  }, [current, target, perFrame]);
  return empty ? target : current;
}
