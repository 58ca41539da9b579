import type { BoardPicture } from '../canvas/board-picture';
import { message } from '../i18n/i18n';
import { drawPoster, type PosterInput } from './board-picture-of';
import { PngStream } from './png-encoder';
import { type ProgressListener, yieldToBrowser } from './yield';

export const PNG_PIXEL_RATIO = 2;
/** Beyond this many device pixels on a side (or in area) one <canvas> is unsafe in some browsers. */
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_AREA = 16_384 * 16_384;
const TILE_SIDE = 4_096;
const BAND_ROWS = 256;

export interface PngExport {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** The poster's own size (the PNG is this times PNG_PIXEL_RATIO). */
  readonly posterWidth: number;
  readonly posterHeight: number;
  readonly tiled: boolean;
}

function fitsOneCanvas(width: number, height: number): boolean {
  return width <= MAX_CANVAS_SIDE && height <= MAX_CANVAS_SIDE && width * height <= MAX_CANVAS_AREA;
}

/** Renders a picture at `ratio` in one go (boards of ordinary size). */
export async function renderPictureBlob(
  scene: BoardPicture,
  ratio: number,
  type = 'image/png',
  quality?: number,
): Promise<Blob> {
  const canvas = scene.stage.toCanvas({
    x: 0,
    y: 0,
    width: scene.width,
    height: scene.height,
    pixelRatio: ratio,
  });
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the image'))),
      type,
      quality,
    ),
  );
}

/**
 * Renders band after band of tiles, showing only the columns each tile crosses, and streams the rows
 * into a PNG encoder: memory stays at one band and the page keeps responding.
 */
async function renderTiled(scene: BoardPicture, onProgress: ProgressListener): Promise<Blob> {
  const ratio = PNG_PIXEL_RATIO;
  const width = Math.round(scene.width * ratio);
  const height = Math.round(scene.height * ratio);
  const png = new PngStream(width, height, yieldToBrowser);
  const tileWidth = TILE_SIDE / ratio;
  const bands = Math.ceil(height / BAND_ROWS);
  // One band buffer for the whole image: allocating tens of megabytes per band would make the garbage
  // collector pause the page.
  const buffer = new Uint8ClampedArray(width * BAND_ROWS * 4);
  for (let band = 0; band < bands; band++) {
    const rowStart = band * BAND_ROWS;
    const rows = Math.min(BAND_ROWS, height - rowStart);
    const pixels = buffer.subarray(0, width * rows * 4);
    for (let tileX = 0; tileX < scene.width; tileX += tileWidth) {
      const w = Math.min(tileWidth, scene.width - tileX);
      for (const column of scene.columns)
        column.node.visible(column.x < tileX + w && column.x + column.width > tileX);
      const canvas = scene.stage.toCanvas({
        x: tileX,
        y: rowStart / ratio,
        width: w,
        height: rows / ratio,
        pixelRatio: ratio,
      });
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas context');
      const pxX = Math.round(tileX * ratio);
      const pxW = Math.min(canvas.width, width - pxX);
      const data = context.getImageData(0, 0, pxW, Math.min(rows, canvas.height)).data;
      for (let r = 0; r < Math.min(rows, canvas.height); r++) {
        pixels.set(data.subarray(r * pxW * 4, (r + 1) * pxW * 4), (r * width + pxX) * 4);
      }
      await yieldToBrowser();
    }
    await png.writeRows(pixels, rows);
    onProgress((band + 1) / bands, message('after.export.step.rendering-image'));
  }
  for (const column of scene.columns) column.node.visible(true);
  onProgress(1, message('after.export.step.compressing'));
  return png.finish();
}

/**
 * The poster (header, the whole board as the canvas draws it, every column and row whatever is on
 * screen, and the legend) as a PNG at twice its size.
 */
export async function exportBoardPng(
  input: PosterInput,
  onProgress: ProgressListener = () => {},
): Promise<PngExport> {
  const picture = await drawPoster(input, (f, label) => onProgress(f * 0.4, label));
  try {
    const { width, height } = picture;
    const pxW = Math.round(width * PNG_PIXEL_RATIO);
    const pxH = Math.round(height * PNG_PIXEL_RATIO);
    const tiled = !fitsOneCanvas(pxW, pxH);
    onProgress(0.45, message('after.export.step.rendering-image'));
    await yieldToBrowser();
    const blob = tiled
      ? await renderTiled(picture, (f, label) => onProgress(0.45 + f * 0.55, label))
      : await renderPictureBlob(picture, PNG_PIXEL_RATIO);
    onProgress(1, message('after.export.step.done'));
    return { blob, width: pxW, height: pxH, posterWidth: width, posterHeight: height, tiled };
  } finally {
    picture.destroy();
  }
}
