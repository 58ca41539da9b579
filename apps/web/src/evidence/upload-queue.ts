import type { AttachmentParent, StoredBlob } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';
import { UploadError } from './evidence-api';
import { precheckFile, refusedFile, uploadFailure } from './upload-messages';

export type UploadStatus = 'waiting' | 'uploading' | 'failed';

/** A file being attached: shown at once (its own preview), referenced in the board only once stored. */
export interface PendingUpload {
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
  /** Says something to screen readers; the parts are translated and read one after another. */
  announce(...parts: Message[]): void;
}

let counter = 0;

/**
 * The files this browser is attaching, one upload at a time. A file waits while offline and goes when
 * the connection is back; a failed one says why and can be retried or dismissed. The reference is added
 * to the board only after the relay stored the file, so nothing half-uploaded is ever referenced.
 */
export class UploadQueue {
  private items: readonly PendingUpload[] = [];
  private readonly files = new Map<string, Blob>();
  private readonly listeners = new Set<() => void>();
  private busy = false;
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
      const id = `upload-${++counter}`;
      this.files.set(id, file);
      added.push({
        id,
        parent,
        name: file.name || (file.type === 'application/pdf' ? 'document.pdf' : 'image'),
        size: file.size,
        type: file.type,
        previewUrl: file.type.startsWith('image/') ? this.deps.previewUrl(file) : null,
        caption,
        status: 'waiting',
        progress: 0,
        error: null,
      });
    }
    if (added.length > 0) {
      this.set([...this.items, ...added]);
      this.pump();
    }
    return refused;
  }

  setCaption(id: string, caption: string): void {
    this.update(id, { caption });
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

  destroy(): void {
    this.stopOnline();
    for (const item of this.items) if (item.previewUrl) this.deps.revokeUrl(item.previewUrl);
    this.items = [];
    this.files.clear();
  }

  private pump(): void {
    if (this.busy || !this.deps.isOnline()) return;
    const next = this.items.find((i) => i.status === 'waiting');
    if (!next) return;
    this.busy = true;
    void this.upload(next).finally(() => {
      this.busy = false;
      this.pump();
    });
  }

  private async upload(item: PendingUpload): Promise<void> {
    const file = this.files.get(item.id);
    if (!file) return;
    this.update(item.id, { status: 'uploading', progress: 0 });
    try {
      const blob = await this.deps.send(file, (progress) => this.update(item.id, { progress }));
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
    this.files.delete(item.id);
    this.set(this.items.filter((i) => i.id !== item.id));
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
