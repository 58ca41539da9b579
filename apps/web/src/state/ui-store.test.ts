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
    store.setContentSize({ width: 2000, height: 1000, pinnedLeft: 168, pinnedTop: 112 });
    store.panBy(-100_000, 0);
    expect(useUiStore.getState().viewport.x).toBe(168 + 96 - 2000);
  });

  it('keeps the board in view however the viewport is set, and when the board shrinks', () => {
    const store = useUiStore.getState();
    store.setViewportSize({ width: 800, height: 600 });
    store.setContentSize({ width: 2000, height: 1000, pinnedLeft: 168, pinnedTop: 112 });
    // Revealing, fitting and following set the viewport directly: the same limits apply.
    store.setViewport({ x: 50_000, y: -50_000, scale: 1 });
    expect(useUiStore.getState().viewport).toEqual({ x: 800 - 96 - 168, y: 112 + 96 - 1000, scale: 1 });
    store.zoomBy(1 / 1.25);
    store.zoomIn();
    expect(useUiStore.getState().viewport.x).toBeLessThanOrEqual(800 - 96 - 168);
    // Steps removed from the end while looking at it: the view follows the board's new end.
    store.setViewport({ x: 168 + 96 - 2000, y: 0, scale: 1 });
    store.setContentSize({ width: 1000, height: 1000, pinnedLeft: 168, pinnedTop: 112 });
    expect(useUiStore.getState().viewport.x).toBe(168 + 96 - 1000);
    // A panel laid over the canvas's right half: the board stays in what is left of it.
    store.setViewport({ x: 800 - 96 - 168, y: 0, scale: 1 });
    store.setViewportInsets({ top: 0, right: 400, bottom: 0, left: 0 });
    expect(useUiStore.getState().viewport.x).toBe(400 - 96 - 168);
  });

  it('does not notify anyone when a viewport set again is the same once limited', () => {
    const store = useUiStore.getState();
    store.setViewportSize({ width: 800, height: 600 });
    store.setContentSize({ width: 2000, height: 1000, pinnedLeft: 168, pinnedTop: 112 });
    store.setViewport({ x: 50_000, y: 0, scale: 1 });
    let calls = 0;
    const unsubscribe = useUiStore.subscribe(() => {
      calls += 1;
    });
    store.setViewport({ x: 50_000, y: 0, scale: 1 });
    unsubscribe();
    expect(calls).toBe(0);
  });
});
