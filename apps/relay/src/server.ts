import { resolve } from 'node:path';
import { CloseCode } from '@journeyboard/journey';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import { admissionFrom } from './admission';
import { registerBallotRoutes } from './ballots/ballot-routes';
import { BallotService } from './ballots/ballot-service';
import { registerBlobRoutes } from './blobs/blob-routes';
import { BlobService } from './blobs/blob-service';
import { BlobSweeper } from './blobs/blob-sweeper';
import { BoardService } from './boards/board-service';
import { createDemoBoard } from './boards/demo-board';
import { RetiredKeys } from './boards/retired-keys';
import { openClusterBackends } from './cluster/backends';
import type { Bus } from './cluster/bus';
import { LocalBus } from './cluster/local-bus';
import type { Config } from './config';
import { registerFeedbackRoutes } from './feedback/feedback-routes';
import { FeedbackService } from './feedback/feedback-service';
import { JourneyOutlines } from './feedback/journey-steps';
import { KeyedBuckets } from './feedback/keyed-buckets';
import { ActivityTracker } from './history/activity';
import { HistoryService } from './history/history-service';
import { historyOptionsFrom } from './history/options';
import { registerHistoryRoutes } from './history/routes';
import { registerBoardsRoutes } from './http/boards-routes';
import { registerErrorHandler } from './http/error-handler';
import { registerExportRoutes } from './http/export-routes';
import { registerImportRoutes } from './http/import-routes';
import { registerOpsRoutes } from './http/ops-routes';
import { registerProxyWarning } from './http/proxy-warning';
import { registerSecurityHeaders } from './http/security-headers';
import { registerStaticRoutes } from './http/static-routes';
import { Identities } from './identity/identities';
import { createLogger } from './logger';
import { createMetrics, type Metrics } from './metrics';
import { SqliteStore } from './storage/sqlite-store';
import { checkStorageAtStart } from './storage/startup-check';
import type { Store } from './storage/store';
import { RoomManager } from './sync/room-manager';
import { SyncServer } from './sync/sync-server';
import { sharedMerger } from './sync/update-merger';

export const WEB_DIST_DIR = resolve(import.meta.dirname, '../../web/dist');

export interface RelayDeps {
  logger?: Logger;
  /** Defaults to SQLite in DATA_DIR. */
  store?: Store;
  /** Defaults to the single-relay local bus. */
  bus?: Bus;
  webDistDir?: string;
}

export interface Relay {
  /** `http://HOST:PORT` as bound (the real port when PORT=0). */
  url: string;
  app: FastifyInstance;
  store: Store;
  metrics: Metrics;
  rooms: RoomManager;
  boards: BoardService;
  history: HistoryService;
  blobs: BlobService;
  logger: Logger;
  /** Graceful stop: refuse new sockets, make everything durable, close sockets with 1012, close storage. */
  close(): Promise<void>;
}

export async function startRelay(config: Config, deps: RelayDeps = {}): Promise<Relay> {
  const logger = deps.logger ?? createLogger(config);
  const metrics = createMetrics();
  const cluster = await openClusterBackends(config, logger, deps, metrics.registry);
  const store =
    deps.store ??
    cluster.store ??
    new SqliteStore({ file: config.DATABASE_FILE, durability: config.DURABILITY });
  const bus = deps.bus ?? cluster.bus ?? new LocalBus();
  const integrity = await checkStorageAtStart(store, logger.child({ component: 'storage' }));
  const roomLogger = logger.child({ component: 'rooms' });
  const activity = new ActivityTracker();
  // Set right below: the rooms tell it of session writes, and it publishes into the session rooms.
  const ballotsRef: { current: BallotService | null } = { current: null };
  const rooms = new RoomManager(
    {
      store,
      merger: sharedMerger,
      bus,
      metrics,
      logger: roomLogger,
      limits: {
        maxDocBytes: config.MAX_DOC_BYTES,
        compactLogEntries: config.COMPACT_LOG_ENTRIES,
        compactLogBytes: config.COMPACT_LOG_BYTES,
        maxPresenceBytes: config.MAX_PRESENCE_BYTES,
        observerBurstMs: config.OBSERVER_BURST_MS,
        observerSpreadMs: config.OBSERVER_SPREAD_MS,
      },
      onSessionWrite: (room) => ballotsRef.current?.sessionChanged(room),
      // Edits to a board's content and questions count as its activity (automatic checkpoints).
      onUpdateStored: (room) => activity.recordRoom(room.name),
    },
    { maxRooms: config.MAX_ROOMS, graceMs: config.ROOM_GRACE_MS, restMs: config.ROOM_REST_MS },
    metrics,
  );
  const identities = await Identities.open(store, config.IDENTITY_SECRET);
  const ballots = new BallotService(store, rooms, logger.child({ component: 'ballots' }));
  ballotsRef.current = ballots;
  const retiredKeys = new RetiredKeys();
  const boards = new BoardService(store, rooms, bus, logger, retiredKeys);
  const feedback = new FeedbackService(
    store,
    rooms,
    new JourneyOutlines(boards),
    logger.child({ component: 'feedback' }),
  );
  const history = new HistoryService({
    store,
    boards,
    activity,
    logger: logger.child({ component: 'history' }),
    options: historyOptionsFrom(config),
  });
  const blobs = new BlobService(
    store,
    rooms,
    {
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
      maxBoardBytes: config.MAX_BOARD_BLOB_BYTES,
      graceMs: config.BLOB_GRACE_MS,
    },
    logger.child({ component: 'blobs' }),
  );
  const sweeper = new BlobSweeper(blobs, config.BLOB_GRACE_MS, logger.child({ component: 'blobs' }));
  const admission = admissionFrom(config, logger);
  const sync = new SyncServer(
    {
      maxMessageBytes: config.MAX_MESSAGE_BYTES,
      slots: admission.slots,
      origins: admission.origins,
      messagesPerSecond: config.MAX_MESSAGES_PER_SECOND,
      awarenessPerSecond: config.AWARENESS_PER_SECOND,
      maxPresenceBytes: config.MAX_PRESENCE_BYTES,
      maxBufferedBytes: config.MAX_BUFFERED_BYTES,
      heartbeatMs: config.HEARTBEAT_MS,
    },
    {
      store,
      rooms,
      metrics,
      logger: logger.child({ component: 'sync' }),
      authFailures: admission.failures,
      retiredKeys,
      identities,
    },
  );
  const stopControl = bus.onControl((event) => {
    if (event.kind === 'key-rotated') {
      if (event.retiredKeyHash) retiredKeys.add(event.retiredKeyHash, Date.now());
      sync.closeRole(event.boardId, event.role, CloseCode.unauthorized, 'key rotated');
    } else {
      sync.closeBoard(event.boardId, CloseCode.notFound, 'board deleted');
    }
  });

  const app = Fastify({
    loggerInstance: logger.child({ component: 'http' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: Math.max(config.MAX_DOC_BYTES, 1024 * 1024),
    // X-Forwarded-* only from TRUST_PROXY's proxies: the same trust the websocket upgrade uses.
    trustProxy: admission.trust,
  });
  const webDistDir = deps.webDistDir ?? WEB_DIST_DIR;
  await registerSecurityHeaders(app, { webDistDir, origins: admission.origins });
  registerProxyWarning(app, admission.trust);
  app.addHook('onResponse', async (request, reply) => {
    const level = request.url.startsWith('/api/') ? 'info' : 'debug';
    request.log[level](
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: reply.elapsedTime,
      },
      'request',
    );
  });
  const authDeps = {
    boards,
    failures: admission.failures,
    metrics,
    adminToken: config.ADMIN_TOKEN,
    creations: admission.creations,
  };
  registerOpsRoutes(app, {
    store,
    metrics,
    bus,
    metricsToken: config.METRICS_TOKEN,
    damagedRooms: integrity?.damagedRooms.length ?? 0,
  });
  registerErrorHandler(app);
  registerBoardsRoutes(app, { ...authDeps, publicUrl: config.PUBLIC_URL, identities });
  registerExportRoutes(app, { ...authDeps, publicUrl: config.PUBLIC_URL });
  await registerImportRoutes(app, { ...authDeps, boards, blobs, publicUrl: config.PUBLIC_URL });
  registerHistoryRoutes(app, { ...authDeps, history });
  registerBallotRoutes(app, { ...authDeps, ballots, identities });
  await registerBlobRoutes(app, { ...authDeps, blobs, identities, maxUploadBytes: config.MAX_UPLOAD_BYTES });
  registerFeedbackRoutes(app, {
    ...authDeps,
    feedback,
    submissions: new KeyedBuckets(config.FEEDBACK_RESPONSES_PER_MINUTE),
    pageLoads: new KeyedBuckets(config.FEEDBACK_PAGES_PER_MINUTE),
  });
  await registerStaticRoutes(app, webDistDir);
  app.server.on('upgrade', (request, socket, head) => sync.handleUpgrade(request, socket, head));

  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const displayHost = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const url = `http://${displayHost}:${port}`;
  history.start();
  sweeper.start();

  let closing: Promise<void> | null = null;
  const relay: Relay = {
    url,
    app,
    store,
    metrics,
    rooms,
    boards,
    history,
    blobs,
    logger,
    close() {
      closing ??= (async () => {
        logger.info('shutting down');
        const stopListening = app.close();
        await history.stop();
        await sweeper.stop();
        // Updates already applied get stored and broadcast before anyone is disconnected.
        await rooms.whenAllDurable();
        await sync.closeAll(CloseCode.serviceRestart, 'relay restarting');
        await rooms.unloadAll();
        await stopListening;
        stopControl();
        await bus.close();
        await store.close();
        logger.info('stopped');
      })();
      return closing;
    },
  };

  if (config.DEMO_BOARD && (await store.isEmpty())) {
    await createDemoBoard(boards, config.PUBLIC_URL ?? url, logger);
  }
  return relay;
}
