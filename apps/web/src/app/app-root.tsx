import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

export { preloadPage } from './app';

/**
 * React DOM and the app shell, a chunk of their own: the entry (main.tsx) starts the board's requests
 * as soon as it has run, without waiting for this chunk (~70 KB gzipped) to arrive and evaluate.
 */
export function renderApp(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
