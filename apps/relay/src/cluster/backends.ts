import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { PostgresStore } from '../storage/postgres-store';
import type { Store } from '../storage/store';
import type { Bus } from './bus';
import { registerClusterMetrics } from './cluster-metrics';
import { RedisBus } from './redis-bus';

export interface ClusterConfig {
  DATABASE_URL?: string | undefined;
  REDIS_URL?: string | undefined;
}

/**
 * The shared store and bus for running several relays, chosen by DATABASE_URL and REDIS_URL. Returns
 * nothing for what is not configured, so the relay keeps its embedded defaults (SQLite, local bus).
 * Stores and buses the caller passes in (tests) win over the environment.
 */
export async function openClusterBackends(
  config: ClusterConfig,
  logger: Logger,
  given: { store?: Store | undefined; bus?: Bus | undefined },
  registry: Registry,
): Promise<{ store?: Store; bus?: Bus }> {
  let postgres: PostgresStore | undefined;
  let redis: RedisBus | undefined;
  if (!given.store && config.DATABASE_URL) {
    postgres = await PostgresStore.open({ url: config.DATABASE_URL });
    logger.info({ storage: 'postgres' }, 'storage: PostgreSQL (schema migrated)');
  }
  const store = given.store ?? postgres;
  if (!given.bus && config.REDIS_URL) {
    if (!store) throw new Error('REDIS_URL needs a shared store: set DATABASE_URL too');
    try {
      redis = await RedisBus.connect({
        url: config.REDIS_URL,
        store,
        logger: logger.child({ component: 'bus' }),
      });
    } catch (error) {
      await postgres?.close();
      throw error;
    }
    logger.info({ bus: 'redis', relay: redis.relayId }, 'fan-out: Redis Streams');
  }
  const bus = given.bus ?? redis;
  registerClusterMetrics(registry, {
    store: store instanceof PostgresStore ? store : undefined,
    bus: bus instanceof RedisBus ? bus : undefined,
  });
  return { ...(postgres ? { store: postgres } : {}), ...(redis ? { bus: redis } : {}) };
}
