import { type CanvasPool, createCanvasPool } from './canvas-pool';
import { Konva } from './konva';

/** What the pool keeps of free cache bitmaps at most: a dozen or so full-height columns. */
const MAX_POOLED_BYTES = 48 * 1024 * 1024;

let installed: CanvasPool<HTMLCanvasElement> | null = null;

/** The pool of cache bitmaps, wrapped around Konva's own canvas creation and release (installed once). */
export function cacheCanvasPool(): CanvasPool<HTMLCanvasElement> {
  if (installed) return installed;
  const util = Konva.Util;
  const create = util.createCanvasElement.bind(util);
  const release = util.releaseCanvas.bind(util);
  const pool = createCanvasPool<HTMLCanvasElement>({ create, release, maxBytes: MAX_POOLED_BYTES });
  util.createCanvasElement = () => pool.create();
  util.releaseCanvas = (...canvases: HTMLCanvasElement[]) => pool.release(...canvases);
  installed = pool;
  return pool;
}
