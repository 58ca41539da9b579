import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage } from './app/app';
import { displayNameStore } from './app/display-name-store';
import { startEarlyBoardSync } from './app/early-sync';
import { loadIdentityToken } from './app/local-prefs';
import { startLanguage } from './i18n/choose-language';
import './styles/base.css';
import './styles/app.css';
import './styles/board.css';

// The reader's language (only its messages are fetched), in parallel with everything below.
const languageReady = startLanguage();
// The page's own chunk (the board: canvas, Konva, Yjs) is requested now, while React renders the shell.
preloadPage(window.location);
// …and the board's content is asked for, so the relay's answer travels while that code loads.
startEarlyBoardSync({
  location: window.location,
  displayName: displayNameStore.getState().name,
  online: navigator.onLine,
  identityToken: (boardId) => loadIdentityToken(boardId),
});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// The first render waits for the messages (a small chunk, fetched alongside the page's larger code); if
// even the fallback language cannot arrive, the page still renders rather than staying blank.
languageReady
  .catch((error: unknown) => console.error('no interface language could be loaded', error))
  .finally(() => {
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
