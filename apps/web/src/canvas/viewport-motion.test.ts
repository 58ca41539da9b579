import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../state/ui-store';
import { isViewportMoving, onViewportStill, STILL_AFTER_MS } from './viewport-motion';

describe('viewport motion', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is moving right after a pan and rests STILL_AFTER_MS after the last one', () => {
    const rested = vi.fn();
    const stop = onViewportStill(rested);
    useUiStore.getState().panBy(10, 0);
    expect(isViewportMoving()).toBe(true);
    vi.advanceTimersByTime(STILL_AFTER_MS / 2);
    useUiStore.getState().panBy(10, 0);
    vi.advanceTimersByTime(STILL_AFTER_MS / 2);
    expect(rested).not.toHaveBeenCalled();
    expect(isViewportMoving()).toBe(true);
    vi.advanceTimersByTime(STILL_AFTER_MS);
    expect(rested).toHaveBeenCalledTimes(1);
    expect(isViewportMoving()).toBe(false);
    stop();
    useUiStore.getState().panBy(10, 0);
    vi.advanceTimersByTime(STILL_AFTER_MS * 2);
    expect(rested).toHaveBeenCalledTimes(1);
  });
});
