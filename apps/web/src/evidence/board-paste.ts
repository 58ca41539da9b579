import { mayCreate, readSessionPermissions } from '@journeyboard/journey';
import { useEffect } from 'react';
import { type BoardContextValue, useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t } from '../i18n/i18n';
import { useUiStore } from '../state/ui-store';
import { attachLater } from './attach-later';
import { type PastedFiles, pastedFiles } from './pasted-files';

/** Attaches pasted files to what was selected, or says why not (nothing selected, a link without uploads). */
export function attachPasted(board: BoardContextValue, { files, into }: PastedFiles): void {
  const announce = usePanelStore.getState().announce;
  if (!into) {
    announce(t('evidence.select-first'));
    return;
  }
  // The declared rule the relay applies to uploads too, as it stands now.
  const { role, user, docs } = board;
  if (mayCreate('attachment', { role, identity: user.id }, readSessionPermissions(docs.session)) !== null) {
    announce(t('evidence.may-not-attach'));
    return;
  }
  void attachLater(board, into, [...files]);
}

/**
 * Pasting files onto the board: a screenshot pasted anywhere on the board page goes to the selected note
 * or step. Loaded once the board is drawn; pastes that came before (kept by early-paste.ts, handed over by
 * `takeKept`) are attached first, in order. The upload code loads when needed (see attachLater).
 */
export function useBoardPaste(takeKept: () => readonly PastedFiles[]): void {
  const board = useBoard();
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const paste = pastedFiles(event, useUiStore.getState());
      if (!paste) return;
      event.preventDefault();
      attachPasted(board, paste);
    };
    window.addEventListener('paste', onPaste);
    for (const paste of takeKept()) attachPasted(board, paste);
    return () => window.removeEventListener('paste', onPaste);
  }, [board, takeKept]);
}

/** The board's paste handling, as a part that loads after the board is drawn (it draws nothing). */
export function BoardPaste({ takeKept }: { readonly takeKept: () => readonly PastedFiles[] }) {
  useBoardPaste(takeKept);
  return null;
}
