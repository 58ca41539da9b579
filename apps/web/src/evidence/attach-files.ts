import type { AttachmentParent } from '@journeyboard/journey';
import type { BoardContextValue } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t } from '../i18n/i18n';
import { uploadQueueFor } from './use-evidence';

/** Puts files into the board's upload queue for `parent`, saying why any of them was not taken. */
export function attachFiles(
  board: BoardContextValue,
  parent: AttachmentParent,
  files: readonly File[],
): void {
  const announce = usePanelStore.getState().announce;
  for (const problem of uploadQueueFor(board).add(parent, files)) announce(t(problem));
}
