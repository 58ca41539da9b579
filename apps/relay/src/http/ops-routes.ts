import type { FastifyInstance } from 'fastify';
import type { Bus } from '../cluster/bus';
import type { Metrics } from '../metrics';
import type { Store } from '../storage/store';

export function registerOpsRoutes(
  app: FastifyInstance,
  options: {
    store: Store;
    metrics: Metrics;
    bus?: Bus;
    /** Rooms the start's integrity check found unreadable: reported, not a reason to leave rotation. */
    damagedRooms?: number;
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

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', options.metrics.registry.contentType);
    return options.metrics.registry.metrics();
  });
}
