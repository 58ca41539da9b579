import { useEffect, useState } from 'react';
import { sameRange, stepRangeToward, type VisibleRange } from './culling';

/**
 * The column range to render: the first render shows everything wanted at once; afterwards new columns
 * are mounted a couple per animation frame, so a pan or zoom never pays for a burst of mounts in one frame.
 */
export function useProgressiveRange(target: VisibleRange, perFrame = 2): VisibleRange {
  const [current, setCurrent] = useState(target);
  useEffect(() => {
    if (sameRange(current, target)) return;
    const next = stepRangeToward(current, target, perFrame);
    if (next.last - next.first <= current.last - current.first && next.first >= current.first) {
      // Only shrinking (or moving rows): nothing to mount, apply now.
      setCurrent(next);
      return;
    }
    const frame = requestAnimationFrame(() => setCurrent(next));
    return () => cancelAnimationFrame(frame);
  }, [current, target, perFrame]);
  return current;
}
