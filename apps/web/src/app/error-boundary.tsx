import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, e.g. "The visual map"; the rest of the board keeps working. */
  readonly area: string;
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
      <div className="area-error" role="alert">
        <p>
          <strong>{this.props.area} stopped working.</strong> The rest of the board still works. (
          {this.state.error.message})
          {navigator.onLine ? null : ' This device is offline: it tries again when the connection returns.'}
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
