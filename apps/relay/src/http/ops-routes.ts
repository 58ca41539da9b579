import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Bus } from '../cluster/bus';
import { secretsEqual } from '../keys';
import type { Metrics } from '../metrics';
import type { Store } from '../storage/store';
import { bearerToken } from './auth';
import { sendError } from './errors';
import { isLoopback } from './proxy-trust';

/**
 * Who may read `/metrics`: with METRICS_TOKEN, whoever sends it as a bearer token; without, only this
 * machine (a loopback address that no proxy forwarded: a request through a local reverse proxy carries
 * `X-Forwarded-For` and is from elsewhere, unless TRUST_PROXY named the proxy and the client is local).
 */
export function mayReadMetrics(request: FastifyRequest, metricsToken: string | undefined): boolean {
  if (metricsToken !== undefined) {
    const token = bearerToken(request);
    return token !== undefined && secretsEqual(metricsToken, token);
  }
  const forwarded =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  const believed = request.ip !== request.socket.remoteAddress;
  return isLoopback(request.ip) && (!forwarded || believed);
}

export function registerOpsRoutes(
  app: FastifyInstance,
  options: {
    store: Store;
    metrics: Metrics;
    bus?: Bus;
    /** Rooms the start's integrity check found unreadable: reported, not a reason to leave rotation. */
    damagedRooms?: number;
    metricsToken?: string | undefined;
  },
): void {
  const damage = options.damagedRooms ? { damagedRooms: options.damagedRooms } : {};
  app.get('/healthz', async (request, reply) => {
    // A relay cut off from the bus still serves its own clients (and catches up later): it reports it
    // without leaving the load balancer's rotation. Storage that cannot write takes it out.
    const bus = options.bus
      ? { bus: options.bus.kind, ...(options.bus.health ? { busHealth: options.bus.health() } : {}) }
      : {};
    try {
      await options.store.checkWritable();
      return { ok: true, storage: options.store.kind, ...damage, ...bus };
    } catch (error) {
      // The database's own error text stays in the log.
      request.log.error({ err: error }, 'health check: storage cannot be written');
      return reply.code(503).send({
        ok: false,
        storage: options.store.kind,
        error: 'storage cannot be written',
        ...damage,
        ...bus,
      });
    }
  });

  app.get('/metrics', async (request, reply) => {
    if (!mayReadMetrics(request, options.metricsToken)) {
      options.metrics.messagesRejected.inc({ reason: 'metrics_forbidden' });
      return options.metricsToken === undefined
        ? sendError(
            reply,
            403,
            'metrics are served to this machine only; set METRICS_TOKEN to read them remotely',
          )
        : sendError(reply, 401, 'send Authorization: Bearer <METRICS_TOKEN>');
    }
    reply.header('content-type', options.metrics.registry.contentType);
    return options.metrics.registry.metrics();
  });
}
