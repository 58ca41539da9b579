import { describe, expect, it } from 'vitest';
import { getCanvasProgress, reportCanvasProgress, resetCanvasProgress } from './canvas-progress';

describe('canvas progress', () => {
  it('keeps the latest report per document and resets only its own document', () => {
    const doc = {};
    const other = {};
    reportCanvasProgress({ doc, complete: true, stepCount: 3 });
    expect(getCanvasProgress()).toEqual({ doc, complete: true, stepCount: 3 });
    resetCanvasProgress(other);
    expect(getCanvasProgress().doc).toBe(doc);
    resetCanvasProgress(doc);
    expect(getCanvasProgress()).toEqual({ doc: null, complete: false, stepCount: 0 });
  });

  it('returns the same object for an unchanged report, so subscribers do not re-render', () => {
    const doc = {};
    reportCanvasProgress({ doc, complete: false, stepCount: 0 });
    const first = getCanvasProgress();
    reportCanvasProgress({ doc, complete: false, stepCount: 0 });
    expect(getCanvasProgress()).toBe(first);
    reportCanvasProgress({ doc, complete: true, stepCount: 0 });
    expect(getCanvasProgress()).not.toBe(first);
  });
});
