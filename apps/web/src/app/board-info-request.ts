import { IDENTITY_HEADER } from '@journeyboard/journey/contract';
import { loadIdentityToken } from './identity-token';
import type { KeyValueStore } from './key-value-store';
import { parseRoute } from './route';

// Kept free of heavier imports (zod, React): the page's inline early script (build/early-info-script.ts)
// bundles it, so the HTML starts the same request the app would make, before the app's code has arrived.

/** A request for a board's info: where, and with which headers. */
export interface BoardInfoRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The info request for a board opened with `key`, presenting this browser's identity there if it has one. */
export function boardInfoRequest(
  boardId: string,
  key: string,
  identityToken?: string | null,
): BoardInfoRequest {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` };
  if (identityToken) headers[IDENTITY_HEADER] = identityToken;
  return { url: `/api/boards/${encodeURIComponent(boardId)}`, headers };
}

/** The info request a page at `location` starts with: on a board link with a key; null on any other page. */
export function pageBoardInfoRequest(
  location: { readonly pathname: string; readonly hash: string },
  store: KeyValueStore | null,
): BoardInfoRequest | null {
  const route = parseRoute(location.pathname, location.hash);
  if (route.kind !== 'board' || !route.key) return null;
  return boardInfoRequest(route.boardId, route.key, loadIdentityToken(route.boardId, store));
}
