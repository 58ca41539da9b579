import {
  type Attachment,
  type AttachmentParent,
  addAttachment,
  attachmentParentField,
  hasAttachment,
  JourneyError,
  mayCreate,
  newId,
} from '@journeyboard/journey';
import { useCallback, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { BoardContext, type BoardContextValue, useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { useCollectionDerived, useSessionPermissions } from '../board/use-journey';
import { t } from '../i18n/i18n';
import { fileUrl, uploadFile } from './evidence-api';
import { type PendingUpload, UploadQueue } from './upload-queue';
import { claimWithLock, indexedDbUploadStore, memoryUploadStore } from './upload-store';

const queues = new WeakMap<BoardContextValue, UploadQueue>();
const leaving = new WeakMap<UploadQueue, ReturnType<typeof setTimeout>>();

/** The board's upload queue (one per open board). */
export function uploadQueueFor(board: BoardContextValue): UploadQueue {
  let queue = queues.get(board);
  if (!queue) {
    const caller = { boardId: board.boardId, key: board.key, identityToken: board.identityToken };
    queue = new UploadQueue({
      send: (file, onProgress) => uploadFile(caller, file, onProgress),
      attach: (upload, blob) => {
        const { parent } = upload;
        // A question lives in the questions document: it must still be there to take the file.
        if (parent.kind === 'question' && !board.docs.questions.getMap('questions').has(parent.id)) {
          return 'gone';
        }
        try {
          addAttachment(
            board.docs.content,
            {
              id: upload.id,
              parent,
              blob,
              caption: upload.caption.trim(),
              name: upload.name,
              authorId: board.user.id,
            },
            board.origin,
          );
          return null;
        } catch (error) {
          if (error instanceof JourneyError && /^no /.test(error.message)) return 'gone';
          console.error('an uploaded file could not be attached:', error);
          return 'not_attached';
        }
      },
      isOnline: () => navigator.onLine,
      onOnline: (listener) => {
        window.addEventListener('online', listener);
        return () => window.removeEventListener('online', listener);
      },
      store: typeof indexedDB === 'undefined' ? memoryUploadStore() : indexedDbUploadStore(board.boardId),
      newId: () => newId('file-'),
      isAttached: (id) => hasAttachment(board.docs.content, id),
      claim: (id) => claimWithLock(board.boardId, id),
      now: () => Date.now(),
      previewUrl: (file) => URL.createObjectURL(file),
      revokeUrl: (url) => URL.revokeObjectURL(url),
      // Put into words as it is said, in the language the reader has then.
      announce: (...parts) => usePanelStore.getState().announce(parts.map((part) => t(part)).join(' ')),
    });
    queues.set(board, queue);
    resumeWhenSynced(board, queue);
  }
  return queue;
}

/**
 * Takes up the files an earlier visit left queued, once the board is connected and its document has
 * arrived (what was attached before the tab closed is then recognised, and the parents are there).
 */
function resumeWhenSynced(board: BoardContextValue, queue: UploadQueue): void {
  const check = () => {
    if (board.connection.getStatus().kind !== 'connected') return false;
    void queue.resume();
    return true;
  };
  if (check()) return;
  const stop = board.connection.subscribe(() => {
    if (check()) stop();
  });
}

/**
 * Puts files into the board's upload queue for `parent`, saying why any of them was not taken (files
 * pasted or dropped on the board, see attachLater). Here, not in a module of its own: this module is in
 * the code the board loads once drawn, so a paste later, even offline, finds it loaded.
 */
export function attachFiles(
  board: BoardContextValue,
  parent: AttachmentParent,
  files: readonly File[],
): void {
  const announce = usePanelStore.getState().announce;
  for (const problem of uploadQueueFor(board).add(parent, files)) announce(t(problem));
}

/** Starts the board's upload queue when the board opens, so files kept from a closed tab resume. */
export function useResumedUploads(): void {
  const board = useBoard();
  useEffect(() => {
    const queue = uploadQueueFor(board);
    clearTimeout(leaving.get(queue));
    return () => {
      // Leaving the board (or its connection was replaced): what is queued stays kept for the next queue.
      // A moment later, so that a remount at once (React's StrictMode in development) keeps this queue.
      leaving.set(
        queue,
        setTimeout(() => {
          queue.destroy();
          if (queues.get(board) === queue) queues.delete(board);
        }, 0),
      );
    };
  }, [board]);
}

/** All of this board's files on their way to the relay (the toolbar's summary). */
export function useAllPendingUploads(): readonly PendingUpload[] {
  const queue = useUploadQueue();
  return useSyncExternalStore(queue.subscribe, queue.getItems, queue.getItems);
}

export function useUploadQueue(): UploadQueue {
  const board = useBoard();
  const queue = uploadQueueFor(board);
  return queue;
}

const sameList = (a: readonly Attachment[], b: readonly Attachment[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** A parent's attachments, in order, live. */
export function useAttachments(parent: AttachmentParent): readonly Attachment[] {
  const { docs } = useBoard();
  const field = attachmentParentField(parent.kind);
  const derive = useCallback(
    (items: readonly Attachment[]) => items.filter((a) => a[field] === parent.id),
    [field, parent.id],
  );
  return useCollectionDerived(docs.content, 'attachment', derive, sameList);
}

/** This parent's files still on their way to the relay. */
export function usePendingUploads(parent: AttachmentParent): readonly PendingUpload[] {
  const queue = useUploadQueue();
  const items = useSyncExternalStore(queue.subscribe, queue.getItems, queue.getItems);
  return items.filter((i) => i.parent.kind === parent.kind && i.parent.id === parent.id);
}

/** Whether this person may attach files now (the declared rule the relay applies to uploads too). */
export function useMayAttach(): boolean {
  const { docs, role, user } = useBoard();
  const session = useSessionPermissions(docs.session);
  return mayCreate('attachment', { role, identity: user.id }, session) === null;
}

/** A board file as an object URL once fetched (null meanwhile or when it failed). */
export function useFileUrl(
  hash: string | null,
  variant: 'thumb' | 'full',
): { url: string | null; failed: boolean } {
  const board = useContext(BoardContext);
  const [state, setState] = useState<{ key: string; url: string | null; failed: boolean }>({
    key: '',
    url: null,
    failed: false,
  });
  const key = hash ? `${hash}/${variant}` : '';
  useEffect(() => {
    if (!board || !hash) return;
    let live = true;
    fileUrl(board, hash, variant).then(
      (url) => live && setState({ key, url, failed: false }),
      () => live && setState({ key, url: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [board, hash, variant, key]);
  return state.key === key ? { url: state.url, failed: state.failed } : { url: null, failed: false };
}
