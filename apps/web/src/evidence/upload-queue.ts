import type { AttachmentParent, StoredBlob } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';
import { UploadError } from './evidence-api';
import { precheckFile, refusedFile, uploadFailure } from './upload-messages';
import { type KeptUpload, keptInOrder, type UploadStore } from './upload-store';

export type UploadStatus = 'waiting' | 'uploading' | 'failed';

/** A file being attached: shown at once (its own preview), referenced in the board only once stored. */
export interface PendingUpload {
  /** Also the id of the attachment it becomes. */
  readonly id: string;
  readonly parent: AttachmentParent;
  readonly name: string;
  readonly size: number;
  readonly type: string;
  /** An object URL of the file itself, for images: shown before the relay has it. */
  readonly previewUrl: string | null;
  readonly caption: string;
  readonly status: UploadStatus;
  /** 0..1 while uploading. */
  readonly progress: number;
  /** Why it failed, put into words where it is shown (the reader may switch language meanwhile). */
  readonly error: { readonly text: Message; readonly retry: boolean } | null;
  /** Its bytes are kept on this device: closing the tab does not lose it (it resumes when the board opens). */
  readonly kept: boolean;
}

export interface UploadQueueDeps {
  send(file: Blob, onProgress: (fraction: number) => void): Promise<StoredBlob>;
  /**
   * Writes the reference into the board; when it cannot, why: `gone` (the item was removed meanwhile)
   * or `not_attached` (the board refused it).
   */
  attach(upload: PendingUpload, blob: StoredBlob): 'gone' | 'not_attached' | null;
  isOnline(): boolean;
  /** Calls back when the browser comes back online; returns the unsubscribe. */
  onOnline(listener: () => void): () => void;
  previewUrl(file: Blob): string | null;
  revokeUrl(url: string): void;
  /** Where queued files are kept across a closed tab (IndexedDB, per board). */
  store: UploadStore;
  /** A new attachment id. */
  newId(): string;
  /** Whether the board already has this attachment (attached just before a tab closed). */
  isAttached(id: string): boolean;
  /**
   * Takes a queued file for this tab (another tab of the board may be sending it): resolves with how to
   * let it go again, or null when another tab has it.
   */
  claim(id: string): Promise<(() => void) | null>;
  now(): number;
  /** Says something to screen readers; the parts are translated and read one after another. */
  announce(...parts: Message[]): void;
}

/**
 * The files this browser is attaching, one upload at a time. A file waits while offline and goes when
 * the connection is back; a failed one says why and can be retried or dismissed. The reference is added
 * to the board only after the relay stored the file, so nothing half-uploaded is ever referenced.
 * Queued files are kept on the device (`store`) until attached or dismissed: a tab closed before they
 * went loses nothing, and `resume` takes them up when the board is opened again.
 */
export class UploadQueue {
  private items: readonly PendingUpload[] = [];
  private readonly kept = new Map<string, KeptUpload>();
  private readonly releases = new Map<string, () => void>();
  private readonly listeners = new Set<() => void>();
  private busy = false;
  private resumed = false;
  private destroyed = false;
  /** The store's writes, one after another (a removal never overtakes the write it undoes). */
  private storing: Promise<unknown> = Promise.resolve();
  private readonly stopOnline: () => void;

  constructor(private readonly deps: UploadQueueDeps) {
    this.stopOnline = deps.onOnline(() => this.pump());
  }

  getItems = (): readonly PendingUpload[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queues files for a parent; returns what to say about those refused before sending. */
  add(parent: AttachmentParent, files: readonly File[], caption = ''): Message[] {
    const refused: Message[] = [];
    const added: PendingUpload[] = [];
    for (const file of files) {
      const problem = precheckFile(file);
      if (problem) {
        refused.push(refusedFile(file.name, problem));
        continue;
      }
      const kept: KeptUpload = {
        id: this.deps.newId(),
        parent,
        name: file.name || (file.type === 'application/pdf' ? 'document.pdf' : 'image'),
        type: file.type,
        caption,
        file,
        addedAt: this.deps.now(),
      };
      added.push(this.track(kept, false));
      this.keep(kept, true);
    }
    if (added.length > 0) {
      this.set([...this.items, ...added]);
      this.pump();
    }
    return refused;
  }

  /**
   * Takes up the files an earlier visit left queued on this device (once the board's document has
   * arrived, so that what was attached meanwhile is recognised). Files another open tab is sending stay
   * with it. Resolves with how many were taken up.
   */
  async resume(): Promise<number> {
    if (this.resumed || this.destroyed) return 0;
    this.resumed = true;
    const { uploads, junk } = keptInOrder(await this.stored(() => this.deps.store.all(), []));
    for (const key of junk) void this.stored(() => this.deps.store.remove(key), undefined);
    const taken: PendingUpload[] = [];
    for (const upload of uploads) {
      if (this.kept.has(upload.id)) continue;
      if (this.deps.isAttached(upload.id)) {
        void this.stored(() => this.deps.store.remove(upload.id), undefined);
        continue;
      }
      const release = await this.deps.claim(upload.id);
      if (!release) continue;
      if (this.destroyed) {
        release();
        break;
      }
      this.releases.set(upload.id, release);
      taken.push(this.track(upload, true));
    }
    if (taken.length > 0) {
      this.set([...this.items, ...taken]);
      this.deps.announce(message('evidence.upload.resumed', { count: taken.length }));
      this.pump();
    }
    return taken.length;
  }

  setCaption(id: string, caption: string): void {
    this.update(id, { caption });
    const kept = this.kept.get(id);
    if (kept) this.keep({ ...kept, caption }, false);
  }

  retry(id: string): void {
    this.update(id, { status: 'waiting', error: null, progress: 0 });
    this.pump();
  }

  dismiss(id: string): void {
    const item = this.items.find((i) => i.id === id);
    if (!item || item.status === 'uploading') return;
    this.remove(item);
  }

  /** Leaves the board: what is still queued stays kept on the device for the next visit. */
  destroy(): void {
    this.destroyed = true;
    this.stopOnline();
    for (const item of this.items) if (item.previewUrl) this.deps.revokeUrl(item.previewUrl);
    for (const release of this.releases.values()) release();
    this.releases.clear();
    this.items = [];
    this.kept.clear();
  }

  /** The item shown for a kept file (its own preview, at once). */
  private track(kept: KeptUpload, stored: boolean): PendingUpload {
    this.kept.set(kept.id, kept);
    return {
      id: kept.id,
      parent: kept.parent,
      name: kept.name,
      size: kept.file.size,
      type: kept.type,
      previewUrl: kept.type.startsWith('image/') ? this.deps.previewUrl(kept.file) : null,
      caption: kept.caption,
      status: 'waiting',
      progress: 0,
      error: null,
      kept: stored,
    };
  }

  /** Writes a queued file to the device (claiming it for this tab first when it is new). */
  private keep(upload: KeptUpload, claim: boolean): void {
    void this.stored(async () => {
      if (claim) {
        const release = await this.deps.claim(upload.id);
        if (release) this.releases.set(upload.id, release);
      }
      // Attached or dismissed meanwhile: nothing to keep.
      if (!this.kept.has(upload.id)) return false;
      await this.deps.store.put(upload);
      return true;
    }, false).then((stored) => {
      if (stored) this.update(upload.id, { kept: true });
    });
  }

  /** One store operation after the others; a failing store loses the copy on the device, not the upload. */
  private stored<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    const next = this.storing.then(operation).catch((error: unknown) => {
      console.warn('the upload queue could not use the device storage:', error);
      return fallback;
    });
    this.storing = next;
    return next;
  }

  private pump(): void {
    if (this.busy || this.destroyed || !this.deps.isOnline()) return;
    const next = this.items.find((i) => i.status === 'waiting');
    if (!next) return;
    this.busy = true;
    void this.upload(next).finally(() => {
      this.busy = false;
      this.pump();
    });
  }

  private async upload(item: PendingUpload): Promise<void> {
    const file = this.kept.get(item.id)?.file;
    if (!file) return;
    this.update(item.id, { status: 'uploading', progress: 0 });
    try {
      const blob = await this.deps.send(file, (progress) => this.update(item.id, { progress }));
      // Left the board meanwhile: the file stays kept, and the next visit attaches it (the relay has it).
      if (this.destroyed) return;
      const current = this.items.find((i) => i.id === item.id) ?? item;
      const problem = this.deps.attach(current, blob);
      if (problem) {
        this.fail(item.id, problem, '');
        return;
      }
      this.deps.announce(message('evidence.upload.attached', { name: current.name }));
      this.remove(current);
    } catch (error) {
      const code = error instanceof UploadError ? error.code : 'unknown';
      const relaySays = error instanceof Error ? error.message : String(error);
      if (code === 'network' && !this.deps.isOnline()) {
        // Offline meanwhile: it goes again when the connection is back.
        this.update(item.id, { status: 'waiting', progress: 0 });
        return;
      }
      this.fail(item.id, code, relaySays);
    }
  }

  private fail(id: string, code: string, relaySays: string): void {
    const item = this.items.find((i) => i.id === id);
    const error = uploadFailure(code, relaySays, item?.parent.kind);
    this.update(id, { status: 'failed', error, progress: 0 });
    this.deps.announce(message('evidence.upload.file-said', { name: item?.name ?? '' }), error.text);
  }

  private remove(item: PendingUpload): void {
    if (item.previewUrl) this.deps.revokeUrl(item.previewUrl);
    this.kept.delete(item.id);
    const id = item.id;
    void this.stored(() => this.deps.store.remove(id), undefined).then(() => {
      this.releases.get(id)?.();
      this.releases.delete(id);
    });
    this.set(this.items.filter((i) => i.id !== id));
  }

  private update(id: string, patch: Partial<PendingUpload>): void {
    if (!this.items.some((i) => i.id === id)) return;
    this.set(this.items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  }

  private set(items: readonly PendingUpload[]): void {
    this.items = items;
    for (const listener of this.listeners) listener();
  }
}
