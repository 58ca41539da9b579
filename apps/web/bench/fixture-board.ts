// The benchmark's board: created through the relay's API and filled from a Node y-websocket client.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { fillLargeBoard, type LargeBoardSize } from '../src/canvas/dev/large-board';

interface BoardCreated {
  id: string;
  links: { facilitator: string };
}

export function connect(url: string, boardId: string, key: string) {
  const doc = new Y.Doc();
  const wsUrl = url.replace(/^http/, 'ws');
  const provider = new WebsocketProvider(`${wsUrl}/sync`, `${boardId}/content`, doc, {
    params: { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider };
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 20_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function createLargeBoard(
  url: string,
  size: LargeBoardSize,
): Promise<{ link: string; boardId: string; key: string }> {
  const response = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Benchmark board', template: 'blank' }),
  });
  if (!response.ok) throw new Error(`creating a board failed: ${response.status} ${await response.text()}`);
  const board = (await response.json()) as BoardCreated;
  const key = new URL(board.links.facilitator).hash.replace(/^#key=/, '');
  const writer = connect(url, board.id, key);
  await waitFor(() => writer.provider.synced, 'the fixture writer to sync');
  fillLargeBoard(writer.doc, size);
  // A second client proves the relay holds the whole board before the browser opens it.
  const checker = connect(url, board.id, key);
  await waitFor(
    () =>
      checker.provider.synced &&
      checker.doc.getMap('steps').size >= size.steps &&
      checker.doc.getMap('notes').size >= size.notes,
    'the relay to hold the board',
  );
  checker.provider.destroy();
  writer.provider.destroy();
  return { link: board.links.facilitator, boardId: board.id, key };
}
