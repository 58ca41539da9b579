/**
 * Reuses the bitmaps of column caches. Without a GPU, a new canvas the size of a column costs ~20 ms to
 * allocate and draw first (measured in the bench's Chromium), while giving a canvas of the same size its size
 * again costs ~1 ms: the browser clears the bitmap it has. Columns scrolling out of view free canvases that
 * the columns scrolling in want, at the same size; so do re-caches of a column.
 *
 * Konva creates and frees cache canvases itself (Util.createCanvasElement, Util.releaseCanvas): the pool
 * wraps those two. Only canvases asked for with `expect` are pooled, and at most `maxBytes` are kept.
 */
export interface PooledCanvas {
  width: number;
  height: number;
}

export interface CanvasPool<C extends PooledCanvas> {
  /** The next canvas created is a cache bitmap of this many pixels: reuse a free one of that size. */
  expect(width: number, height: number): void;
  /** Forget an `expect` that created nothing (the cache was skipped). */
  settle(): void;
  create(): C;
  /** Frees canvases: pooled ones are kept (while they fit), the others go to `release`. */
  release(...canvases: C[]): void;
  /** Bytes held by free canvases in the pool. */
  readonly pooledBytes: number;
}

export function createCanvasPool<C extends PooledCanvas>({
  create,
  release,
  maxBytes,
}: {
  create(): C;
  release(...canvases: C[]): void;
  maxBytes: number;
}): CanvasPool<C> {
  const free = new Map<string, C[]>();
  const pooled = new WeakSet<C>();
  let expected: string | null = null;
  let pooledBytes = 0;
  const bytes = (canvas: C) => canvas.width * canvas.height * 4;
  return {
    expect(width, height) {
      expected = `${Math.floor(width)}x${Math.floor(height)}`;
    },
    settle() {
      expected = null;
    },
    create() {
      const key = expected;
      expected = null;
      if (key === null) return create();
      const reused = free.get(key)?.pop();
      if (reused) {
        pooledBytes -= bytes(reused);
        return reused;
      }
      const canvas = create();
      pooled.add(canvas);
      return canvas;
    },
    release(...canvases) {
      const others: C[] = [];
      for (const canvas of canvases) {
        const size = bytes(canvas);
        if (!pooled.has(canvas) || size === 0 || pooledBytes + size > maxBytes) {
          others.push(canvas);
          continue;
        }
        const key = `${canvas.width}x${canvas.height}`;
        const list = free.get(key);
        if (list?.includes(canvas)) continue;
        if (list) list.push(canvas);
        else free.set(key, [canvas]);
        pooledBytes += size;
      }
      if (others.length > 0) release(...others);
    },
    get pooledBytes() {
      return pooledBytes;
    },
  };
}
