import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics';
import type { Store } from '../storage/store';

export function registerOpsRoutes(app: FastifyInstance, options: { store: Store; metrics: Metrics }): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await options.store.checkWritable();
      return { ok: true, storage: options.store.kind };
    } catch (error) {
      return reply
        .code(503)
        .send({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', options.metrics.registry.contentType);
    return options.metrics.registry.metrics();
  });
}
