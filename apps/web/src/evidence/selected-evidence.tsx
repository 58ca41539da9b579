import type { AttachmentParent } from '@journeyboard/journey';
import { useCallback, useEffect } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t as translate } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { EvidenceSection } from './evidence-section';
import { selectedParent, uploadQueueFor, useMayAttach } from './use-evidence';

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

/**
 * The evidence of what is selected on the board (a note, else a step), and pasting onto it: a
 * screenshot pasted anywhere on the board page goes to the selected note or step.
 */
export function SelectedEvidence() {
  const t = useT();
  const board = useBoard();
  // Primitives only: a selector returning a new object each time would render forever.
  const kind = useUiStore((state) => selectedParent(state)?.kind ?? null);
  const id = useUiStore((state) => selectedParent(state)?.id ?? null);
  const target = useCallback(
    (): AttachmentParent | null =>
      !id ? null : kind === 'note' ? { kind: 'note', id } : kind === 'step' ? { kind: 'step', id } : null,
    [kind, id],
  );
  const mayAttach = useMayAttach();
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = clipboardFiles(event.clipboardData);
      if (files.length === 0) return;
      event.preventDefault();
      const announce = usePanelStore.getState().announce;
      const into = target();
      if (!into) {
        announce(translate('evidence.select-first'));
        return;
      }
      if (!mayAttach) {
        announce(translate('evidence.may-not-attach'));
        return;
      }
      for (const problem of uploadQueueFor(board).add(into, files)) announce(translate(problem));
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [board, target, mayAttach]);
  const shown = target();
  if (!shown) return null;
  return (
    <EvidenceSection
      key={`${shown.kind}/${shown.id}`}
      parent={shown}
      title={kind === 'note' ? t('evidence.on-selected-note') : t('evidence.title')}
    />
  );
}
