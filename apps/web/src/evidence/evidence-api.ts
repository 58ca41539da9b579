import {
  ATTACHMENT_TYPES,
  type AttachmentType,
  IDENTITY_HEADER,
  type StoredBlob,
} from '@journeyboard/journey';

/** Where and as whom files are sent: the board, its key (the role) and the identity the relay issued. */
export interface EvidenceCaller {
  readonly boardId: string;
  readonly key: string;
  readonly identityToken: string;
}

/** Why an upload failed: the relay's code (`too_large`, `quota`, `unsupported_type` …) or `network`. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const ACCEPTED = new Set<string>(ATTACHMENT_TYPES);

/** The relay's answer to an upload, checked (a client validates what the network says too). */
export function parseStoredBlob(body: unknown): StoredBlob | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  const pixels = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0);
  if (typeof b.hash !== 'string' || !/^[0-9a-f]{64}$/.test(b.hash)) return null;
  if (typeof b.type !== 'string' || !ACCEPTED.has(b.type)) return null;
  if (typeof b.size !== 'number' || !Number.isInteger(b.size) || b.size <= 0) return null;
  if (!pixels(b.width) || !pixels(b.height)) return null;
  return {
    hash: b.hash,
    type: b.type as AttachmentType,
    size: b.size,
    width: b.width as number | null,
    height: b.height as number | null,
  };
}

/** Sends a file to the relay, reporting progress (0..1); resolves with what the relay stored. */
export function uploadFile(
  caller: EvidenceCaller,
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<StoredBlob> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/boards/${encodeURIComponent(caller.boardId)}/files`);
    request.setRequestHeader('Authorization', `Bearer ${caller.key}`);
    request.setRequestHeader(IDENTITY_HEADER, caller.identityToken);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { error?: unknown; code?: unknown } | null;
      if (request.status === 201) {
        const blob = parseStoredBlob(body);
        if (blob) resolve(blob);
        else reject(new UploadError('bad_answer', 'the relay answered something unexpected', request.status));
        return;
      }
      const code = typeof body?.code === 'string' ? body.code : `http_${request.status}`;
      const message = typeof body?.error === 'string' ? body.error : `HTTP ${request.status}`;
      reject(new UploadError(code, message, request.status));
    };
    request.onerror = () => reject(new UploadError('network', 'the relay could not be reached', 0));
    request.onabort = () => reject(new UploadError('aborted', 'the upload was cancelled', 0));
    signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
}

const urls = new Map<string, Promise<string>>();

/**
 * A board file as an object URL (fetched with the key in a header, never in a URL; the same file and
 * variant is fetched once per page). Content-addressed, so a URL never goes stale.
 */
export function fileUrl(
  caller: Pick<EvidenceCaller, 'boardId' | 'key'>,
  hash: string,
  variant: 'thumb' | 'full',
): Promise<string> {
  const cacheKey = `${caller.boardId}/${hash}/${variant}`;
  let url = urls.get(cacheKey);
  if (!url) {
    const path = `/api/boards/${encodeURIComponent(caller.boardId)}/files/${hash}${variant === 'thumb' ? '?variant=thumb' : ''}`;
    url = fetch(path, { headers: { Authorization: `Bearer ${caller.key}` } }).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return URL.createObjectURL(await response.blob());
    });
    url.catch(() => urls.delete(cacheKey));
    urls.set(cacheKey, url);
  }
  return url;
}

/**
 * A board file could not be fetched: `status` is the relay's HTTP status, null when it could not be
 * reached. The message is for logs; the screen words it from the status in the reader's language.
 */
export class FileFetchError extends Error {
  override readonly name = 'FileFetchError';
  constructor(readonly status: number | null) {
    super(
      status === null
        ? 'a file could not be fetched (no answer)'
        : `a file could not be fetched (HTTP ${status})`,
    );
  }
}

/** A board file's bytes (for the zip export). */
export async function fetchFileBytes(
  caller: Pick<EvidenceCaller, 'boardId' | 'key'>,
  hash: string,
  fetcher: typeof fetch = fetch,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetcher(`/api/boards/${encodeURIComponent(caller.boardId)}/files/${hash}`, {
      headers: { Authorization: `Bearer ${caller.key}` },
    });
  } catch {
    throw new FileFetchError(null);
  }
  if (!response.ok) throw new FileFetchError(response.status);
  return new Uint8Array(await response.arrayBuffer());
}
