import { createHash } from 'node:crypto';
import { ATTACHMENT_TYPES, type AttachmentType } from '@journeyboard/journey';
import type { NewBlob } from '../storage/store';

// Loaded on the first upload, not at start: a relay that never sees a file never loads libvips.
const sharpModule = () => import('sharp').then((m) => m.default);

/**
 * What the relay makes of an uploaded file before storing it. The type is read from the bytes (never
 * from a name or a header); only PNG, JPEG, WebP, GIF and PDF are taken. Images are decoded and encoded
 * again, downscaled to a display size, with a small WebP thumbnail: whatever metadata the original
 * carried (EXIF with GPS position, camera serials, XMP, comments) is not in what is stored, and a file
 * that only claims to be an image (HTML, SVG, a script renamed .png) never decodes. PDFs are kept as
 * they are and only ever served as downloads in a sandbox.
 */

/** The longest edge of a stored image, in pixels (a screenshot on a 4K screen keeps its text legible). */
export const DISPLAY_EDGE = 2560;
/** The longest edge of a thumbnail (cards and lists; twice their largest drawn size). */
export const THUMB_EDGE = 320;
/** Refuse to decode images larger than this many pixels (decompression bombs). */
const MAX_INPUT_PIXELS = 80_000_000;

export type IntakeRefusal =
  | { code: 'unsupported_type'; message: string }
  | { code: 'unreadable'; message: string };

export type Intake = { ok: true; blob: NewBlob } | { ok: false; refusal: IntakeRefusal };

const ACCEPTED = new Set<string>(ATTACHMENT_TYPES);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The accepted type the bytes are, or null. */
export async function detectType(bytes: Uint8Array): Promise<AttachmentType | null> {
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  return detected && ACCEPTED.has(detected.mime) ? (detected.mime as AttachmentType) : null;
}

async function encodeImage(input: Uint8Array, type: AttachmentType): Promise<NewBlob> {
  const sharp = await sharpModule();
  const animated = type === 'image/gif' || type === 'image/webp';
  const source = () => sharp(input, { animated, limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  // `rotate()` applies the EXIF orientation to the pixels, since the EXIF itself is dropped.
  const resized = source()
    .rotate()
    .resize({ width: DISPLAY_EDGE, height: DISPLAY_EDGE, fit: 'inside', withoutEnlargement: true });
  const encoded =
    type === 'image/png'
      ? resized.png({ compressionLevel: 9 })
      : type === 'image/jpeg'
        ? resized.jpeg({ quality: 85, mozjpeg: true })
        : type === 'image/webp'
          ? resized.webp({ quality: 85 })
          : resized.gif();
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  const thumb = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  // An animated image's height is the height of all its frames stacked; the viewer wants one frame's.
  const height = info.pageHeight ?? info.height;
  return { hash: sha256(bytes), type, width: info.width, height, data: bytes, thumb };
}

/** Reads, checks and prepares an uploaded file for storing. */
export async function intakeFile(bytes: Uint8Array): Promise<Intake> {
  const type = await detectType(bytes);
  if (!type) {
    return {
      ok: false,
      refusal: {
        code: 'unsupported_type',
        message: 'only PNG, JPEG, WebP, GIF images and PDF documents can be attached',
      },
    };
  }
  if (type === 'application/pdf') {
    return {
      ok: true,
      blob: { hash: sha256(bytes), type, width: null, height: null, data: bytes, thumb: null },
    };
  }
  try {
    return { ok: true, blob: await encodeImage(bytes, type) };
  } catch {
    return {
      ok: false,
      refusal: { code: 'unreadable', message: 'this image could not be read (damaged or too large)' },
    };
  }
}

/**
 * A file from a board's zip export, taken as it is (so the board re-imports identically, hashes and all)
 * only when it is exactly what the relay itself stores: the hash of its bytes, the declared type read
 * from the bytes, and for images nothing but pixels (no EXIF, XMP, IPTC, ICC) within the display size.
 * Anything else in a zip is refused: the import says which file.
 */
export async function intakeExported(
  bytes: Uint8Array,
  declared: { hash: string; type: string },
): Promise<{ ok: true; blob: NewBlob } | { ok: false; message: string }> {
  if (sha256(bytes) !== declared.hash) return { ok: false, message: 'its bytes do not match its hash' };
  const type = await detectType(bytes);
  if (type !== declared.type) return { ok: false, message: `it is not a ${declared.type} file` };
  if (type === 'application/pdf') {
    return {
      ok: true,
      blob: { hash: declared.hash, type, width: null, height: null, data: bytes, thumb: null },
    };
  }
  try {
    const sharp = await sharpModule();
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: true }).metadata();
    const height = meta.pageHeight ?? meta.height ?? 0;
    const width = meta.width ?? 0;
    if (meta.exif || meta.xmp || meta.iptc || meta.icc || meta.comments) {
      return { ok: false, message: 'it carries metadata a Journeyboard export never has' };
    }
    if (width > DISPLAY_EDGE || height > DISPLAY_EDGE)
      return { ok: false, message: 'it is larger than the display size' };
    const thumb = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return { ok: true, blob: { hash: declared.hash, type, width, height, data: bytes, thumb } };
  } catch {
    return { ok: false, message: 'it could not be read as an image' };
  }
}
