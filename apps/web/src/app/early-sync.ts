import { roomName, syncServerUrl } from '../board/sync-url';
import { EarlySocket, providerSocketUrl, type SocketLike, type WebSocketConstructor } from './early-socket';
import { parseRoute } from './route';

let early: EarlySocket | null = null;

export interface EarlySyncPage {
  readonly location: { pathname: string; hash: string; protocol: string; host: string };
  /** The remembered display name: without one the page asks for it first, and the socket would idle. */
  readonly displayName: string | null;
  readonly online: boolean;
}

/** The content room's socket URL of a board, exactly as the board's y-websocket provider builds it. */
export function contentSocketUrl(
  location: { protocol: string; host: string },
  boardId: string,
  key: string,
): string {
  return providerSocketUrl(syncServerUrl(location), roomName(boardId, 'content'), { key });
}

/**
 * On a board link that opens straight onto the board, starts its content room's socket now, while the
 * board's code loads. Returns whether it did.
 */
export function startEarlyBoardSync(page: EarlySyncPage, WebSocketImpl?: WebSocketConstructor): boolean {
  const route = parseRoute(page.location.pathname, page.location.hash);
  if (route.kind !== 'board' || !route.key || !page.displayName || !page.online) return false;
  if (!WebSocketImpl && typeof WebSocket === 'undefined') return false;
  early = new EarlySocket(contentSocketUrl(page.location, route.boardId, route.key), WebSocketImpl);
  return true;
}

/** The early socket for `url`, once; null when there is none for it (or it closed): open a new one. */
export function takeEarlySocket(url: string): SocketLike | null {
  const socket = early;
  if (!socket || socket.url !== url) return null;
  early = null;
  return socket.available ? socket.adopt() : null;
}

/** The board already received on the early socket for `url` (see EarlySocket.takeAnswer), or null. */
export function takeEarlyAnswer(url: string): Uint8Array | null {
  return early && early.url === url && early.available ? early.takeAnswer() : null;
}
