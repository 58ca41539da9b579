import type KonvaType from 'konva';
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { cacheCanvasPool } from './konva-canvas-pool';
import { isViewportMoving, onViewportStill } from './viewport-motion';

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

/**
 * The resolution of a cache made now. Zooming out, a new cache takes the zoom's lower resolution at once
 * (a column mounted at a tenth of the size would otherwise get a full-size bitmap); zooming in it keeps the
 * settled one until the zoom settles. While the viewport moves, no cache is made above `movingCap` (the
 * device's own ratio): without a GPU a bitmap four times the pixels costs four times as much to allocate,
 * draw and scale on every frame, and the gesture shows it for a moment only.
 */
export function cacheRatioNow(input: {
  settled: number;
  live: number;
  moving: boolean;
  movingCap: number;
}): number {
  const ratio = Math.min(input.settled, input.live);
  return input.moving ? Math.min(ratio, input.movingCap) : ratio;
}

/**
 * A value that follows `target` only once it has been stable for `delayMs`: the cache resolution changes
 * with the zoom, and re-caching every visible column in the middle of a zoom gesture would stall frames,
 * while a slightly soft image for 200 ms does not.
 */
export function useSettled<T>(target: T, delayMs = 200): T {
  const [value, setValue] = useState(target);
  useEffect(() => {
    if (Object.is(target, value)) return;
    // A transition: every mounted column re-renders for a new resolution, in slices between frames.
    const timer = setTimeout(() => startTransition(() => setValue(target)), delayMs);
    return () => clearTimeout(timer);
  }, [target, value, delayMs]);
  return value;
}

/** Konva's internal (10.x) hook for changes below a node; feature-detected, never required. */
interface SubtreeObservable {
  _addSubtreeObserver?(observer: { _onSubtreeChange(): void }): void;
  _removeSubtreeObserver?(observer: { _onSubtreeChange(): void }): void;
}

// Re-caching is spread over frames with a time budget, so a zoom that changes the resolution of a hundred
// columns, or a first render, never pays for all of them in one frame.
const FRAME_BUDGET_MS = 6;
const queue = new Set<() => void>();
let pumping = false;
// Caches made below their resolution while the viewport moved, or whose resolution changed meanwhile:
// re-cached once it comes to rest.
const provisional = new Set<() => void>();
let restingFollowed = false;

function followRest() {
  if (restingFollowed) return;
  restingFollowed = true;
  onViewportStill(() => {
    for (const job of provisional) enqueue(job);
    provisional.clear();
  });
}

function pump() {
  const started = performance.now();
  for (const job of queue) {
    queue.delete(job);
    job();
    if (performance.now() - started > FRAME_BUDGET_MS) break;
  }
  if (queue.size > 0) requestAnimationFrame(pump);
  else pumping = false;
}

function enqueue(job: () => void) {
  queue.add(job);
  if (pumping) return;
  pumping = true;
  requestAnimationFrame(pump);
}

/**
 * `bounds` (in the column's coordinates) spares Konva measuring every node to find the cache's extent;
 * without it the group's client rect is used.
 */
export function useColumnCache({
  pixelRatio,
  liveRatio = () => pixelRatio,
  appearance,
  bounds,
}: {
  /** The settled resolution (see useSettled): a change re-caches, showing the old image meanwhile. */
  pixelRatio: number;
  /**
   * The resolution for the zoom right now. A cache made while zooming out uses it when it is lower: a
   * column mounted mid-zoom at a tenth of the size would otherwise allocate and draw a full-size bitmap.
   */
  liveRatio?: () => number;
  /**
   * What the column looks like apart from its content (the detail level). A commit that changes it keeps
   * showing the old image until the new one is cached, as a new resolution does: it comes with zooming,
   * where a slightly stale picture for a frame or two is invisible and redrawing every column live is not.
   */
  appearance?: unknown;
  bounds?: { x: number; y: number; width: number; height: number };
}) {
  const groupRef = useRef<KonvaType.Group>(null);
  const ratio = useRef({ settled: pixelRatio, live: liveRatio });
  ratio.current = { settled: pixelRatio, live: liveRatio };
  const knownBounds = useRef(bounds);
  knownBounds.current = bounds;
  // Set while rendering a new appearance, cleared once the column's commit is done (its layout effect
  // runs after its children's and after Konva reported their changes).
  const committedAppearance = useRef(appearance);
  const softCommit = useRef(false);
  if (!Object.is(committedAppearance.current, appearance)) softCommit.current = true;
  const recache = useCallback(() => {
    const group = groupRef.current;
    if (!group?.getLayer()) return;
    group.clearCache();
    const rect = knownBounds.current ?? group.getClientRect({ skipTransform: true });
    // Whole-pixel bounds: a cache placed at a fractional offset is resampled, and its text blurs.
    const x = Math.floor(rect.x);
    const y = Math.floor(rect.y);
    const width = Math.ceil(rect.x + rect.width) - x + 1;
    const height = Math.ceil(rect.y + rect.height) - y + 1;
    const wanted = Math.min(ratio.current.settled, ratio.current.live());
    const pixelRatio = cacheRatioNow({
      settled: ratio.current.settled,
      live: ratio.current.live(),
      moving: isViewportMoving(),
      movingCap: window.devicePixelRatio || 1,
    });
    if (pixelRatio < wanted) {
      followRest();
      provisional.add(recache);
    } else provisional.delete(recache);
    // A bitmap under one pixel wide or high is a canvas of size zero, which the browser refuses to draw
    // (it throws): something that small on screen is drawn live.
    if (rect.width < 1 || rect.height < 1 || width * pixelRatio < 1 || height * pixelRatio < 1) return;
    // A column scrolled out of view (or this one's previous image) freed a bitmap of this size: reuse it.
    const pool = cacheCanvasPool();
    pool.expect(width * pixelRatio, height * pixelRatio);
    try {
      group.cache({
        x,
        y,
        width,
        height,
        pixelRatio,
        // Nothing on the board is hit-tested by Konva, so the cache's hit canvas can be tiny.
        hitCanvasPixelRatio: 0.05,
        imageSmoothingEnabled: true,
      });
    } finally {
      pool.settle();
    }
    group.getLayer()?.batchDraw();
  }, []);
  /** Content changed: drop the stale image now (the next frame draws the live nodes), re-cache soon. */
  const invalidate = useCallback(() => {
    const group = groupRef.current;
    if (!softCommit.current && group?.isCached()) group.clearCache();
    enqueue(recache);
  }, [recache]);
  // A new resolution alone keeps showing the old image until the new one is ready.
  const cachedRatio = useRef(pixelRatio);
  useLayoutEffect(() => {
    if (cachedRatio.current === pixelRatio) return;
    cachedRatio.current = pixelRatio;
    // In the middle of a pan or zoom, the old image is good enough: re-cached once the viewport rests.
    if (isViewportMoving()) {
      followRest();
      provisional.add(recache);
    } else enqueue(recache);
  }, [pixelRatio, recache]);
  useEffect(
    () => () => {
      queue.delete(recache);
      provisional.delete(recache);
    },
    [recache],
  );
  // Every commit of the column re-caches it (notes call `invalidate` through the context), except one
  // caused only by a new resolution, handled above.
  const committedRatio = useRef(pixelRatio);
  useLayoutEffect(() => {
    if (committedRatio.current !== pixelRatio) committedRatio.current = pixelRatio;
    else invalidate();
    committedAppearance.current = appearance;
    softCommit.current = false;
  });
  // Anything else drawn inside the column (badges from other panels with their own subscriptions) is
  // caught by Konva's subtree observer, where this Konva version has one.
  const observed = useRef<{ group: SubtreeObservable; observer: { _onSubtreeChange(): void } } | null>(null);
  useLayoutEffect(() => {
    const group = groupRef.current as unknown as SubtreeObservable | null;
    if (observed.current?.group === group) return;
    observed.current?.group._removeSubtreeObserver?.(observed.current.observer);
    observed.current = null;
    if (!group || typeof group._addSubtreeObserver !== 'function') return;
    const observer = { _onSubtreeChange: invalidate };
    group._addSubtreeObserver(observer);
    observed.current = { group, observer };
  });
  useEffect(
    () => () => {
      observed.current?.group._removeSubtreeObserver?.(observed.current.observer);
      observed.current = null;
    },
    [],
  );
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
