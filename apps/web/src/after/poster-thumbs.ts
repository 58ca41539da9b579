/** A thumbnail ready to draw on a poster. */
export interface PosterThumb {
  readonly image: CanvasImageSource;
  readonly width: number;
  readonly height: number;
}

/** The poster's thumbnails by blob hash; null: it could not be fetched (the poster says so instead). */
export type PosterThumbs = ReadonlyMap<string, PosterThumb | null>;

/** Fetches one thumbnail (authorised like the viewer: the board key in a header). */
export type ThumbLoader = (hash: string) => Promise<PosterThumb>;

/** How long one thumbnail may take before the poster goes on without it. */
export const THUMB_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the thumbnail took too long')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Fetches the thumbnails of `hashes` (each once, a few at a time). One that fails or takes too long is
 * null: the export goes on and draws a placeholder that says so. Never rejects.
 */
export async function loadPosterThumbs(
  hashes: readonly string[],
  load: ThumbLoader,
  onProgress: (done: number, count: number) => void = () => {},
  options: { readonly concurrency?: number; readonly timeoutMs?: number } = {},
): Promise<Map<string, PosterThumb | null>> {
  const unique = [...new Set(hashes)];
  const thumbs = new Map<string, PosterThumb | null>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < unique.length) {
      const hash = unique[next++]!;
      let thumb: PosterThumb | null = null;
      try {
        const loaded = await withTimeout(load(hash), options.timeoutMs ?? THUMB_TIMEOUT_MS);
        thumb = loaded.width > 0 && loaded.height > 0 ? loaded : null;
      } catch (error) {
        console.warn(`a poster thumbnail could not be fetched (${hash.slice(0, 12)}):`, error);
      }
      thumbs.set(hash, thumb);
      onProgress(++done, unique.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, unique.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return thumbs;
}

/** A loader that decodes each thumbnail from the object URL `url` gives (the browser's image decoder). */
export function imageThumbLoader(url: (hash: string) => Promise<string>): ThumbLoader {
  return async (hash) => {
    const image = new Image();
    image.src = await url(hash);
    await image.decode();
    return { image, width: image.naturalWidth, height: image.naturalHeight };
  };
}
