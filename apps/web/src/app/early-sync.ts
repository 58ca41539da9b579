import type * as Y from 'yjs';
import { roomName, syncParams, syncServerUrl } from '../board/sync-url';
import { EarlySocket, providerSocketUrl, type SocketLike, type WebSocketConstructor } from './early-socket';
import { parseRoute } from './route';

interface Early {
  readonly socket: EarlySocket;
  /** The relay's answer while it waits for the code to apply it (Yjs is not in the app shell). */
  answer: Uint8Array | null;
  /** The content document with the board in it, once applied here. */
  doc: Y.Doc | null;
  /** Handed to the board's connection: whatever is still pending is the connection's to apply. */
  taken: boolean;
  /** Resolves once the answer is applied here, or will not be (broken, socket gone); see earlyContentSettled. */
  readonly settled: Promise<void>;
  readonly settle: () => void;
}

let early: Early | null = null;

export interface EarlySyncPage {
  readonly location: { pathname: string; hash: string; protocol: string; host: string };
  /** The remembered display name: without one the page asks for it first, and the socket would idle. */
  readonly displayName: string | null;
  readonly online: boolean;
  /** The identity token remembered for a board; without one (a first visit) the socket waits for the relay to issue it. */
  readonly identityToken: (boardId: string) => string | null;
}

/** The content room's socket URL of a board, exactly as the board's y-websocket provider builds it. */
export function contentSocketUrl(
  location: { protocol: string; host: string },
  boardId: string,
  key: string,
  identity: string | null,
): string {
  return providerSocketUrl(syncServerUrl(location), roomName(boardId, 'content'), syncParams(key, identity));
}

/**
 * The answer is applied as soon as Yjs has loaded (it comes with the board's code, in parallel), which is
 * usually while the rest of the board's code is still loading and evaluating.
 */
function receiveAnswer(state: Early, update: Uint8Array): boolean {
  state.answer = update;
  import('./early-answer')
    .then(({ documentFromAnswer }) => {
      if (state.taken || state.answer !== update) return;
      const doc = documentFromAnswer(update);
      if (state.taken) {
        doc?.destroy();
        return;
      }
      state.doc = doc;
      // A broken update stays pending: the connection applies it the usual way (and so learns of it).
      if (doc) state.answer = null;
    })
    .catch(() => {})
    .finally(state.settle);
  return true;
}

/**
 * On a board link that opens straight onto the board, starts its content room's socket now, while the
 * board's code loads. Returns whether it did. Not on a first visit to the board: its socket carries the
 * identity the relay issues in answer to the board's info request, so it would not be the provider's.
 */
export function startEarlyBoardSync(page: EarlySyncPage, WebSocketImpl?: WebSocketConstructor): boolean {
  const route = parseRoute(page.location.pathname, page.location.hash);
  if (route.kind !== 'board' || !route.key || !page.displayName || !page.online) return false;
  if (!WebSocketImpl && typeof WebSocket === 'undefined') return false;
  const identity = page.identityToken(route.boardId);
  if (!identity) return false;
  const url = contentSocketUrl(page.location, route.boardId, route.key, identity);
  let settle = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const state: Early = {
    // The callbacks run on later events, when `state` is long assigned.
    socket: new EarlySocket(
      url,
      WebSocketImpl,
      15_000,
      (update) => receiveAnswer(state, update),
      () => state.settle(),
    ),
    answer: null,
    doc: null,
    taken: false,
    settled,
    settle,
  };
  early = state;
  return true;
}

export interface EarlyContent {
  /** The content document with the board applied, if that happened already. */
  readonly doc: Y.Doc | null;
  /** The relay's answer not yet applied: the connection applies it before anything listens. */
  readonly answer: Uint8Array | null;
}

/**
 * Resolves once the early socket for `url` has its answer applied (or will not have it: broken, closed),
 * or after `maxWaitMs`; null when there is nothing to wait for. The board's connection waits for it
 * before it listens to the document: the board then arrives in a document nothing listens to (no Yjs
 * re-encoding of the whole board for the provider, one validated read), instead of through the provider.
 */
export function earlyContentSettled(url: string, maxWaitMs: number): Promise<void> | null {
  const state = early;
  if (!state || state.socket.url !== url || !state.socket.available || state.doc) return null;
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    void state.settled.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * What the app shell already has of the content room at `url` (null when it started nothing for it, or
 * its socket closed: the connection then starts afresh). Its socket is taken next, by the provider.
 */
export function takeEarlyContent(url: string): EarlyContent | null {
  if (!early || early.socket.url !== url || !early.socket.available) return null;
  early.taken = true;
  return { doc: early.doc, answer: early.answer };
}

/** The early socket for `url`, once; null when there is none for it (or it closed): open a new one. */
export function takeEarlySocket(url: string): SocketLike | null {
  const taken = early;
  if (!taken || taken.socket.url !== url) return null;
  early = null;
  taken.taken = true;
  return taken.socket.available ? taken.socket.adopt() : null;
}
