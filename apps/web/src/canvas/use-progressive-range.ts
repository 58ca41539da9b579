import { startTransition, useEffect, useState } from 'react';
import { sameRange, stepRangeToward, type VisibleRange } from './culling';

function emptyAt(target: VisibleRange): VisibleRange {
  return { first: 0, last: -1, top: target.top, bottom: target.bottom };
}

/**
 * The column range to render. While nothing has been mounted yet (the first render, or the board's
 * content just arrived) it is everything wanted at once: the first complete picture matters more than one
 * long frame. Afterwards new columns are mounted a couple per animation frame, so a pan or zoom never pays
 * for a burst of mounts in one frame. While `parked` (zoomed far out, where one overview shape draws the
 * board instead) nothing is mounted, and the columns come back a couple per frame when it ends.
 */
export function useProgressiveRange(
  target: VisibleRange,
  perFrame = 2,
  parked = false,
  /** What the very first mount takes at once (the columns in view); the rest of `target` follows. */
  firstMount: VisibleRange = target,
): VisibleRange {
  const [current, setCurrent] = useState(target);
  // Only the very first mount is all at once; after a parking the columns grow back like any other.
  const [eager, setEager] = useState(true);
  const empty = current.last < current.first;
  // Adjusting state while rendering: React renders again at once, before committing anything.
  if (parked) {
    if (!empty) setCurrent(emptyAt(target));
    if (eager) setEager(false);
  } else if (empty && eager && !sameRange(current, firstMount)) {
    setCurrent(firstMount);
  }
  useEffect(() => {
    if (parked || sameRange(current, target)) return;
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
  }, [current, target, perFrame, parked]);
  if (parked) return emptyAt(target);
  return empty && eager ? firstMount : current;
}
