import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { loadConfig } from '../config';
import { type Relay, startRelay } from '../server';
import type { DocName } from '../storage/store';

export interface TestRelay extends Relay {
  dataDir: string;
  wsUrl: string;
  /** Stops the relay and removes its data folder. */
  stop(): Promise<void>;
}

/** A real relay on port 0 with its own data folder (or a given one, to restart on the same data). */
export async function startTestRelay(
  env: Record<string, string> = {},
  options: { dataDir?: string; webDistDir?: string } = {},
): Promise<TestRelay> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'journeyboard-relay-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DEMO_BOARD: 'false',
    ROOM_GRACE_MS: '200',
    ...env,
  });
  const relay = await startRelay(config, {
    logger: pino({ level: process.env.RELAY_TEST_LOG_LEVEL ?? 'silent' }),
    webDistDir: options.webDistDir ?? join(dataDir, 'no-web-build'),
  });
  return Object.assign(relay, {
    dataDir,
    wsUrl: relay.url.replace('http', 'ws'),
    async stop() {
      await relay.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export interface Links {
  facilitator: string;
  participant: string;
  observer: string;
}

export interface CreatedBoard {
  id: string;
  title: string;
  links: Links;
}

export async function createBoard(relay: { url: string }, body: object = { title: 'Test board' }) {
  const response = await fetch(`${relay.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedBoard;
}

export function keyOf(link: string): string {
  const key = new URL(link).hash.replace(/^#key=/, '');
  if (!key) throw new Error(`no key in ${link}`);
  return key;
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The close codes the relay sent this client, oldest first. */
  closeCodes: number[];
  destroy(): void;
}

/** The unmodified y-websocket provider, over the `ws` package (`params` adds to the key, e.g. an identity). */
export function connect(
  wsUrl: string,
  boardId: string,
  doc: DocName,
  key: string,
  params: Record<string, string> = {},
): Client {
  const ydoc = new Y.Doc();
  const closeCodes: number[] = [];
  const provider = new WebsocketProvider(`${wsUrl}/sync`, `${boardId}/${doc}`, ydoc, {
    params: { key, ...params },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  return {
    doc: ydoc,
    provider,
    closeCodes,
    destroy() {
      provider.destroy();
      ydoc.destroy();
    },
  };
}

export async function waitFor(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function synced(client: Client, timeoutMs = 5000): Promise<void> {
  return waitFor(() => client.provider.synced, timeoutMs, 'provider sync');
}

/** A raw socket, for frames no provider would send. Resolves once open. */
export function rawSocket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`unexpected response ${response.statusCode}`)),
    );
  });
}

/** Resolves with the close code and reason of a socket. */
export function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) resolve({ code: -1, reason: 'already closed' });
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

/** How many messages the relay has refused for this reason so far (its `messages_rejected` metric). */
export async function rejected(relay: TestRelay, reason: string): Promise<number> {
  const metric = await relay.metrics.messagesRejected.get();
  return metric.values.find((v) => v.labels.reason === reason)?.value ?? 0;
}
