import { useEffect } from 'react';

interface ErrorPageProps {
  readonly title: string;
  readonly message: string;
  readonly onRetry?: () => void;
}

/** A whole page that says what went wrong and what to do next, instead of an empty board. */
export function ErrorPage({ title, message, onRetry }: ErrorPageProps) {
  useEffect(() => {
    document.title = `${title} · Journeyboard`;
  }, [title]);
  return (
    <main className="page page--centered" aria-labelledby="error-title">
      <div className="card error-card" role="alert">
        <p className="brand">Journeyboard</p>
        <h1 id="error-title">{title}</h1>
        <p>{message}</p>
        <div className="actions">
          {onRetry ? (
            <button type="button" className="button button--primary" onClick={onRetry}>
              Try again
            </button>
          ) : null}
          <a className="button" href="/">
            Go to the start page
          </a>
        </div>
      </div>
    </main>
  );
}
