import type { AttachmentParent } from '@journeyboard/journey';
import type { BoardContextValue } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t, withMessages } from '../i18n/i18n';
import type { attachFiles } from './use-evidence';

interface UploadCode {
  readonly attachFiles: typeof attachFiles;
}

// The code comes with its messages (what the queue says about each file).
const loadUploadCode: () => Promise<UploadCode> = withMessages(['evidence'], () => import('./use-evidence'));

/**
 * Queues files for upload, attached to `parent` once stored. The upload code is not part of the board's
 * first load: files pasted or dropped before it arrived wait for it here (loaded at once, on demand) and
 * are queued then, in the order they came. Only when the code cannot be fetched at all (offline before it
 * ever loaded) are they refused, and the reader is told to add them again.
 */
export function attachLater(
  board: BoardContextValue,
  parent: AttachmentParent,
  files: readonly File[],
  load: () => Promise<UploadCode> = loadUploadCode,
): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return load().then(
    ({ attachFiles }) => attachFiles(board, parent, files),
    (error: unknown) => {
      console.error('the upload code could not be loaded:', error);
      usePanelStore.getState().announce(t('evidence.upload.code-missing', { count: files.length }));
    },
  );
}
