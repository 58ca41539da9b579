import type { AttachmentParent } from '@journeyboard/journey';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { EvidenceSection } from './evidence-section';
import { selectedParent } from './pasted-files';

/**
 * The evidence of what is selected on the board (a note, else a step). Pasting onto it is the board's
 * (useBoardPaste and early-paste.ts), listening before this code has loaded.
 */
export function SelectedEvidence() {
  const t = useT();
  // Primitives only: a selector returning a new object each time would render forever.
  const kind = useUiStore((state) => selectedParent(state)?.kind ?? null);
  const id = useUiStore((state) => selectedParent(state)?.id ?? null);
  const shown: AttachmentParent | null = !id
    ? null
    : kind === 'note'
      ? { kind: 'note', id }
      : kind === 'step'
        ? { kind: 'step', id }
        : null;
  if (!shown) return null;
  return (
    <EvidenceSection
      key={`${shown.kind}/${shown.id}`}
      parent={shown}
      title={kind === 'note' ? t('evidence.on-selected-note') : t('evidence.title')}
    />
  );
}
