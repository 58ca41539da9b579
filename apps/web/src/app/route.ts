/** Board ids the relay accepts (same alphabet as the relay's BOARD_ID_PATTERN). */
const BOARD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type Route =
  | { kind: 'start' }
  | { kind: 'board'; boardId: string; key: string | null }
  | { kind: 'feedback'; token: string }
  | { kind: 'not-found'; path: string };

/**
 * The key travels in the fragment (`#key=…`) so it never reaches server logs or Referer headers.
 * Other fragment parameters are ignored rather than rejected so links stay forward-compatible.
 */
export function keyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const key = params.get('key')?.trim();
  return key ? key : null;
}

export function parseRoute(pathname: string, hash: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { kind: 'start' };
  const feedback = /^\/f\/([A-Za-z0-9_-]{16,64})$/.exec(path);
  if (feedback?.[1]) return { kind: 'feedback', token: feedback[1] };
  const match = /^\/b\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    let boardId: string;
    try {
      boardId = decodeURIComponent(match[1]);
    } catch {
      return { kind: 'not-found', path };
    }
    if (BOARD_ID.test(boardId)) return { kind: 'board', boardId, key: keyFromHash(hash) };
  }
  return { kind: 'not-found', path };
}

/** The in-app path of a board link (`https://host/b/<id>#key=<key>` → `/b/<id>#key=<key>`). */
export function localPathOf(link: string): string {
  const url = new URL(link, 'http://localhost');
  return `${url.pathname}${url.hash}`;
}
