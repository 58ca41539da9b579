import * as Y from 'yjs';
import * as z from 'zod/mini';
import { COLLECTION_NAMES, collection, ENTITY_KINDS, mapFromFields, metaMap } from './doc';
import { ratingId, voteId } from './ids';
import type { MeasuredExport } from './measured-export';
import { readBoardWithIssues } from './read';
import { ENTITY_OBJECT_SCHEMAS, firstIssue, metaSchema, orDefault } from './schema';
import type { BoardSnapshot, Origin } from './types';
import { documentVersion, SCHEMA_VERSION } from './version';

export const EXPORT_FORMAT = 'journeyboard';
export const EXPORT_FORMAT_VERSION = 1;
export const IMPORT_ORIGIN = 'journeyboard:import';

/** The JSON export of a whole board: see the package README for the field-by-field description. */
export interface BoardExport extends Omit<BoardSnapshot, 'meta'> {
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: typeof EXPORT_FORMAT_VERSION;
  readonly schemaVersion: number;
  /**
   * The board's own title (the one its people see in the header and the relay lists), when the exporter
   * knows it; `meta.title` is the journey's. An import names the new board after it.
   */
  readonly board?: { readonly title: string };
  readonly meta: Omit<BoardSnapshot['meta'], 'schemaVersion'>;
  /**
   * Customers' measured aggregates and the service-desk figures per step and period (measured-export.ts),
   * when the exporter has them. Derived data: an import ignores it (the responses stay with the relay that
   * received them, and a re-imported board starts without measurements).
   */
  readonly measured?: MeasuredExport;
}

/** What an exporter may add to the board's content: its measurements, the board's own title. */
export interface ExportExtras {
  readonly measured?: MeasuredExport;
  readonly boardTitle?: string;
}

export function exportBoard(board: BoardSnapshot, extras: ExportExtras = {}): BoardExport {
  const { schemaVersion, ...meta } = board.meta;
  const { measured, boardTitle } = extras;
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion,
    ...(boardTitle !== undefined ? { board: { title: boardTitle } } : {}),
    meta,
    journeys: board.journeys,
    stages: board.stages,
    steps: board.steps,
    channels: board.channels,
    lanes: board.lanes,
    notes: board.notes,
    ratings: board.ratings,
    personas: board.personas,
    opportunities: board.opportunities,
    votes: board.votes,
    // Questions are not exported, so neither is their evidence.
    attachments: board.attachments.filter((a) => a.questionId === null),
    ...(measured ? { measured } : {}),
  };
}

/** Pretty-printed JSON of the document's board (UTF-8 text; no BOM). */
export function exportBoardJson(doc: Y.Doc): string {
  return `${JSON.stringify(exportBoard(readBoardWithIssues(doc).board), null, 2)}\n`;
}

const MAX_ITEMS = 20_000;
/** The longest board title a relay accepts (its create route's rule). */
export const BOARD_TITLE_MAX = 200;
const list = <T extends z.ZodMiniType>(item: T) =>
  z
    .array(item, { error: 'expected a list' })
    .check(z.maxLength(MAX_ITEMS, { error: `too many entries (max ${MAX_ITEMS})` }));
const listOrNone = <T extends z.ZodMiniType>(item: T) => orDefault(list(item), []);

// Keys not declared here (such as `measured`) are dropped by the parse: they are never imported.
const exportSchema = z
  .object(
    {
      format: z.literal(EXPORT_FORMAT, {
        error: `expected "${EXPORT_FORMAT}" (is this a Journeyboard export?)`,
      }),
      formatVersion: z.literal(EXPORT_FORMAT_VERSION, {
        error: `unsupported export format version (this version reads ${EXPORT_FORMAT_VERSION})`,
      }),
      schemaVersion: z.int({ error: 'expected a schema version number' }).check(
        z.gte(1, { error: 'expected a schema version number' }),
        z.lte(SCHEMA_VERSION, {
          error: `exported by a newer Journeyboard; this version reads schema ${SCHEMA_VERSION} or older`,
        }),
      ),
      board: z.optional(
        z.object(
          {
            title: z
              .string({ error: 'expected the board’s title as text' })
              .check(
                z.maxLength(BOARD_TITLE_MAX, { error: `expected at most ${BOARD_TITLE_MAX} characters` }),
              ),
          },
          { error: 'expected an object with the board’s title' },
        ),
      ),
      meta: z.omit(metaSchema, { schemaVersion: true }),
      journeys: list(ENTITY_OBJECT_SCHEMAS.journey).check(
        z.minLength(1, { error: 'a board needs at least one journey' }),
      ),
      stages: listOrNone(ENTITY_OBJECT_SCHEMAS.stage),
      steps: listOrNone(ENTITY_OBJECT_SCHEMAS.step),
      channels: listOrNone(ENTITY_OBJECT_SCHEMAS.channel),
      lanes: listOrNone(ENTITY_OBJECT_SCHEMAS.lane),
      notes: listOrNone(ENTITY_OBJECT_SCHEMAS.note),
      ratings: listOrNone(ENTITY_OBJECT_SCHEMAS.rating),
      personas: listOrNone(ENTITY_OBJECT_SCHEMAS.persona),
      opportunities: listOrNone(ENTITY_OBJECT_SCHEMAS.opportunity),
      votes: listOrNone(ENTITY_OBJECT_SCHEMAS.vote),
      attachments: listOrNone(ENTITY_OBJECT_SCHEMAS.attachment),
    },
    { error: 'expected a Journeyboard export object' },
  )
  .check(
    z.superRefine((file, ctx) => {
      // Cross-references: an import must be a consistent board, or nothing is imported.
      const fail = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const ids = (key: keyof typeof file & string, items: readonly { id: string }[]) => {
        const seen = new Set<string>();
        items.forEach((item, i) => {
          if (seen.has(item.id)) fail([key, i, 'id'], `duplicate id ${item.id}`);
          seen.add(item.id);
        });
        return seen;
      };
      const journeys = ids('journeys', file.journeys);
      ids('stages', file.stages);
      const stepIds = ids('steps', file.steps);
      const channels = ids('channels', file.channels);
      const lanes = ids('lanes', file.lanes);
      const notes = ids('notes', file.notes);
      ids('attachments', file.attachments);
      ids('ratings', file.ratings);
      const personas = ids('personas', file.personas);
      ids('opportunities', file.opportunities);
      ids('votes', file.votes);
      const stageJourney = new Map(file.stages.map((s) => [s.id, s.journeyId]));
      file.stages.forEach((s, i) => {
        if (!journeys.has(s.journeyId)) fail(['stages', i, 'journeyId'], `no journey ${s.journeyId}`);
      });
      file.steps.forEach((s, i) => {
        if (!journeys.has(s.journeyId)) fail(['steps', i, 'journeyId'], `no journey ${s.journeyId}`);
        if (s.stageId !== null && stageJourney.get(s.stageId) !== s.journeyId) {
          fail(['steps', i, 'stageId'], `no stage ${s.stageId} in journey ${s.journeyId}`);
        }
        if (s.channelId !== null && !channels.has(s.channelId))
          fail(['steps', i, 'channelId'], `no channel ${s.channelId}`);
      });
      file.notes.forEach((n, i) => {
        if (!stepIds.has(n.stepId)) fail(['notes', i, 'stepId'], `no step ${n.stepId}`);
        if (!lanes.has(n.laneId)) fail(['notes', i, 'laneId'], `no lane ${n.laneId}`);
      });
      file.ratings.forEach((r, i) => {
        if (!stepIds.has(r.stepId)) fail(['ratings', i, 'stepId'], `no step ${r.stepId}`);
        const expected = ratingId(r.stepId, r.participantId);
        if (r.id !== expected) fail(['ratings', i, 'id'], `expected "${expected}" (step|participant)`);
      });
      file.votes.forEach((v, i) => {
        const expected = voteId(v.roundId, v.participantId);
        if (v.id !== expected) fail(['votes', i, 'id'], `expected "${expected}" (round|participant)`);
      });
      file.personas.forEach((p, i) => {
        p.preferredChannelIds.forEach((c, j) => {
          if (!channels.has(c)) fail(['personas', i, 'preferredChannelIds', j], `no channel ${c}`);
        });
      });
      file.attachments.forEach((a, i) => {
        if (a.stepId !== null && !stepIds.has(a.stepId))
          fail(['attachments', i, 'stepId'], `no step ${a.stepId}`);
        if (a.noteId !== null && !notes.has(a.noteId))
          fail(['attachments', i, 'noteId'], `no note ${a.noteId}`);
        if (a.personaId !== null && !personas.has(a.personaId))
          fail(['attachments', i, 'personaId'], `no persona ${a.personaId}`);
      });
      file.opportunities.forEach((o, i) => {
        o.stepIds.forEach((s, j) => {
          if (!stepIds.has(s)) fail(['opportunities', i, 'stepIds', j], `no step ${s}`);
        });
        o.noteIds.forEach((n, j) => {
          if (!notes.has(n)) fail(['opportunities', i, 'noteIds', j], `no note ${n}`);
        });
      });
    }),
  );

export interface ImportError {
  /** e.g. `steps[3].score`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
  /** `path: message`, ready to show. */
  readonly text: string;
}

export type ParseResult =
  /** `boardTitle`: the board's own title when the export carries one (trimmed; null when none or blank). */
  | { readonly ok: true; readonly board: BoardSnapshot; readonly boardTitle: string | null }
  | { readonly ok: false; readonly error: ImportError };

function failure(path: string, message: string): { ok: false; error: ImportError } {
  return { ok: false, error: { path, message, text: path ? `${path}: ${message}` : message } };
}

/** Validates an export (JSON text or parsed value) into a board snapshot, or the first error. */
export function parseBoardExport(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return failure('', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const result = exportSchema.safeParse(value);
  if (!result.success) {
    const { path, message } = firstIssue(result.error);
    return failure(path, message);
  }
  const { format: _f, formatVersion: _v, schemaVersion: _s, board: own, meta, ...rest } = result.data;
  const board: BoardSnapshot = { ...rest, meta: { ...meta, schemaVersion: SCHEMA_VERSION } };
  // Return exactly what reading the imported document will give (same sorting, same objects' shape).
  const scratch = new Y.Doc();
  writeBoard(scratch, board);
  return { ok: true, board: readBoardWithIssues(scratch).board, boardTitle: own?.title.trim() || null };
}

/** Replaces the document's whole board with `board`, in one transaction. */
export function writeBoard(doc: Y.Doc, board: BoardSnapshot, origin: Origin = IMPORT_ORIGIN): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const key of [...meta.keys()]) meta.delete(key);
    for (const [key, value] of Object.entries(board.meta)) meta.set(key, value);
    meta.set('schemaVersion', SCHEMA_VERSION);
    for (const kind of ENTITY_KINDS) {
      const entries = collection(doc, kind);
      for (const key of [...entries.keys()]) entries.delete(key);
      for (const entity of board[COLLECTION_NAMES[kind]])
        entries.set(entity.id, mapFromFields({ ...entity }));
    }
  }, origin);
}

/**
 * Imports an export into `doc`, replacing its board. Validates everything first: on any error nothing
 * is written and the first error is returned with its path.
 */
export function importBoard(doc: Y.Doc, input: unknown, origin: Origin = IMPORT_ORIGIN): ParseResult {
  if (documentVersion(doc) > SCHEMA_VERSION) {
    return failure('', 'this board was saved by a newer Journeyboard and is read-only');
  }
  const parsed = parseBoardExport(input);
  if (parsed.ok) writeBoard(doc, parsed.board, origin);
  return parsed;
}
