// A streaming PNG encoder (8-bit RGBA, no interlace) fed band by band, so a board too large for one
// <canvas> (browsers cap a side near 32k pixels and the area near 268M) is still exported at full size
// without ever holding the whole bitmap. Compression runs in the browser's native CompressionStream, off
// the main thread's critical path.

const PNG_SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

export function crc32(parts: readonly Uint8Array[]): number {
  const t = table();
  let c = 0xffffffff;
  for (const bytes of parts)
    for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

export function ihdr(width: number, height: number): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data[8] = 8; // bit depth
  data[9] = 6; // RGBA
  return pngChunk('IHDR', data);
}

/** Width and height from a PNG's IHDR (used by tests and to check an export). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  for (let i = 0; i < 8; i++) if (bytes[i] !== PNG_SIGNATURE[i]) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export class PngStream {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly compressed: Promise<Uint8Array[]>;
  private rowsWritten = 0;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly pause: () => Promise<void> = () => Promise.resolve(),
  ) {
    const stream = new CompressionStream('deflate');
    this.writer = stream.writable.getWriter();
    this.compressed = (async () => {
      const chunks: Uint8Array[] = [];
      const reader = stream.readable.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return chunks;
        chunks.push(value);
      }
    })();
  }

  /** Appends whole rows of RGBA pixels (`rows × width × 4` bytes), top to bottom. */
  async writeRows(rgba: Uint8Array | Uint8ClampedArray, rows: number): Promise<void> {
    const stride = this.width * 4;
    if (rgba.length < rows * stride) throw new Error('not enough pixel data for the rows');
    if (this.rowsWritten + rows > this.height) throw new Error('more rows than the image height');
    // Slices of about 1 MB: the browser deflates each write in one go on the main thread, so big writes
    // would stall the page; between slices it paints and handles input.
    const slice = Math.max(1, Math.floor((1 << 20) / (stride + 1)));
    for (let first = 0; first < rows; first += slice) {
      const count = Math.min(slice, rows - first);
      const out = new Uint8Array(count * (stride + 1));
      for (let r = 0; r < count; r++) {
        // Filter type 0 (none) on each scanline: flat board colours still compress well.
        out.set(rgba.subarray((first + r) * stride, (first + r + 1) * stride), r * (stride + 1) + 1);
      }
      await this.writer.write(out);
      if (first + count < rows) await this.pause();
    }
    this.rowsWritten += rows;
  }

  async finish(): Promise<Blob> {
    if (this.rowsWritten !== this.height) throw new Error(`wrote ${this.rowsWritten} of ${this.height} rows`);
    await this.writer.close();
    const data = await this.compressed;
    const idat: Uint8Array[] = [];
    // IDAT chunks of at most 1 MB keep every chunk well within the format's limits.
    const joined = concat(data);
    for (let offset = 0; offset < joined.length; offset += 1 << 20) {
      idat.push(pngChunk('IDAT', joined.subarray(offset, Math.min(joined.length, offset + (1 << 20)))));
    }
    const parts = [
      PNG_SIGNATURE,
      ihdr(this.width, this.height),
      ...idat,
      pngChunk('IEND', new Uint8Array(0)),
    ];
    return new Blob(parts as BlobPart[], { type: 'image/png' });
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
