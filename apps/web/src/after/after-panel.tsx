import { Suspense } from 'react';
import { ErrorBoundary } from '../app/error-boundary';
import { lazyPart } from '../app/lazy-part';
import { useBoard } from '../board/board-context';
import { useEntity, useSessionPermissions } from '../board/use-journey';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { useAfterStore } from './after-store';
import { OpportunityFromButton } from './opportunity-from-button';
import './after.css';

// The panel's tabs (charts, history, exports) are not needed until someone opens it: a chunk of its own.
const Open = lazyPart(
  withMessages(['after'], () => import('./after-panel-open').then((m) => m.AfterPanelOpen)),
);

/**
 * "After the workshop", beside the canvas: moments of truth, the action plan, the future state, history
 * and exports, as one tabbed panel (WAI-ARIA tabs: arrow keys move between tabs).
 */
export function AfterPanel({ canEdit }: { readonly canEdit: boolean }) {
  const tab = useAfterStore((s) => s.tab);
  const t = useT();
  if (tab === null) return null;
  return (
    <ErrorBoundary area={t('after.panel.area')}>
      <Suspense
        fallback={
          <aside className="after-panel" aria-label={t('after.panel.name')} aria-busy="true">
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('after.panel.loading')}
            </p>
          </aside>
        }
      >
        <Open.Part tab={tab} canEdit={canEdit} />
      </Suspense>
    </ErrorBoundary>
  );
}

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
