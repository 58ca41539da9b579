import type { StoredBlob } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import { t as translate } from '../i18n/i18n';
import { UploadError } from './evidence-api';
import { type PendingUpload, UploadQueue, type UploadQueueDeps } from './upload-queue';

const BLOB: StoredBlob = { hash: 'a'.repeat(64), type: 'image/png', size: 10, width: 2, height: 2 };
const step = { kind: 'step', id: 's1' } as const;
const png = (name = 'shot.png') => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/png' });

function setup() {
  let online = true;
  let onlineListener: () => void = () => {};
  const sends: { resolve(b: StoredBlob): void; reject(e: unknown): void; progress(f: number): void }[] = [];
  const attached: [PendingUpload, StoredBlob][] = [];
  const revoked: string[] = [];
  const deps: UploadQueueDeps = {
    send: (_file, onProgress) =>
      new Promise((resolve, reject) => sends.push({ resolve, reject, progress: onProgress })),
    attach: (upload, blob) => {
      attached.push([upload, blob]);
      return null;
    },
    isOnline: () => online,
    onOnline: (listener) => {
      onlineListener = listener;
      return () => {};
    },
    previewUrl: () => 'blob:preview',
    revokeUrl: (url) => revoked.push(url),
    announce: () => {},
  };
  const queue = new UploadQueue(deps);
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    queue,
    sends,
    attached,
    revoked,
    flush,
    goOffline: () => {
      online = false;
    },
    goOnline: () => {
      online = true;
      onlineListener();
    },
  };
}

describe('UploadQueue', () => {
  it('shows a file at once, reports progress, and attaches it only once the relay stored it', async () => {
    const t = setup();
    t.queue.add(step, [png()], 'Lock-out');
    expect(t.queue.getItems()).toMatchObject([
      { status: 'uploading', previewUrl: 'blob:preview', caption: 'Lock-out' },
    ]);
    t.sends[0]!.progress(0.5);
    expect(t.queue.getItems()[0]!.progress).toBe(0.5);
    expect(t.attached).toEqual([]);
    t.sends[0]!.resolve(BLOB);
    await t.flush();
    expect(t.attached.map(([u, b]) => [u.caption, b.hash])).toEqual([['Lock-out', BLOB.hash]]);
    expect(t.queue.getItems()).toEqual([]);
    expect(t.revoked).toEqual(['blob:preview']);
  });

  it('waits while offline and sends when the connection is back', async () => {
    const t = setup();
    t.goOffline();
    t.queue.add(step, [png()]);
    expect(t.queue.getItems()[0]!.status).toBe('waiting');
    expect(t.sends).toHaveLength(0);
    t.goOnline();
    expect(t.sends).toHaveLength(1);
    // Lost the connection mid-way: waiting again, not failed.
    t.goOffline();
    t.sends[0]!.reject(new UploadError('network', 'unreachable', 0));
    await t.flush();
    expect(t.queue.getItems()[0]!.status).toBe('waiting');
    t.goOnline();
    t.sends[1]!.resolve(BLOB);
    await t.flush();
    expect(t.attached).toHaveLength(1);
  });

  it('says why an upload failed, and retries on request; refuses other types before sending', async () => {
    const t = setup();
    const refused = t.queue.add(step, [png(), new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' })]);
    expect(refused.map((m) => translate(m))).toEqual([
      'x.svg: only PNG, JPEG, WebP, GIF images and PDF documents can be attached.',
    ]);
    t.sends[0]!.reject(new UploadError('quota', "this board's files are full (10 MiB of 10 MiB)", 413));
    await t.flush();
    expect(t.queue.getItems()[0]).toMatchObject({ status: 'failed', error: { retry: false } });
    expect(translate(t.queue.getItems()[0]!.error!.text)).toBe(
      'No room left: this board’s files are full (10 MiB of 10 MiB). Remove files the board no longer needs.',
    );
    t.queue.retry(t.queue.getItems()[0]!.id);
    t.sends[1]!.resolve(BLOB);
    await t.flush();
    expect(t.attached).toHaveLength(1);
  });

  it('sends one file at a time, in order', async () => {
    const t = setup();
    t.queue.add(step, [png('a.png'), png('b.png')]);
    expect(t.sends).toHaveLength(1);
    t.sends[0]!.resolve(BLOB);
    await t.flush();
    expect(t.sends).toHaveLength(2);
    expect(t.queue.getItems().map((i) => i.name)).toEqual(['b.png']);
  });
});
