import { Component, type ErrorInfo, type ReactNode } from 'react';
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
    return (
      <ErrorPage
        title="Journeyboard could not load this page"
        message={`Part of the app did not arrive (${this.state.error.message}). Check the connection and try again.`}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}
