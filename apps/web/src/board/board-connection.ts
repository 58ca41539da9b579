import { CloseCode } from '@journeyboard/journey/contract';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { applyAnswer } from '../app/early-answer';
import { contentSocketUrl, earlyContentSettled, takeEarlyContent, takeEarlySocket } from '../app/early-sync';
import { type HeldAwareness, holdAwareness } from './awareness-hold';
import { explainClose, shouldReconnectAfter } from './close-reasons';
import {
  type ConnectionStatus,
  DOC_NAMES,
  type DocLinkState,
  type DocName,
  INITIAL_LINK_STATE,
  sameStatus,
  summariseConnection,
} from './connection-status';
import { forgetBoardLocally } from './local-copies';
import { OfflineCache } from './offline-cache';
import { cacheName, roomName, syncParams, syncServerUrl } from './sync-url';

export interface BoardDocs {
  readonly content: Y.Doc;
  readonly session: Y.Doc;
  readonly questions: Y.Doc;
}

interface DocLink {
  readonly provider: WebsocketProvider;
  readonly cache: OfflineCache | null;
  /** Held until the presence code adopts it (see `sendAwarenessWith`). */
  readonly awarenessSender: HeldAwareness;
  state: DocLinkState;
}

export interface BoardConnectionOptions {
  readonly boardId: string;
  readonly key: string;
  /** The identity token the relay issued this browser for the board (null: none, the relay sees no identity). */
  readonly identity: string | null;
  readonly location?: { protocol: string; host: string };
  /** IndexedDB is missing in some private modes; the board still works, just without an offline copy. */
  readonly offlineCache?: boolean;
  /**
   * The relay refused a change in one of the documents (close 4422, `reason` = `<code> <path>`). That
   * document's offline copy is deleted first; the caller then starts a new connection with fresh documents,
   * which is how the refused change is rolled back everywhere it was (this tab, its offline copy).
   */
  readonly onRefused?: (doc: DocName, reason: string) => void;
}

/**
 * The WebSocket constructor the providers use: the socket the app shell already opened for this room
 * (see early-sync), the first time; a new one otherwise (other rooms, every reconnection).
 */
const AdoptingWebSocket = function AdoptingWebSocket(url: string, protocols?: string | string[]) {
  return takeEarlySocket(url) ?? new WebSocket(url, protocols);
} as unknown as typeof WebSocket;

/** How long a new connection waits for the relay's answer to the app shell's early socket. */
const EARLY_CONTENT_WAIT_MS = 3000;

/**
 * Resolves when a connection for `options` is best created: once the app shell's early socket (if it
 * opened one for this board) has the board applied, so the connection starts from the full document;
 * null when there is nothing to wait for. See earlyContentSettled.
 */
export function earlyContentReady(
  options: Pick<BoardConnectionOptions, 'boardId' | 'key' | 'identity' | 'location'>,
): Promise<void> | null {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return null;
  const location = options.location ?? window.location;
  const url = contentSocketUrl(location, options.boardId, options.key, options.identity);
  return earlyContentSettled(url, EARLY_CONTENT_WAIT_MS);
}

/**
 * The three documents of one board, each synced through the relay and cached in IndexedDB, plus one
 * status for the whole board. Presence lives on the content document's awareness.
 */
export class BoardConnection {
  readonly docs: BoardDocs;
  private readonly links: Record<DocName, DocLink>;
  private readonly listeners = new Set<() => void>();
  private status: ConnectionStatus;
  private browserOnline: boolean;
  private destroyed = false;
  /** Whether this browser's copies of the board were removed (see `forgetBoard`). */
  private forgotten = false;
  private readonly boardId: string;

  constructor(options: BoardConnectionOptions) {
    const location = options.location ?? window.location;
    const server = syncServerUrl(location);
    this.boardId = options.boardId;
    this.browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
    // The app shell may have started the content room already (early-sync), with the board in it or
    // waiting to be applied, before anything below listens to the document.
    const early = this.browserOnline
      ? takeEarlyContent(contentSocketUrl(location, options.boardId, options.key, options.identity))
      : null;
    const content = early?.doc ?? new Y.Doc();
    if (early?.answer) applyAnswer(content, early.answer);
    this.docs = { content, session: new Y.Doc(), questions: new Y.Doc() };
    const useCache = (options.offlineCache ?? true) && typeof indexedDB !== 'undefined';
    const links = {} as Record<DocName, DocLink>;
    for (const name of DOC_NAMES) {
      const doc = this.docs[name];
      // Online, the content document's cache opens once the board is drawn (see OfflineCache): by the time
      // its database is open the board has usually arrived, and storing it then took ~50–100 ms of the
      // first render. It opens at once when the relay cannot be reached or the browser goes offline.
      const defer = name === 'content' && this.browserOnline;
      const cache = useCache ? new OfflineCache(cacheName(options.boardId, name), doc, { defer }) : null;
      const provider = new WebsocketProvider(server, roomName(options.boardId, name), doc, {
        params: syncParams(options.key, options.identity),
        connect: this.browserOnline,
        // Tabs of one browser share state through the relay like everyone else, which keeps roles honest.
        disableBc: true,
        WebSocketPolyfill: AdoptingWebSocket,
        shouldReconnect: (event) => shouldReconnectAfter(event),
      });
      const link: DocLink = {
        provider,
        cache,
        awarenessSender: holdAwareness(provider),
        state: INITIAL_LINK_STATE,
      };
      this.watch(name, link, options.onRefused);
      links[name] = link;
    }
    this.links = links;
    this.status = summariseConnection(this.linkStates(), this.browserOnline);
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
  }

  get awareness(): Awareness {
    return this.links.content.provider.awareness;
  }

  /**
   * Sends this client's presence with `install` (throttleAwarenessBroadcast, from the presence code that
   * loads once the board is drawn): until then, no awareness update leaves this client (holdAwareness).
   */
  sendAwarenessWith(install: (provider: WebsocketProvider) => () => void): void {
    if (this.destroyed) return;
    for (const name of DOC_NAMES) this.links[name].awarenessSender.adopt(install);
  }

  getStatus = (): ConnectionStatus => this.status;

  /**
   * Whether `doc` is in step with the relay: false while its first state (or a reconnection's catching
   * up) is being applied, so what arrives then can be told from a change made while everyone watched.
   */
  isSynced(doc: DocName): boolean {
    return this.links[doc].state.synced;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens the offline copies still waiting (see OfflineCache): the board is drawn, or the browser went offline. */
  openDeferredCaches(): void {
    if (this.destroyed) return;
    for (const name of DOC_NAMES) this.links[name].cache?.openNow();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
    for (const name of DOC_NAMES) {
      const link = this.links[name];
      link.awarenessSender.restore();
      link.provider.destroy();
      link.cache?.destroy();
      this.docs[name].destroy();
    }
    this.listeners.clear();
  }

  private linkStates(): Record<DocName, DocLinkState> {
    const links = this.links;
    return {
      content: links?.content?.state ?? INITIAL_LINK_STATE,
      session: links?.session?.state ?? INITIAL_LINK_STATE,
      questions: links?.questions?.state ?? INITIAL_LINK_STATE,
    };
  }

  private update(link: DocLink, patch: Partial<DocLinkState>) {
    link.state = { ...link.state, ...patch };
    this.recompute();
  }

  private recompute() {
    if (this.destroyed || !this.links) return;
    const next = summariseConnection(this.linkStates(), this.browserOnline);
    const current = this.status;
    if (sameStatus(next, current)) return;
    this.status = next;
    for (const listener of [...this.listeners]) listener();
  }

  private watch(name: DocName, link: DocLink, onRefused?: (doc: DocName, reason: string) => void) {
    const { provider } = link;
    provider.on('status', ({ status }) => {
      if (status === 'connected')
        this.update(link, { phase: 'connected', everConnected: true, lastClose: null });
      else if (status === 'connecting') this.update(link, { phase: 'connecting' });
      else this.update(link, { phase: 'disconnected', synced: false });
    });
    provider.on('sync', (synced) => this.update(link, { synced }));
    provider.on('connection-close', (event) => {
      // Without the relay, the offline copy is what there is to show: no waiting for the board to draw.
      if (!link.state.synced) link.cache?.openNow();
      if (!event) return;
      if (event.code === CloseCode.updateRefused && !this.destroyed) {
        provider.disconnect();
        const reason = event.reason;
        void (link.cache?.discard() ?? Promise.resolve()).finally(() => onRefused?.(name, reason));
        return;
      }
      const explanation = explainClose(event.code, event.reason);
      this.update(link, { lastClose: { code: event.code, message: explanation.message } });
    });
    provider.on('closed', ({ code, reason }) => {
      this.update(link, { phase: 'disconnected', refusal: { ...explainClose(code, reason), code } });
      if (code === CloseCode.notFound) this.forgetBoard();
    });
  }

  /**
   * The relay says the board does not exist (deleted while open): its offline copies, upload queue, links
   * and identity are removed from this browser, once every cache has closed its database.
   */
  private forgetBoard(): void {
    if (this.forgotten) return;
    this.forgotten = true;
    const closing = DOC_NAMES.map((name) => this.links[name].cache?.destroy());
    void Promise.all(closing).then(() => forgetBoardLocally(this.boardId));
  }

  // The browser knows it is offline long before a socket times out; say so at once and stop retrying.
  private readonly onOffline = () => {
    this.browserOnline = false;
    this.openDeferredCaches();
    for (const name of DOC_NAMES) this.links[name].provider.disconnect();
    this.recompute();
  };

  private readonly onOnline = () => {
    this.browserOnline = true;
    for (const name of DOC_NAMES) {
      const link = this.links[name];
      if (!link.state.refusal) link.provider.connect();
    }
    this.recompute();
  };
}
