import { beforeEach, describe, expect, it } from 'vitest';
import { resetUiStore, useUiStore } from './ui-store';
import { screenToBoard, ZOOM_STEP } from './viewport';

describe('ui store', () => {
  beforeEach(() => resetUiStore());

  it('keeps one selection at a time', () => {
    const store = useUiStore.getState();
    store.setSelectedStepId('step-1');
    expect(useUiStore.getState().selectedStepId).toBe('step-1');
    store.setSelectedNoteId('note-1');
    expect(useUiStore.getState()).toMatchObject({ selectedStepId: null, selectedNoteId: 'note-1' });
    store.setSelectedStepId('step-2');
    expect(useUiStore.getState()).toMatchObject({ selectedStepId: 'step-2', selectedNoteId: null });
    store.clearSelection();
    expect(useUiStore.getState()).toMatchObject({ selectedStepId: null, selectedNoteId: null });
  });

  it('zooms in and out around the centre of the canvas', () => {
    const store = useUiStore.getState();
    store.setViewportSize({ width: 800, height: 600 });
    const centreBefore = screenToBoard(useUiStore.getState().viewport, { x: 400, y: 300 });
    store.zoomIn();
    const zoomed = useUiStore.getState().viewport;
    expect(zoomed.scale).toBeCloseTo(ZOOM_STEP);
    const centreAfter = screenToBoard(zoomed, { x: 400, y: 300 });
    expect(centreAfter.x).toBeCloseTo(centreBefore.x);
    expect(centreAfter.y).toBeCloseTo(centreBefore.y);
    store.zoomOut();
    expect(useUiStore.getState().viewport.scale).toBeCloseTo(1);
  });

  it('resets the zoom to 100 %', () => {
    const store = useUiStore.getState();
    store.setViewportSize({ width: 800, height: 600 });
    store.zoomBy(3);
    store.resetZoom();
    expect(useUiStore.getState().viewport.scale).toBeCloseTo(1);
  });

  it('rejects non-finite viewports and zoom factors', () => {
    const store = useUiStore.getState();
    store.setViewport({ x: Number.NaN, y: 0, scale: 1 });
    store.zoomBy(0);
    store.zoomBy(Number.NaN);
    expect(useUiStore.getState().viewport).toEqual({ x: 0, y: 0, scale: 1 });
  });

  it('counts zoom-to-fit requests so the canvas can react to each one', () => {
    const store = useUiStore.getState();
    store.requestZoomToFit();
    store.requestZoomToFit();
    expect(useUiStore.getState().zoomToFitRequest).toBe(2);
  });

  it('stops following someone when the user pans or zooms', () => {
    const store = useUiStore.getState();
    store.setFollowTarget(42);
    expect(useUiStore.getState().followTarget).toBe(42);
    store.panBy(10, 0);
    expect(useUiStore.getState().followTarget).toBeNull();
    store.setFollowTarget(42);
    store.zoomIn();
    expect(useUiStore.getState().followTarget).toBeNull();
  });

  it('numbers edit and reveal requests so asking twice for the same target counts twice', () => {
    const store = useUiStore.getState();
    store.requestEdit({ kind: 'note', noteId: 'n1' });
    const first = useUiStore.getState().editRequest;
    expect(first?.target).toEqual({ kind: 'note', noteId: 'n1' });
    store.requestEdit({ kind: 'note', noteId: 'n1' });
    expect(useUiStore.getState().editRequest?.seq).toBe((first?.seq ?? 0) + 1);
    store.requestReveal({ kind: 'step', stepId: 's1', field: 'title' });
    store.requestReveal({ kind: 'step', stepId: 's1', field: 'title' });
    expect(useUiStore.getState().revealRequest).toEqual({
      target: { kind: 'step', stepId: 's1', field: 'title' },
      seq: 2,
    });
  });

  it('does not notify subscribers when the canvas size is unchanged', () => {
    const store = useUiStore.getState();
    store.setViewportSize({ width: 10, height: 10 });
    let calls = 0;
    const unsubscribe = useUiStore.subscribe(() => {
      calls += 1;
    });
    store.setViewportSize({ width: 10, height: 10 });
    unsubscribe();
    expect(calls).toBe(0);
  });
});

describe('ui store panning limits', () => {
  beforeEach(() => resetUiStore());

  it('keeps the board on screen once the canvas knows its size', () => {
    const store = useUiStore.getState();
    store.setViewportSize({ width: 800, height: 600 });
    store.panBy(-100_000, 0);
    expect(useUiStore.getState().viewport.x).toBe(-100_000);
    store.setContentSize({ width: 2000, height: 1000 });
    store.panBy(-100_000, 0);
    expect(useUiStore.getState().viewport.x).toBe(96 - 2000);
  });
});
