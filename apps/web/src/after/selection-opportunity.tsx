import { useBoard } from '../board/board-context';
import { useEntity, useSessionPermissions } from '../board/use-journey';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { OpportunityFromButton } from './opportunity-from-button';

/**
 * The toolbar's after-the-workshop control (the panel itself opens from the rail at the board's edge).
 * One gesture from whatever is selected on the board: a sticky note (a pain point, usually) or a step. */
export function SelectionOpportunity() {
  const { docs, role, connection } = useBoard();
  const t = useT();
  const noteId = useUiStore((s) => s.selectedNoteId);
  const stepId = useUiStore((s) => s.selectedStepId);
  const note = useEntity(docs.content, 'note', noteId);
  const step = useEntity(docs.content, 'step', note ? null : stepId);
  const { locked } = useSessionPermissions(docs.session);
  if (role === 'observer' || (locked && role !== 'facilitator') || !connection) return null;
  if (note)
    return (
      <OpportunityFromButton
        source={{ kind: 'note', id: note.id }}
        label={note.text.slice(0, 60) || t('after.opportunity.note-fallback')}
      />
    );
  if (step)
    return (
      <OpportunityFromButton
        source={{ kind: 'step', id: step.id }}
        label={step.title || t('after.opportunity.step-fallback')}
      />
    );
  return null;
}
