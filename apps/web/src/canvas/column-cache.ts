import type KonvaType from 'konva';
import { createContext, useCallback, useContext, useLayoutEffect, useRef } from 'react';

/**
 * Bitmap caching of whole columns: a pan or zoom then draws one image per visible column instead of
 * every card, note and text in it. Anything that changes inside a column (the column itself, or one of
 * its notes re-rendering on its own) invalidates the cache; the column is re-cached once, after the commit.
 */
export const ColumnCacheContext = createContext<() => void>(() => {});

/** The cache resolution for a zoom level: a power of two at or above it, so zooming re-caches rarely. */
export function cachePixelRatio(scale: number, devicePixelRatio = 1): number {
  const bucket = 2 ** Math.ceil(Math.log2(Math.max(scale, 1 / 64)));
  return Math.min(2, bucket) * devicePixelRatio;
}

export function useColumnCache(pixelRatio: number) {
  const groupRef = useRef<KonvaType.Group>(null);
  const scheduled = useRef(false);
  const ratio = useRef(pixelRatio);
  ratio.current = pixelRatio;
  const invalidate = useCallback(() => {
    if (scheduled.current) return;
    scheduled.current = true;
    queueMicrotask(() => {
      scheduled.current = false;
      const group = groupRef.current;
      if (!group?.getLayer()) return;
      group.clearCache();
      const rect = group.getClientRect({ skipTransform: true });
      if (rect.width < 1 || rect.height < 1) return;
      group.cache({ ...rect, pixelRatio: ratio.current, imageSmoothingEnabled: true });
      group.getLayer()?.batchDraw();
    });
  }, []);
  // Every commit of the column re-caches it; notes call `invalidate` through the context.
  useLayoutEffect(() => {
    invalidate();
  });
  return { groupRef, invalidate };
}

/**
 * For children of a cached column: re-cache the column whenever this component commits. Every component
 * drawn inside a StepColumn that re-renders on its own (its own store subscription) must call this, or
 * its change stays invisible until the column re-renders for another reason.
 */
export function useInvalidateColumn() {
  const invalidate = useContext(ColumnCacheContext);
  useLayoutEffect(() => {
    invalidate();
  });
}
