import { Suspense } from 'react';
import { ErrorBoundary } from '../app/error-boundary';
import { lazyPart } from '../app/lazy-part';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useAfterStore } from './after-store';
import './after.css';

// The panel's tabs (charts, history, exports) are not needed until someone opens it: a chunk of its own.
const Open = lazyPart(
  withMessages(['after'], () => import('./after-panel-open').then((m) => m.AfterPanelOpen)),
);

/** Fetches the panel's code (and its messages) ahead of its opening: see usePanelCodePrefetch. */
export function preloadAfterPanel(): Promise<unknown> {
  return Open.preload();
}

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
