import { Suspense } from 'react';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { BoardPage, preloadBoardSession } from './board-page';
import { ErrorPage } from './error-page';
import { lazyPart } from './lazy-part';
import { LoadingPage } from './loading-page';
import { useLocation } from './navigation';
import { PageLoadBoundary } from './page-load-boundary';
import { parseRoute } from './route';

// The start page (templates, JSON import) is code a board link never needs, so it loads on its own.
const Start = lazyPart(withMessages(['start'], () => import('./start-page').then((m) => m.StartPage)));
// A customer's feedback page (no board): its own small chunk.
const Feedback = lazyPart(
  withMessages(['feedback'], () => import('../feedback/page/feedback-page').then((m) => m.FeedbackPage)),
);

/** Starts fetching the code of the page at `location` before React has rendered anything. */
export function preloadPage(location: { pathname: string; hash: string }): void {
  const route = parseRoute(location.pathname, location.hash);
  if (route.kind === 'start') Start.preload().catch(() => {});
  else if (route.kind === 'board' && route.key) preloadBoardSession();
  else if (route.kind === 'feedback') Feedback.preload().catch(() => {});
}

export function App() {
  const location = useLocation();
  const t = useT();
  const route = parseRoute(location.pathname, location.hash);
  switch (route.kind) {
    case 'start':
      return (
        <PageLoadBoundary>
          <Suspense fallback={<LoadingPage label={t('loading.app')} />}>
            <Start.Part />
          </Suspense>
        </PageLoadBoundary>
      );
    case 'board':
      if (!route.key) {
        return (
          <ErrorPage title={t('error.incomplete-link.title')} message={t('error.incomplete-link.message')} />
        );
      }
      return <BoardPage key={`${route.boardId}#${route.key}`} boardId={route.boardId} boardKey={route.key} />;
    case 'feedback':
      return (
        <PageLoadBoundary>
          <Suspense fallback={<LoadingPage label={t('feedback.loading')} />}>
            <Feedback.Part token={route.token} />
          </Suspense>
        </PageLoadBoundary>
      );
    case 'not-found':
      return (
        <ErrorPage
          title={t('error.not-found.title')}
          message={t('error.not-found.message', { path: route.path })}
        />
      );
  }
}
