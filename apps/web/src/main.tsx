import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage } from './app/app';
import { displayNameStore } from './app/display-name-store';
import { startEarlyBoardInfo } from './app/early-info';
import { type EarlySyncPage, startEarlyBoardSync } from './app/early-sync';
import { loadIdentityToken } from './app/local-prefs';
import { startLanguage } from './i18n/choose-language';
import './styles/base.css';
import './styles/app.css';
import './styles/board.css';

// The reader's language (only its messages are fetched), in parallel with everything below.
const languageReady = startLanguage();
// The page's own chunk (the board: canvas, Konva, Yjs) is requested now, while React renders the shell.
preloadPage(window.location);
// …and the board's info and content are asked for, so the relay's answers travel while that code loads.
const earlyInfo = startEarlyBoardInfo({
  location: window.location,
  identityToken: (boardId) => loadIdentityToken(boardId),
});
const earlySync: EarlySyncPage = {
  location: window.location,
  displayName: displayNameStore.getState().name,
  online: navigator.onLine,
  identityToken: (boardId) => loadIdentityToken(boardId),
};
// On a first visit the content socket needs the identity the info's answer carries. This runs before the
// board page sees that answer (it was the first to wait for it), so the board takes this socket.
if (!startEarlyBoardSync(earlySync) && earlyInfo) {
  earlyInfo
    .then((info) => startEarlyBoardSync({ ...earlySync, identityToken: () => info.identity.token }))
    .catch(() => {});
}

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
