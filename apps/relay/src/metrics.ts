import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type RejectReason =
  | 'message_too_big'
  | 'text_frame'
  | 'malformed'
  | 'unknown_type'
  | 'invalid_update'
  | 'awareness_foreign_client'
  | 'awareness_rate'
  | 'bad_board_id'
  | 'unknown_board'
  | 'bad_key'
  | 'rotated_key'
  | 'auth_rate'
  | 'doc_too_large'
  | 'board_full'
  | 'message_rate'
  | 'origin'
  | 'create_rate'
  | 'address_full'
  | 'metrics_forbidden'
  | 'too_many_rooms'
  | 'storage_error'
  | 'presence_too_big'
  | 'presence_invalid'
  | 'internal_error'
  | 'board_damaged'
  /** A connection that fell more than MAX_BUFFERED_BYTES behind was dropped. */
  | 'slow_consumer';

/** One registry per relay instance, so several relays in one test process do not collide. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const prefix = 'journeyboard_';
  return {
    registry,
    connections: new Gauge({
      name: `${prefix}connections`,
      help: 'Open sync connections by role',
      labelNames: ['role'] as const,
      registers: [registry],
    }),
    roomsLoaded: new Gauge({ name: `${prefix}rooms_loaded`, help: 'Rooms in memory', registers: [registry] }),
    updatesAccepted: new Counter({
      name: `${prefix}updates_accepted_total`,
      help: 'Updates accepted and stored',
      registers: [registry],
    }),
    updatesBroadcast: new Counter({
      name: `${prefix}updates_broadcast_total`,
      help: 'Update messages sent to connections',
      registers: [registry],
    }),
    bytesIn: new Counter({ name: `${prefix}bytes_in_total`, help: 'Bytes received', registers: [registry] }),
    bytesOut: new Counter({ name: `${prefix}bytes_out_total`, help: 'Bytes sent', registers: [registry] }),
    updatesRefused: new Counter({
      name: `${prefix}updates_refused_total`,
      help: 'Updates refused by the board rules (the sender was closed with 4422), by role, document and code',
      labelNames: ['role', 'doc', 'code'] as const,
      registers: [registry],
    }),
    messagesRejected: new Counter({
      name: `${prefix}messages_rejected_total`,
      help: 'Messages, connections and requests rejected, by reason',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    storageWriteSeconds: new Histogram({
      name: `${prefix}storage_write_seconds`,
      help: 'Time from accepting an update to it being durable (group commit included)',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
    compactions: new Counter({
      name: `${prefix}compactions_total`,
      help: 'Room log compactions',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
