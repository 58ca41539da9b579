import { createHash, randomBytes } from 'node:crypto';
import { addAttachment, IDENTITY_HEADER, readBoard, setLocked } from '@journeyboard/journey';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
} from '../test-support/relay-fixture';

type Role = 'facilitator' | 'participant' | 'observer';
interface Person {
  key: string;
  id: string;
  token: string;
  boardId: string;
}

const UPLOAD_LIMIT = 200 * 1024;
const QUOTA = 400 * 1024;

async function png(width: number, height: number, color = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

/** Random pixels: compress badly, so the stored size is close to width × height × 3. */
async function noisyPng(width: number, height: number): Promise<Buffer> {
  const pixels = randomBytes(width * height * 3);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

describe('evidence files on the relay', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let other: CreatedBoard;
  const clients: Client[] = [];

  async function join(target: CreatedBoard, role: Role): Promise<Person> {
    const key = keyOf(target.links[role]);
    const response = await fetch(`${relay.url}/api/boards/${target.id}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const { identity } = (await response.json()) as { identity: { id: string; token: string } };
    return { key, ...identity, boardId: target.id };
  }

  function upload(person: Person, body: Uint8Array, key = person.key) {
    return fetch(`${relay.url}/api/boards/${person.boardId}/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        [IDENTITY_HEADER]: person.token,
        'content-type': 'application/octet-stream',
      },
      body,
    });
  }

  function download(person: Person, hash: string, variant = '', boardId = person.boardId) {
    return fetch(`${relay.url}/api/boards/${boardId}/files/${hash}${variant ? `?variant=${variant}` : ''}`, {
      headers: { authorization: `Bearer ${person.key}` },
    });
  }

  const GRACE_MS = 3_600_000;

  beforeAll(async () => {
    relay = await startTestRelay({
      MAX_UPLOAD_BYTES: String(UPLOAD_LIMIT),
      MAX_BOARD_BLOB_BYTES: String(QUOTA),
      // An hour, as a real relay has: with none, the background sweeper (then every second) could take a
      // file between its upload and the reference written to the board, as it would on a busy machine.
      BLOB_GRACE_MS: String(GRACE_MS),
    });
    board = await createBoard(relay, { title: 'Evidence', template: 'password-reset' });
    other = await createBoard(relay, { title: 'Other' });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('stores an image by the hash of what it stored, and serves it with its type, sandboxed', async () => {
    const alice = await join(board, 'participant');
    const response = await upload(alice, await png(4000, 1000));
    expect(response.status).toBe(201);
    const blob = (await response.json()) as { hash: string; type: string; width: number; height: number };
    // Downscaled to the display size, same type.
    expect(blob).toMatchObject({ type: 'image/png', width: 2560, height: 640 });
    const observer = await join(board, 'observer');
    const full = await download(observer, blob.hash);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('image/png');
    expect(full.headers.get('x-content-type-options')).toBe('nosniff');
    expect(full.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(full.headers.get('content-disposition')).toMatch(
      /^inline; filename="evidence-[0-9a-f]{12}\.png"$/,
    );
    const bytes = new Uint8Array(await full.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(blob.hash);
    const thumb = await download(observer, blob.hash, 'thumb');
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(320);
  });

  it('serves a PDF only as a sandboxed download', async () => {
    const alice = await join(board, 'participant');
    const response = await upload(alice, PDF);
    expect(response.status).toBe(201);
    const blob = (await response.json()) as { hash: string; type: string; width: number | null };
    expect(blob).toMatchObject({ type: 'application/pdf', width: null });
    const served = await download(alice, blob.hash);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toMatch(
      /^attachment; filename="evidence-[0-9a-f]{12}\.pdf"$/,
    );
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('reads the type from the bytes: HTML or SVG renamed .png is refused', async () => {
    const alice = await join(board, 'participant');
    const html = Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>');
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    for (const bytes of [html, svg]) {
      const response = await fetch(`${relay.url}/api/boards/${board.id}/files`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${alice.key}`,
          'content-type': 'image/png',
          'x-file-name': 'shot.png',
        },
        body: bytes,
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ code: 'unsupported_type' });
    }
    // A PNG header on something that does not decode is not an image either.
    const fake = Buffer.concat([(await png(2, 2)).subarray(0, 40), Buffer.from('<html>')]);
    expect((await upload(alice, fake)).status).toBe(422);
  });

  it('refuses a file over MAX_UPLOAD_BYTES and a board over MAX_BOARD_BLOB_BYTES', async () => {
    const alice = await join(board, 'participant');
    const big = Buffer.concat([PDF, Buffer.alloc(UPLOAD_LIMIT)]);
    const tooBig = await upload(alice, big);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({
      code: 'too_large',
      error: 'the file is larger than 0.2 MiB',
    });
    // Noisy images ~150 KiB each: the quota (400 KiB, with what earlier tests stored) fills up.
    const statuses: number[] = [];
    let last: { code?: string } = {};
    for (let i = 0; i < 4; i++) {
      const response = await upload(alice, await noisyPng(220 + i, 220));
      statuses.push(response.status);
      last = (await response.json()) as { code?: string };
    }
    expect(statuses.slice(0, 2)).toEqual([201, 201]);
    expect(statuses.at(-1)).toBe(413);
    expect(last.code).toBe('quota');
    const used = (await relay.store.listBlobs(board.id)).reduce((sum, blob) => sum + blob.bytes, 0);
    expect(used).toBeLessThanOrEqual(QUOTA);
  });

  it('refuses a wrong key, an observer, and participants while the board is locked', async () => {
    const alice = await join(board, 'participant');
    const image = await png(8, 8, '#ff0000');
    expect((await upload(alice, image, 'not-the-key')).status).toBe(401);
    const observer = await join(board, 'observer');
    const refused = await upload(observer, image);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'role' });

    const facilitator = await join(board, 'facilitator');
    const session = connect(relay.wsUrl, board.id, 'session', facilitator.key, {
      identity: facilitator.token,
    });
    clients.push(session);
    await synced(session);
    setLocked(session.doc, true, 'test');
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 409; attempt++) {
      status = (await upload(alice, image)).status;
      if (status !== 409) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(409);
    expect((await upload(facilitator, image)).status).toBe(201);
    setLocked(session.doc, false, 'test');
  });

  it('keeps boards apart: a blob of another board is not reachable with this board’s key', async () => {
    const alice = await join(board, 'participant');
    const stranger = await join(other, 'facilitator');
    const mine = (await (await upload(alice, await png(9, 9, '#00ff00'))).json()) as { hash: string };
    expect((await download(stranger, mine.hash)).status).toBe(404);
    // Its key for the other board's id: refused.
    expect((await download(stranger, mine.hash, '', board.id)).status).toBe(401);
    expect((await download(alice, 'x'.repeat(64))).status).toBe(400);
  });

  it('strips EXIF (GPS position) from a photo', async () => {
    const alice = await join(board, 'participant');
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#884422' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '52/1 22/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '4/1 53/1 0/1',
        },
      })
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(Buffer.from('PhoneMaker'))).toBe(true);
    const stored = (await (await upload(alice, photo)).json()) as { hash: string; type: string };
    expect(stored.type).toBe('image/jpeg');
    const served = Buffer.from(await (await download(alice, stored.hash)).arrayBuffer());
    const after = await sharp(served).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(served.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(served.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('sweeps blobs nothing refers to, keeps referenced ones and those a checkpoint refers to', async () => {
    const facilitator = await join(board, 'facilitator');
    const kept = (await (await upload(facilitator, await png(10, 10, '#111111'))).json()) as {
      hash: string;
      type: 'image/png';
      size: number;
      width: number;
      height: number;
    };
    const inCheckpoint = (await (
      await upload(facilitator, await png(11, 11, '#222222'))
    ).json()) as typeof kept;
    const orphan = (await (await upload(facilitator, await png(12, 12, '#333333'))).json()) as typeof kept;

    const content = connect(relay.wsUrl, board.id, 'content', facilitator.key, {
      identity: facilitator.token,
    });
    clients.push(content);
    await synced(content);
    const stepId = readBoard(content.doc).steps[0]!.id;
    const parent = { kind: 'step', id: stepId } as const;
    addAttachment(content.doc, { parent, blob: inCheckpoint, id: 'file-cp', authorId: facilitator.id }, 'me');
    // Durable on the relay before the checkpoint is taken.
    await waitForAsync(async () => (await relay.blobs.referenced(board.id)).has(inCheckpoint.hash));
    await relay.history.createNamed(board.id, 'before removal');
    content.doc.getMap('attachments').delete('file-cp');
    addAttachment(content.doc, { parent, blob: kept, id: 'file-kept', authorId: facilitator.id }, 'me');
    await waitForAsync(async () => (await relay.blobs.referenced(board.id)).has(kept.hash));

    // As the sweep will see it once the grace period is over.
    await relay.blobs.sweep(board.id, Date.now() + GRACE_MS + 1);
    const remaining = new Set((await relay.store.listBlobs(board.id)).map((blob) => blob.hash));
    expect(remaining.has(kept.hash)).toBe(true);
    expect(remaining.has(inCheckpoint.hash)).toBe(true);
    expect(remaining.has(orphan.hash)).toBe(false);
    expect((await download(facilitator, orphan.hash)).status).toBe(404);
  });

  it('removes a board’s blobs with the board', async () => {
    const target = await createBoard(relay, { title: 'Doomed' });
    const facilitator = await join(target, 'facilitator');
    expect((await upload(facilitator, await png(5, 5))).status).toBe(201);
    expect(await relay.store.listBlobs(target.id)).toHaveLength(1);
    expect(await relay.boards.delete(target.id)).toBe(true);
    expect(await relay.store.listBlobs(target.id)).toEqual([]);
  });
});

async function waitForAsync(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
