import * as Y from 'yjs';
import { collection, ENTITY_KINDS, metaMap } from './doc';
import { JourneyError } from './errors';

/** The schema version this code reads and writes. Bump it together with a new entry in MIGRATIONS. */
export const SCHEMA_VERSION = 3;

/**
 * The version a document is at: its recorded one; 1 for content written before versions were recorded;
 * 0 for a document nobody has created yet.
 */
export function documentVersion(doc: Y.Doc): number {
  const recorded = metaMap(doc).get('schemaVersion');
  if (typeof recorded === 'number' && Number.isInteger(recorded) && recorded >= 1) return recorded;
  const hasContent = ENTITY_KINDS.some((kind) => collection(doc, kind).size > 0) || metaMap(doc).size > 0;
  return hasContent ? 1 : 0;
}

export function newerVersionMessage(version: number): string {
  return (
    `This board was saved by a newer version of Journeyboard (schema ${version}; this version reads up ` +
    `to ${SCHEMA_VERSION}). It is shown read-only; update Journeyboard to edit it.`
  );
}

/** Throws unless mutations may write to this document at the current schema. */
export function assertWritable(doc: Y.Doc): void {
  const version = documentVersion(doc);
  if (version > SCHEMA_VERSION) throw new JourneyError(newerVersionMessage(version), '', 'newer-version');
  if (version !== 0 && version < SCHEMA_VERSION) {
    throw new JourneyError(
      `This board is at schema ${version}; call openBoard(doc) to migrate it first.`,
      '',
      'not-migrated',
    );
  }
}

export function isMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map;
}
