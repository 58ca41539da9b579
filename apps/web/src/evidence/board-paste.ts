import { type AttachmentParent, mayCreate, readSessionPermissions } from '@journeyboard/journey';
import { useEffect } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t } from '../i18n/i18n';
import { useUiStore } from '../state/ui-store';
import { attachLater } from './attach-later';

/** Files on the clipboard (a screenshot copies as an image file). */
export function clipboardFiles(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = [...data.files];
  if (files.length > 0) return files;
  return [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
}

/** The parent a paste or drop goes to: the selected note, else the selected step. */
export function selectedParent(ui: {
  selectedStepId: string | null;
  selectedNoteId: string | null;
}): AttachmentParent | null {
  if (ui.selectedNoteId) return { kind: 'note', id: ui.selectedNoteId };
  if (ui.selectedStepId) return { kind: 'step', id: ui.selectedStepId };
  return null;
}

/**
 * Pasting files onto the board: a screenshot pasted anywhere on the board page goes to the selected note
 * or step. Listens from the board's first render; the upload code loads when needed (see attachLater).
 */
export function useBoardPaste(): void {
  const board = useBoard();
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      // Taken now: the clipboard's data is gone once the event has been handled.
      const files = clipboardFiles(event.clipboardData);
      if (files.length === 0) return;
      event.preventDefault();
      const announce = usePanelStore.getState().announce;
      const into = selectedParent(useUiStore.getState());
      if (!into) {
        announce(t('evidence.select-first'));
        return;
      }
      // The declared rule the relay applies to uploads too, as it stands at the moment of the paste.
      const { role, user, docs } = board;
      if (
        mayCreate('attachment', { role, identity: user.id }, readSessionPermissions(docs.session)) !== null
      ) {
        announce(t('evidence.may-not-attach'));
        return;
      }
      void attachLater(board, into, files);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [board]);
}
