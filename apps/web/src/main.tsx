import './app/zod-without-eval';
import { displayNameStore } from './app/display-name-store';
import { startEarlyBoardInfo } from './app/early-info';
import { type EarlySyncPage, startEarlyBoardSync } from './app/early-sync';
import { inlineInfoFetcher } from './app/inline-info';
import { loadIdentityToken } from './app/local-prefs';
import { startLanguage } from './i18n/choose-language';
import { t } from './i18n/i18n';
import './styles/base.css';
import './styles/app.css';
import './styles/board.css';

// React DOM and the app shell load as a chunk of their own (on a board link the page's HTML has asked
// for it already, see build/board-preload.ts), so the requests below go out before it has even arrived.
const appRoot = import('./app/app-root');
// The page's own chunk (the board: canvas, Konva, Yjs) is requested as soon as the app shell is there.
appRoot.then((shell) => shell.preloadPage(window.location)).catch(() => {});
// The board's info and content are asked for first, so the relay's answers travel while the code loads.
// (The page's inline early script may have sent that request already: then its response is taken.)
const earlyInfo = startEarlyBoardInfo(
  { location: window.location, identityToken: (boardId) => loadIdentityToken(boardId) },
  inlineInfoFetcher(window as unknown as Record<string, unknown>, fetch),
);
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

// The reader's language (only its messages are fetched), in parallel with all that.
const languageReady = startLanguage();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// The first render waits for the messages (a small chunk, fetched alongside the page's larger code); if
// even the fallback language cannot arrive, the page still renders rather than staying blank.
const messagesReady = languageReady.catch((error: unknown) =>
  console.error('no interface language could be loaded', error),
);
Promise.all([appRoot, messagesReady]).then(
  ([shell]) => shell.renderApp(container),
  (error: unknown) => {
    // Without the app shell's code there is no React to render with: say so in plain DOM.
    console.error('the app could not be loaded', error);
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.className = 'app-load-failed';
    alert.textContent = t('app.load-failed');
    container.replaceChildren(alert);
  },
);
