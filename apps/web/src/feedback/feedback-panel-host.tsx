import { Suspense } from 'react';
import { ErrorBoundary } from '../app/error-boundary';
import { lazyPart } from '../app/lazy-part';
import { useBoard } from '../board/board-context';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useFeedbackPanelStore } from './feedback-store';

const Panel = lazyPart(
  withMessages(['feedback', 'edit'], () => import('./feedback-panel').then((m) => m.FeedbackPanel)),
);

/** Fetches the panel's code (and its messages) ahead of its opening: see usePanelCodePrefetch. */
export function preloadFeedbackPanel(): Promise<unknown> {
  return Panel.preload();
}

/**
 * Where the facilitator's customer-feedback panel opens beside the canvas (its code loads when opened, or
 * at an idle moment once the board is drawn).
 */
export function FeedbackPanelHost() {
  const t = useT();
  const { role } = useBoard();
  const open = useFeedbackPanelStore((s) => s.open);
  if (!open || role !== 'facilitator') return null;
  return (
    <ErrorBoundary area={t('feedback.panel.area')}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('feedback.panel.loading')}
          </p>
        }
      >
        <Panel.Part />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The toolbar's toggle for the panel (the facilitator's only). */
export function FeedbackToggle() {
  const t = useT();
  const open = useFeedbackPanelStore((s) => s.open);
  return (
    <button
      type="button"
      className={`button ${open ? 'button--active' : ''}`}
      aria-pressed={open}
      onClick={() => useFeedbackPanelStore.getState().toggle()}
    >
      {t('feedback.panel.title')}
    </button>
  );
}
