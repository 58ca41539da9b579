import type { AttachmentParent } from '@journeyboard/journey';
import { type RefObject, useContext, useEffect } from 'react';
import { BoardContext } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import type { HitTarget } from '../canvas/interaction-state';
import { t } from '../i18n/i18n';
import { attachLater } from './attach-later';

/** What a file dropped on this canvas target is attached to. */
export function dropParent(target: HitTarget): AttachmentParent | null {
  switch (target.kind) {
    case 'note':
      return { kind: 'note', id: target.noteId };
    case 'card':
    case 'column':
    case 'step':
    case 'cell':
      return { kind: 'step', id: target.stepId };
    default:
      return null;
  }
}

/**
 * Files dragged from the desktop onto the canvas: attached to the note or step under the pointer. The
 * canvas passes its own hit test (on the layout), so what is under the pointer is what a click selects.
 */
export function useCanvasFileDrop(
  containerRef: RefObject<HTMLElement | null>,
  targetAt: (screen: { x: number; y: number }) => HitTarget,
  readOnly: boolean,
): void {
  const board = useContext(BoardContext);
  useEffect(() => {
    const element = containerRef.current;
    if (!element || !board) return;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = readOnly ? 'none' : 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const announce = usePanelStore.getState().announce;
      if (readOnly) {
        announce(t('evidence.may-not-attach'));
        return;
      }
      const rect = element.getBoundingClientRect();
      const parent = dropParent(targetAt({ x: event.clientX - rect.left, y: event.clientY - rect.top }));
      if (!parent) {
        announce(t('evidence.drop-on-item'));
        return;
      }
      // Taken now: the event's data is gone once it has been handled, and the upload code may still be on its way.
      const files = [...(event.dataTransfer?.files ?? [])];
      void attachLater(board, parent, files);
    };
    element.addEventListener('dragover', onDragOver);
    element.addEventListener('drop', onDrop);
    return () => {
      element.removeEventListener('dragover', onDragOver);
      element.removeEventListener('drop', onDrop);
    };
  }, [containerRef, targetAt, readOnly, board]);
}
