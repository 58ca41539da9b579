import { type BoardInfo, fetchBoardInfo } from './api-client';
import { parseRoute } from './route';

/**
 * The board's info requested by the app shell as the page starts, before React renders (which waits for
 * the reader's messages): the board page takes this request instead of making its own. On a first visit
 * to a board its answer carries the identity the content room's socket needs, so the early socket can
 * open as soon as it arrives instead of after the board page has rendered and asked.
 */
interface EarlyInfo {
  readonly boardId: string;
  readonly key: string;
  readonly request: Promise<BoardInfo>;
}

let early: EarlyInfo | null = null;

export interface EarlyInfoPage {
  readonly location: { pathname: string; hash: string };
  readonly identityToken: (boardId: string) => string | null;
}

/** Starts the board info request on a board link with a key; returns it (null on any other page). */
export function startEarlyBoardInfo(
  page: EarlyInfoPage,
  fetcher: typeof fetch = fetch,
): Promise<BoardInfo> | null {
  const route = parseRoute(page.location.pathname, page.location.hash);
  if (route.kind !== 'board' || !route.key) return null;
  const request = fetchBoardInfo(
    route.boardId,
    route.key,
    fetcher,
    undefined,
    page.identityToken(route.boardId),
  );
  // Whoever takes it handles its failure; nobody taking it must not be an unhandled rejection.
  request.catch(() => {});
  early = { boardId: route.boardId, key: route.key, request };
  return request;
}

/**
 * The early request for this board and key, if the app shell made one. Only for the page's first
 * attempt: a retry after a failure asks again.
 */
export function earlyBoardInfo(boardId: string, key: string): Promise<BoardInfo> | null {
  return early && early.boardId === boardId && early.key === key ? early.request : null;
}

/** Forgets the early request (tests: each starts from a page that made none). */
export function forgetEarlyBoardInfo(): void {
  early = null;
}
