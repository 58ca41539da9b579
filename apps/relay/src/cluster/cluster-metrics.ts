import { Gauge, type Registry } from 'prom-client';
import type { PostgresStore } from '../storage/postgres-store';
import type { RedisBus } from './redis-bus';

/**
 * Cluster figures on the relay's registry, read when scraped. Counters kept by the store and the bus are
 * exposed as gauges of their running totals (they reset only when the relay restarts, like counters).
 */
export function registerClusterMetrics(
  registry: Registry,
  parts: { store: PostgresStore | undefined; bus: RedisBus | undefined },
): void {
  const prefix = 'journeyboard_';
  const { store, bus } = parts;
  if (store) {
    new Gauge({
      name: `${prefix}postgres_up`,
      help: '1 while the last PostgreSQL query found the server reachable',
      registers: [registry],
      collect() {
        this.set(store.status().reachable ? 1 : 0);
      },
    });
    new Gauge({
      name: `${prefix}postgres_compactions`,
      help: 'Compactions by outcome: run here, or skipped because another relay ran (or was running) it',
      labelNames: ['outcome'] as const,
      registers: [registry],
      collect() {
        const status = store.status();
        this.set({ outcome: 'run' }, status.compactionsRun);
        this.set({ outcome: 'skipped' }, status.compactionsSkipped);
      },
    });
  }
  if (bus) {
    new Gauge({
      name: `${prefix}redis_up`,
      help: '1 while both Redis connections are ready',
      registers: [registry],
      collect() {
        this.set(bus.status().connected ? 1 : 0);
      },
    });
    new Gauge({
      name: `${prefix}bus_events`,
      help: 'Bus activity since start: published, received, publish failures, reconnects, room reloads from the store, peers lost',
      labelNames: ['event'] as const,
      registers: [registry],
      collect() {
        const status = bus.status();
        this.set({ event: 'published' }, status.published);
        this.set({ event: 'received' }, status.received);
        this.set({ event: 'publish_failure' }, status.publishFailures);
        this.set({ event: 'reconnect' }, status.reconnects);
        this.set({ event: 'catch_up' }, status.catchUps);
        this.set({ event: 'peer_lost' }, status.peersLost);
      },
    });
  }
}
