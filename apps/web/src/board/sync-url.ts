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
