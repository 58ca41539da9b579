import * as Y from 'yjs';
import { CURRENT_JOURNEY_ID, DEFAULT_LANES } from './defaults';
import { collection, metaMap } from './doc';
import { keysForAppend } from './order-keys';
import type { Origin } from './types';
import { documentVersion, newerVersionMessage, SCHEMA_VERSION } from './version';

/** Upgrades a document from version `from` to `from + 1`, inside the caller's transaction. */
export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly migrate: (doc: Y.Doc) => void;
}

function renameField(map: Y.Map<unknown>, from: string, to: string): void {
  if (!map.has(from)) return;
  if (!map.has(to)) map.set(to, map.get(from));
  map.delete(from);
}

function eachEntity(doc: Y.Doc, name: 'step' | 'channel' | 'stage', fn: (map: Y.Map<unknown>) => void) {
  for (const value of collection(doc, name).values()) if (value instanceof Y.Map) fn(value);
}

// Every migration is idempotent and writes only deterministic ids and values: two peers that migrate
// the same old document concurrently make the same changes, which merge into one result.
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description: 'rename step.satisfaction to step.score and channel.colour to channel.color',
    migrate(doc) {
      eachEntity(doc, 'step', (step) => renameField(step, 'satisfaction', 'score'));
      eachEntity(doc, 'channel', (channel) => renameField(channel, 'colour', 'color'));
    },
  },
  {
    from: 2,
    description:
      'boards hold several journeys: put existing stages and steps in a "Current state" journey; add default lanes',
    migrate(doc) {
      const journeys = collection(doc, 'journey');
      if (journeys.size === 0) {
        const journey = new Y.Map<unknown>();
        journey.set('name', 'Current state');
        journey.set('kind', 'current');
        journey.set('forkedFromId', null);
        journey.set('order', 'a0');
        journeys.set(CURRENT_JOURNEY_ID, journey);
      }
      const fallback = journeys.has(CURRENT_JOURNEY_ID)
        ? CURRENT_JOURNEY_ID
        : [...journeys.keys()].sort()[0]!;
      const assign = (map: Y.Map<unknown>) => {
        if (typeof map.get('journeyId') !== 'string') map.set('journeyId', fallback);
      };
      eachEntity(doc, 'stage', assign);
      eachEntity(doc, 'step', assign);
      const lanes = collection(doc, 'lane');
      if (lanes.size === 0) {
        const keys = keysForAppend(DEFAULT_LANES.length);
        DEFAULT_LANES.forEach((seed, i) => {
          const lane = new Y.Map<unknown>();
          lane.set('kind', seed.kind);
          lane.set('title', seed.title);
          lane.set('order', keys[i]!);
          lanes.set(seed.id, lane);
        });
      }
    },
  },
];

export interface OpenResult {
  /** The version the document was at before opening. */
  readonly fromVersion: number;
  readonly version: number;
  readonly migrated: boolean;
  readonly readOnly: boolean;
  readonly message: string | null;
}

export const MIGRATION_ORIGIN = 'journeyboard:migration';

/**
 * Brings an older document up to SCHEMA_VERSION (one transaction, all steps or none), or reports that
 * it is newer than this code and must be opened read-only. Safe to call on every load.
 */
export function openBoard(doc: Y.Doc, origin: Origin = MIGRATION_ORIGIN): OpenResult {
  const fromVersion = documentVersion(doc);
  if (fromVersion > SCHEMA_VERSION) {
    return {
      fromVersion,
      version: fromVersion,
      migrated: false,
      readOnly: true,
      message: newerVersionMessage(fromVersion),
    };
  }
  if (fromVersion === 0 || fromVersion === SCHEMA_VERSION) {
    return { fromVersion, version: fromVersion, migrated: false, readOnly: false, message: null };
  }
  doc.transact(() => {
    for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
      const migration = MIGRATIONS.find((m) => m.from === version);
      if (!migration) throw new Error(`no migration from schema ${version}`);
      migration.migrate(doc);
    }
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
  }, origin);
  return {
    fromVersion,
    version: SCHEMA_VERSION,
    migrated: true,
    readOnly: false,
    message: `Upgraded this board from schema ${fromVersion} to ${SCHEMA_VERSION}.`,
  };
}
