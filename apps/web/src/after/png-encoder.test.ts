import { describe, expect, test } from 'vitest';
import { crc32, PngStream, pngSize } from './png-encoder';

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Reads the chunks back: type, data, and whether the CRC matches. */
function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crc = view.getUint32(at + 8 + length);
    out.push({ type, data, crcOk: crc === crc32([png.subarray(at + 4, at + 8), data]) });
    at += 12 + length;
  }
  return out;
}

describe('PngStream', () => {
  test('crc32 of a known value', () => {
    expect(crc32([new TextEncoder().encode('IEND')])).toBe(0xae426082);
  });

  test('writes a valid PNG band by band with the exact pixels', async () => {
    const width = 3;
    const height = 5;
    const png = new PngStream(width, height);
    const pixel = (x: number, y: number) => [x * 40, y * 30, 200, 255];
    for (const [start, rows] of [
      [0, 2],
      [2, 3],
    ] as const) {
      const data = new Uint8Array(width * rows * 4);
      for (let r = 0; r < rows; r++)
        for (let x = 0; x < width; x++) data.set(pixel(x, start + r), (r * width + x) * 4);
      await png.writeRows(data, rows);
    }
    const bytes = await bytesOf(await png.finish());
    expect(pngSize(bytes)).toEqual({ width, height });
    const parsed = chunks(bytes);
    expect(parsed.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parsed.every((c) => c.crcOk)).toBe(true);
    const raw = await inflate(parsed[1]!.data);
    expect(raw.length).toBe(height * (width * 4 + 1));
    for (let y = 0; y < height; y++) {
      expect(raw[y * (width * 4 + 1)]).toBe(0);
      for (let x = 0; x < width; x++) {
        const at = y * (width * 4 + 1) + 1 + x * 4;
        expect([...raw.subarray(at, at + 4)]).toEqual(pixel(x, y));
      }
    }
  });

  test('refuses too many or too few rows', async () => {
    const png = new PngStream(1, 1);
    await expect(png.writeRows(new Uint8Array(8), 2)).rejects.toThrow(/more rows/);
    await expect(png.finish()).rejects.toThrow(/wrote 0 of 1/);
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
  });
});
