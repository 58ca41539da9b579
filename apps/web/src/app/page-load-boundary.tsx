import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { retry } from './error-boundary';
import { ErrorPage } from './error-page';

interface PageLoadBoundaryState {
  readonly error: Error | null;
}

/**
 * Around a page whose code loads on demand: if that code cannot be fetched, say so with a retry instead
 * of leaving a blank screen or an endless spinner.
 */
export class PageLoadBoundary extends Component<{ readonly children: ReactNode }, PageLoadBoundaryState> {
  override state: PageLoadBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): PageLoadBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A page failed to load', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { error } = this.state;
    return <PageLoadError error={error} onRetry={() => retry(error, () => this.setState({ error: null }))} />;
  }
}

function PageLoadError({ error, onRetry }: { readonly error: Error; readonly onRetry: () => void }) {
  const t = useT();
  return (
    <ErrorPage
      title={t('error.page-load.title')}
      message={t('error.page-load.message', { detail: error.message })}
      onRetry={onRetry}
    />
  );
}
