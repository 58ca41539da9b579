import { useEffect } from 'react';
import { useT } from '../i18n/use-t';

interface ErrorPageProps {
  readonly title: string;
  readonly message: string;
  readonly onRetry?: () => void;
}

/** A whole page that says what went wrong and what to do next, instead of an empty board. */
export function ErrorPage({ title, message, onRetry }: ErrorPageProps) {
  const t = useT();
  const pageTitle = t('app.page-title', { title });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  return (
    <main className="page page--centered" aria-labelledby="error-title">
      <div className="card error-card" role="alert">
        <p className="brand">{t('app.name')}</p>
        <h1 id="error-title">{title}</h1>
        <p>{message}</p>
        <div className="actions">
          {onRetry ? (
            <button type="button" className="button button--primary" onClick={onRetry}>
              {t('common.try-again')}
            </button>
          ) : null}
          <a className="button" href="/">
            {t('error.go-start')}
          </a>
        </div>
      </div>
    </main>
  );
}
