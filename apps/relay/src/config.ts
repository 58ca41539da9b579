import { resolve } from 'node:path';
import { z } from 'zod';
import { parseProxyTrust } from './http/proxy-trust';

const integer = (min: number, max: number) => {
  const message = `expected an integer from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
};

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
  )
  .pipe(
    z.array(
      z
        .url({ message: 'expected a comma-separated list of origins like https://app.example.com' })
        .transform((origin) => new URL(origin).origin),
    ),
  );

const proxyTrust = z.string().transform((value, context) => {
  try {
    return parseProxyTrust(value);
  } catch (error) {
    context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    return z.NEVER;
  }
});

const schema = z.object({
  PORT: integer(0, 65535).default(1234),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z
    .url({ message: 'expected an absolute URL like https://boards.example.com' })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  ADMIN_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  // Signs participants' identity tokens; unset, the relay keeps a random secret in its store.
  IDENTITY_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  DURABILITY: z.enum(['process', 'fsync']).default('process'),
  ALLOWED_ORIGINS: origins.optional(),
  // Admission (apps/relay/src/sync/connection-slots.ts, http/proxy-trust.ts): who may name the client's
  // address, how many sockets one address may hold, which slots of a board only some roles may take.
  TRUST_PROXY: proxyTrust.default({ kind: 'none' }),
  METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  // 4,000: a town hall of 1,000 people behind one office NAT (three sockets a tab) fits from one address.
  MAX_CONNECTIONS_PER_ADDRESS: integer(1, 1_000_000).default(4_000),
  RESERVED_FACILITATOR_CONNECTIONS: integer(0, 100_000).optional(),
  RESERVED_PARTICIPANT_CONNECTIONS: integer(0, 100_000).optional(),
  BOARD_CREATIONS_PER_HOUR: integer(1, 1_000_000).default(60),
  // Customers' feedback links (apps/relay/src/feedback): responses per address and link, page loads per address.
  FEEDBACK_RESPONSES_PER_MINUTE: integer(1, 1_000_000).default(20),
  FEEDBACK_PAGES_PER_MINUTE: integer(1, 1_000_000).default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  DEMO_BOARD: booleanFlag.default(true),
  MAX_MESSAGE_BYTES: integer(1024, 256 * 1024 * 1024).default(1024 * 1024),
  MAX_DOC_BYTES: integer(1024, 1024 * 1024 * 1024).default(32 * 1024 * 1024),
  MAX_ROOMS: integer(1, 1_000_000).default(10_000),
  // 3,600: 1,000 observers' tabs (3 sockets each) plus the reserved slots below.
  MAX_CONNECTIONS_PER_BOARD: integer(1, 100_000).default(3_600),
  MAX_MESSAGES_PER_SECOND: integer(1, 1_000_000).default(300),
  // What may wait unsent for one socket (a reader that fell behind) before it is dropped with 1013.
  MAX_BUFFERED_BYTES: integer(64 * 1024, 1024 * 1024 * 1024).default(4 * 1024 * 1024),
  AWARENESS_PER_SECOND: integer(1, 10_000).default(30),
  // One presence (awareness) state's JSON; the web client's are a few hundred bytes.
  MAX_PRESENCE_BYTES: integer(256, 64 * 1024).default(4096),
  AUTH_FAILURES_PER_MINUTE: integer(1, 100_000).default(20),
  ROOM_GRACE_MS: integer(0, 24 * 3600 * 1000).default(30_000),
  // A loaded room's state is deflated once nobody has needed its bytes this long (0: never).
  ROOM_REST_MS: integer(0, 24 * 3600 * 1000).default(2_000),
  // Observers get a room's updates together at most this often (0: each at once); writers never wait.
  OBSERVER_BURST_MS: integer(0, 10_000).default(100),
  // Each burst's writes to the observers spread over this long, in small groups (0: at once).
  OBSERVER_SPREAD_MS: integer(0, 10_000).default(60),
  HEARTBEAT_MS: integer(100, 3600 * 1000).default(30_000),
  COMPACT_LOG_ENTRIES: integer(2, 10_000_000).default(2_000),
  COMPACT_LOG_BYTES: integer(1024, 1024 * 1024 * 1024).default(4 * 1024 * 1024),
  // Automatic checkpoints (apps/relay/src/history): quiet time that ends a burst, least time between two.
  HISTORY_QUIET_MS: integer(10, 24 * 3600 * 1000).optional(),
  HISTORY_MIN_INTERVAL_MS: integer(10, 24 * 3600 * 1000).optional(),
  // Evidence (apps/relay/src/blobs): one uploaded file, all of a board's stored files together, and how
  // long an uploaded file nobody refers to yet is kept before a sweep may remove it.
  MAX_UPLOAD_BYTES: integer(1024, 1024 * 1024 * 1024).default(10 * 1024 * 1024),
  MAX_BOARD_BLOB_BYTES: integer(1024, 1024 * 1024 * 1024 * 1024).default(500 * 1024 * 1024),
  BLOB_GRACE_MS: integer(0, 30 * 24 * 3600 * 1000).default(24 * 3600 * 1000),
  // Several relays: a shared PostgreSQL store and Redis fan-out (see docs/deploy.md).
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'expected postgres://user:password@host:port/database')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'expected redis://host:port')
    .optional(),
});

type Reserved = 'RESERVED_FACILITATOR_CONNECTIONS' | 'RESERVED_PARTICIPANT_CONNECTIONS';

export type Config = Omit<z.output<typeof schema>, 'DATA_DIR' | Reserved> & {
  DATA_DIR: string;
  /** Connections on a board only the facilitator may take (default: a twentieth of the board's, at most 30). */
  RESERVED_FACILITATOR_CONNECTIONS: number;
  /** Further connections observers may not take (default: a quarter of the board's, at most 300). */
  RESERVED_PARTICIPANT_CONNECTIONS: number;
  /** The SQLite file inside DATA_DIR. */
  DATABASE_FILE: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Reads the configuration from environment variables; throws ConfigError listing every bad value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(schema.shape).map((key) => {
      const value = env[key];
      // An empty variable means "not set": `FOO= npm start` should fall back to the default.
      return [key, value === undefined || value === '' ? undefined : value];
    }),
  );
  const result = schema.safeParse(known);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '(root)');
        return `${key}=${JSON.stringify(known[key] ?? '')}: ${issue.message}`;
      }),
    );
  }
  if (result.data.REDIS_URL && !result.data.DATABASE_URL) {
    throw new ConfigError([
      'REDIS_URL is set without DATABASE_URL: relays sharing a bus must share a PostgreSQL store',
    ]);
  }
  const dataDir = resolve(result.data.DATA_DIR);
  return {
    ...result.data,
    ...reservedConnections(result.data),
    DATA_DIR: dataDir,
    DATABASE_FILE: resolve(dataDir, 'journeyboard.sqlite'),
  };
}

/**
 * The reserved slots of a board, defaulted from MAX_CONNECTIONS_PER_BOARD (a twentieth and a quarter, at
 * most 30 and 300: ten facilitator tabs and a hundred participants' are plenty, and a large board's other
 * slots are its audience's); observers keep at least one.
 */
function reservedConnections(data: z.output<typeof schema>): Pick<Config, Reserved> {
  const max = data.MAX_CONNECTIONS_PER_BOARD;
  const facilitator = data.RESERVED_FACILITATOR_CONNECTIONS ?? Math.min(30, Math.floor(max / 20));
  const participant = data.RESERVED_PARTICIPANT_CONNECTIONS ?? Math.min(300, Math.floor(max / 4));
  if (facilitator + participant >= max) {
    throw new ConfigError([
      `RESERVED_FACILITATOR_CONNECTIONS (${facilitator}) + RESERVED_PARTICIPANT_CONNECTIONS (${participant}) ` +
        `must be less than MAX_CONNECTIONS_PER_BOARD (${max}), or observers could never connect`,
    ]);
  }
  return { RESERVED_FACILITATOR_CONNECTIONS: facilitator, RESERVED_PARTICIPANT_CONNECTIONS: participant };
}
