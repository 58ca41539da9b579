import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { isCodeLoadError } from './code-load-error';
import { codeRetry } from './code-retry';

interface ErrorBoundaryProps {
  /** What failed, e.g. "The visual map"; the rest of the board keeps working. */
  readonly area: string; // already in the reader's language
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * Contains a crash to one part of the board (e.g. the canvas meeting content it cannot draw), so the
 * outline, inspector and connection keep working and the user can retry.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.area} failed`, error, info.componentStack);
  }

  // A part whose code could not be fetched while offline loads once the connection returns, unasked.
  private readonly retryOnline = (): void => {
    if (this.state.error) this.setState({ error: null });
  };

  override componentDidMount(): void {
    window.addEventListener('online', this.retryOnline);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.retryOnline);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <AreaError
        area={this.props.area}
        error={this.state.error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function AreaError({ area, error, onRetry }: { area: string; error: Error; onRetry: () => void }) {
  const t = useT();
  const reloads = codeRetry(error, navigator) === 'reload-page';
  return (
    <div className="area-error" role="alert">
      <p>
        <strong>{t('error.area.stopped', { area })}</strong> {t('error.area.rest-works')}{' '}
        {/* The browser words a module that did not arrive in English, whatever the reader's language. */}
        {isCodeLoadError(error) ? t('error.area.code-missing') : `(${error.message})`}
        {navigator.onLine ? null : ` ${t('error.area.offline')}`}
        {reloads ? ` ${t('error.area.reloads')}` : null}
      </p>
      <button type="button" className="button" onClick={() => retry(error, onRetry)}>
        {t('common.try-again')}
      </button>
    </div>
  );
}

/** "Try again": renders the part again, or loads a new page where only that can load its code (code-retry.ts). */
export function retry(error: Error, renderAgain: () => void): void {
  if (codeRetry(error, navigator) === 'reload-page') window.location.reload();
  else renderAgain();
}
