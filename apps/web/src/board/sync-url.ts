import { IDENTITY_PARAM } from '@journeyboard/journey/contract';

/** The relay's sync endpoint on the page's own origin: ws for http, wss for https. */
export function syncServerUrl(location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/sync`;
}

/** The relay room of one of a board's documents. */
export function roomName(boardId: string, doc: string): string {
  return `${boardId}/${doc}`;
}

/** IndexedDB database name of the offline copy of one document. */
export function cacheName(boardId: string, doc: string): string {
  return `journeyboard:${boardId}:${doc}`;
}

/** The IndexedDB database of a board's uploads waiting to be sent (evidence's upload queue). */
export function uploadStoreName(boardId: string): string {
  return `journeyboard-uploads-${boardId}`;
}

/**
 * The query parameters of every socket of a board: the key (the role) and, once the relay issued one,
 * the identity token. Built in one place so the early socket's URL is exactly the provider's.
 */
export function syncParams(key: string, identity: string | null): Record<string, string> {
  return identity ? { key, [IDENTITY_PARAM]: identity } : { key };
}
