import type pg from 'pg';
import { POSTGRES_FEEDBACK_SCHEMA } from '../feedback/postgres-feedback-store';

/**
 * The PostgreSQL schema, created and upgraded by the relay itself. Each migration runs once, in order,
 * inside one transaction that holds a cluster-wide advisory lock, so several relays starting at the same
 * moment neither race on `CREATE TABLE` nor apply a migration twice: the first one migrates, the others
 * wait for its commit and then find nothing left to do.
 *
 * Never edit a published migration; append a new one with the next version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** First key of every advisory lock this relay takes (two-key form), so it cannot collide with others'. */
export const ADVISORY_NAMESPACE = 0x4a42;
/** Second keys under the namespace; rooms and boards use `hashtext(name)` under their own namespaces. */
export const MIGRATION_LOCK = 1;
export const COMPACTION_NAMESPACE = 0x4a43;
export const CHECKPOINT_NAMESPACE = 0x4a44;
/** Storing a board's blobs: one at a time per board, so its quota holds across relays. */
export const BLOB_NAMESPACE = 0x4a45;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'boards, room log, snapshots, checkpoints',
    // Room names compare in the C collation so a board's rooms are one index range whatever the
    // database's default collation is.
    sql: `
CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE boards (
  id text PRIMARY KEY,
  title text NOT NULL,
  created_at bigint NOT NULL,
  facilitator_key text NOT NULL,
  participant_key text NOT NULL,
  observer_key text NOT NULL
);
CREATE TABLE updates (
  seq bigserial PRIMARY KEY,
  room text COLLATE "C" NOT NULL,
  data bytea NOT NULL
);
CREATE INDEX updates_by_room ON updates (room, seq);
CREATE TABLE snapshots (
  room text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL,
  data bytea NOT NULL,
  generation integer NOT NULL DEFAULT 1,
  compacted_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE checkpoints (
  id bigserial PRIMARY KEY,
  board_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('auto', 'named')),
  name text,
  created_at bigint NOT NULL,
  bytes integer NOT NULL,
  content bytea NOT NULL,
  session bytea NOT NULL,
  questions bytea NOT NULL
);
CREATE INDEX checkpoints_by_board ON checkpoints (board_id, id);
`,
  },
  {
    version: 2,
    name: 'blobs (evidence files)',
    sql: `
CREATE TABLE blobs (
  board_id text NOT NULL,
  hash text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL,
  width integer,
  height integer,
  bytes bigint NOT NULL,
  touched_at bigint NOT NULL,
  data bytea NOT NULL,
  thumb bytea,
  PRIMARY KEY (board_id, hash)
);
`,
  },
  { version: 3, name: 'customer feedback links and responses', sql: POSTGRES_FEEDBACK_SCHEMA },
];

export interface MigrationPlan {
  pending: Migration[];
  /** Versions present in the database that this relay does not know (a newer relay migrated it). */
  unknown: number[];
}

/** Which migrations still have to run; pure, so the ordering rules are tested without a database. */
export function planMigrations(applied: readonly number[], known: readonly Migration[]): MigrationPlan {
  const versions = known.map((migration) => migration.version);
  versions.forEach((version, index) => {
    if (!Number.isInteger(version) || version < 1) throw new Error(`migration version ${version} is invalid`);
    if (index > 0 && version <= versions[index - 1]!) {
      throw new Error(`migration versions must increase: ${versions[index - 1]} then ${version}`);
    }
  });
  const done = new Set(applied);
  const knownVersions = new Set(versions);
  return {
    pending: known.filter((migration) => !done.has(migration.version)),
    unknown: [...done].filter((version) => !knownVersions.has(version)).sort((a, b) => a - b),
  };
}

/** Brings the database to the latest schema; returns the versions this call applied. */
export async function migrate(pool: pg.Pool, known: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [ADVISORY_NAMESPACE, MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const plan = planMigrations(
      rows.map((row) => row.version),
      known,
    );
    if (plan.unknown.length > 0) {
      throw new Error(
        `the database has schema versions ${plan.unknown.join(', ')} that this relay does not know: upgrade the relay`,
      );
    }
    for (const migration of plan.pending) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
    return plan.pending.map((migration) => migration.version);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
