import { startTransition, useEffect, useState } from 'react';

/**
 * How far down (a board y) columns draw their rows. Until the board has been drawn once, only to the
 * bottom of the screen: most of a column's cards and notes are in the lanes below it, and building their
 * Konva nodes and measuring their text took most of the canvas's share of the first render. Two frames
 * after the first complete picture, every row follows in a transition (built in slices between frames),
 * and from then on columns always draw every row, so pans never wait for rows.
 */
export function useRowReach(screenBottom: number, drawn: boolean): number {
  const [everything, setEverything] = useState(false);
  useEffect(() => {
    if (!drawn || everything) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => startTransition(() => setEverything(true)));
    });
    return () => cancelAnimationFrame(frame);
  }, [drawn, everything]);
  return everything ? Number.POSITIVE_INFINITY : screenBottom;
}
