import type { StoredBlob } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import { t as translate } from '../i18n/i18n';
import { UploadError } from './evidence-api';
import { type PendingUpload, UploadQueue, type UploadQueueDeps } from './upload-queue';
import { type KeptUpload, memoryUploadStore } from './upload-store';

const BLOB: StoredBlob = { hash: 'a'.repeat(64), type: 'image/png', size: 10, width: 2, height: 2 };
const step = { kind: 'step', id: 's1' } as const;
const png = (name = 'shot.png') => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/png' });

function setup(
  options: { store?: ReturnType<typeof memoryUploadStore>; attachedIds?: string[]; otherTab?: string[] } = {},
) {
  let online = true;
  let ids = 0;
  const store = options.store ?? memoryUploadStore();
  const released: string[] = [];
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
    store,
    newId: () => `file-${++ids}`,
    isAttached: (id) => (options.attachedIds ?? []).includes(id),
    claim: async (id) => ((options.otherTab ?? []).includes(id) ? null : () => released.push(id)),
    now: () => 1000 + ids,
    announce: () => {},
  };
  const queue = new UploadQueue(deps);
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    queue,
    sends,
    attached,
    revoked,
    store,
    released,
    deps,
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

const kept = (id: string, addedAt: number, name = `${id}.png`): KeptUpload => ({
  id,
  parent: step,
  name,
  type: 'image/png',
  caption: '',
  file: png(name),
  addedAt,
});

describe('UploadQueue on the device', () => {
  it('keeps a queued file (bytes and what it becomes) until it is attached, under the attachment id', async () => {
    const t = setup();
    t.goOffline();
    t.queue.add(step, [png()], 'Lock-out');
    expect(t.queue.getItems()[0]).toMatchObject({ id: 'file-1', kept: false });
    await t.flush();
    expect(t.queue.getItems()[0]!.kept).toBe(true);
    expect(t.store.records.get('file-1')).toMatchObject({
      parent: step,
      name: 'shot.png',
      caption: 'Lock-out',
    });
    expect(((t.store.records.get('file-1') as KeptUpload).file as File).name).toBe('shot.png');
    t.queue.setCaption('file-1', 'Locked out');
    await t.flush();
    expect(t.store.records.get('file-1')).toMatchObject({ caption: 'Locked out' });
    t.goOnline();
    t.sends[0]!.resolve(BLOB);
    await t.flush();
    expect(t.attached.map(([u]) => [u.id, u.caption])).toEqual([['file-1', 'Locked out']]);
    expect(t.store.records.size).toBe(0);
    expect(t.released).toEqual(['file-1']);
  });

  it('resumes what an earlier visit left, oldest first; skips what was attached, what another tab sends, and junk', async () => {
    const store = memoryUploadStore();
    await store.put(kept('file-b', 20));
    await store.put(kept('file-a', 10));
    await store.put(kept('file-done', 5));
    await store.put(kept('file-other-tab', 1));
    store.records.set('junk', { id: 'junk', parent: 'nowhere' });
    const t = setup({ store, attachedIds: ['file-done'], otherTab: ['file-other-tab'] });
    expect(await t.queue.resume()).toBe(2);
    expect(t.queue.getItems().map((i) => [i.id, i.kept, i.previewUrl])).toEqual([
      ['file-a', true, 'blob:preview'],
      ['file-b', true, 'blob:preview'],
    ]);
    await t.flush();
    expect([...store.records.keys()].sort()).toEqual(['file-a', 'file-b', 'file-other-tab']);
    // Resuming twice takes nothing twice.
    expect(await t.queue.resume()).toBe(0);
    t.sends[0]!.resolve(BLOB);
    await t.flush();
    t.sends[1]!.resolve(BLOB);
    await t.flush();
    expect(t.attached.map(([u]) => u.id)).toEqual(['file-a', 'file-b']);
    expect([...store.records.keys()]).toEqual(['file-other-tab']);
  });

  it('waits offline with what it resumed, and forgets a dismissed failure on the device', async () => {
    const store = memoryUploadStore();
    await store.put(kept('file-a', 1));
    const t = setup({ store });
    t.goOffline();
    await t.queue.resume();
    expect(t.queue.getItems()[0]!.status).toBe('waiting');
    t.goOnline();
    t.sends[0]!.reject(new UploadError('unsupported_type', 'no', 415));
    await t.flush();
    expect(t.queue.getItems()[0]!.status).toBe('failed');
    expect(store.records.has('file-a')).toBe(true);
    t.queue.dismiss('file-a');
    await t.flush();
    expect(store.records.size).toBe(0);
  });

  it('leaving the board mid-upload attaches nothing and keeps the file for the next visit', async () => {
    const t = setup();
    t.queue.add(step, [png()]);
    await t.flush();
    t.queue.destroy();
    t.sends[0]!.resolve(BLOB);
    await t.flush();
    expect(t.attached).toEqual([]);
    expect([...t.store.records.keys()]).toEqual(['file-1']);
    expect(t.released).toEqual(['file-1']);
    // The next visit finds it attached already (the reference was written): it is only forgotten.
    const next = setup({ store: t.store, attachedIds: ['file-1'] });
    expect(await next.queue.resume()).toBe(0);
    await next.flush();
    expect(next.store.records.size).toBe(0);
  });

  it('a failing device storage loses the copy, not the upload', async () => {
    const t = setup({
      store: { ...memoryUploadStore(), put: () => Promise.reject(new Error('QuotaExceededError')) } as never,
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      t.queue.add(step, [png()]);
      await t.flush();
      expect(t.queue.getItems()[0]!.kept).toBe(false);
      t.sends[0]!.resolve(BLOB);
      await t.flush();
      expect(t.attached).toHaveLength(1);
    } finally {
      console.warn = warn;
    }
  });
});
