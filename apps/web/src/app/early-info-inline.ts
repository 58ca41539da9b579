import { pageBoardInfoRequest } from './board-info-request';
import { startInlineInfo } from './inline-info';
import { browserStore } from './key-value-store';

// The page's inline early script (bundled into index.html by build/early-info-script.ts): on a board link
// it asks for the board's info while the HTML is parsed, before the app's own script has arrived. On a
// first visit that answer carries the identity the content room's socket needs, so the socket, and with
// it the board, comes that much sooner. The app takes the response (main.tsx, inlineInfoFetcher).
const request = pageBoardInfoRequest(window.location, browserStore());
if (request) startInlineInfo(window as unknown as Record<string, unknown>, request, fetch);
