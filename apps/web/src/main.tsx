import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage } from './app/app';
import './styles/base.css';
import './styles/app.css';
import './styles/board.css';

// The page's own chunk (the board: canvas, Konva, Yjs) is requested now, while React renders the shell.
preloadPage(window.location);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
