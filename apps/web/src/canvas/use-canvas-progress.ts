import { useEffect } from 'react';
import type * as Y from 'yjs';
import { reportCanvasProgress, resetCanvasProgress } from './canvas-progress';

/** Tells the page how far the board is drawn (for the first-paint loader and the tests that wait on it). */
export function useCanvasProgress(doc: Y.Doc, complete: boolean, stepCount: number) {
  useEffect(() => reportCanvasProgress({ doc, complete, stepCount }), [doc, complete, stepCount]);
  useEffect(() => () => resetCanvasProgress(doc), [doc]);
}
