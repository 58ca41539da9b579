import * as Y from 'yjs';
import { collection, ENTITY_KINDS, metaMap, readFields, toPlain } from './doc';
import { deepFreeze } from './freeze';
import { compareOrdered } from './order';
import { ENTITY_SCHEMAS, firstIssue, metaSchema } from './schema';
import type {
  AnyEntity,
  Attachment,
  BoardRead,
  BoardSnapshot,
  EntityByKind,
  EntityKind,
  Meta,
  ReadIssue,
  Stage,
  Step,
} from './types';
import { documentVersion, newerVersionMessage, SCHEMA_VERSION } from './version';

type Issues = ReadIssue[];

interface Parsed {
  readonly id: string;
  readonly raw: ReadonlyMap<string, unknown>;
  readonly entity: AnyEntity | null;
  readonly error: string | null;
}

// Parsed entities are cached per field map and reused while every raw field value is the same (===):
// unchanged entities keep their identity across reads, so a client can skip re-rendering them.
const parsedCache = new WeakMap<Y.Map<unknown>, Parsed>();

// Y.Map's `size` and `entries()` walk the map through allocating iterators; `forEach` does not. A
// board's first read parses every entity, so each one is walked once, and a cached one once to compare.
function unchanged(map: Y.Map<unknown>, id: string, cached: Parsed | undefined): cached is Parsed {
  if (!cached || cached.id !== id) return false;
  const raw = cached.raw;
  let count = 0;
  let same = true;
  map.forEach((value, key) => {
    count += 1;
    if (same && (value instanceof Y.AbstractType || raw.get(key) !== value || !raw.has(key))) same = false;
  });
  return same && count === raw.size;
}

function parseEntity<K extends EntityKind>(
  kind: K,
  id: string,
  value: unknown,
  issues: Issues,
): EntityByKind[K] | null {
  if (!(value instanceof Y.Map)) {
    issues.push({ kind, id, message: 'entry is not a map of fields', action: 'skipped' });
    return null;
  }
  let parsed = parsedCache.get(value);
  if (!unchanged(value, id, parsed)) {
    const raw = new Map<string, unknown>();
    const fields: Record<string, unknown> = {};
    value.forEach((field, key) => {
      raw.set(key, field);
      fields[key] = toPlain(field);
    });
    const result = ENTITY_SCHEMAS[kind].safeParse({ ...fields, id });
    let error: string | null = null;
    if (!result.success) {
      const { path, message } = firstIssue(result.error);
      error = path ? `${path}: ${message}` : message;
    }
    parsed = {
      id,
      raw,
      entity: result.success ? deepFreeze(result.data as AnyEntity) : null,
      error,
    };
    parsedCache.set(value, parsed);
  }
  if (parsed.error !== null) issues.push({ kind, id, message: parsed.error, action: 'skipped' });
  return parsed.entity as EntityByKind[K] | null;
}

function parseCollection<K extends EntityKind>(doc: Y.Doc, kind: K, issues: Issues): EntityByKind[K][] {
  const out: EntityByKind[K][] = [];
  for (const [id, value] of collection(doc, kind).entries()) {
    const entity = parseEntity(kind, id, value, issues);
    if (entity) out.push(entity);
  }
  return out;
}

export function readMeta(doc: Y.Doc, issues: Issues = []): Meta {
  const raw = readFields(metaMap(doc));
  const version = documentVersion(doc);
  const result = metaSchema.safeParse({ ...raw, schemaVersion: version === 0 ? SCHEMA_VERSION : version });
  if (result.success) return deepFreeze(result.data);
  // Repair field by field: a board without a readable title is still a board.
  const repaired: Record<string, unknown> = { schemaVersion: version || SCHEMA_VERSION };
  for (const [key, field] of Object.entries(metaSchema.shape)) {
    if (key === 'schemaVersion') continue;
    const parsed = field.safeParse(raw[key]);
    if (parsed.success) repaired[key] = parsed.data;
    else
      issues.push({
        kind: 'meta',
        id: key,
        message: `${key}: ${parsed.error.issues[0]?.message}`,
        action: 'repaired',
      });
  }
  return deepFreeze(metaSchema.parse(repaired));
}

/** Reads one entity, or null when it is missing or invalid. */
export function readEntity<K extends EntityKind>(doc: Y.Doc, kind: K, id: string): EntityByKind[K] | null {
  const value = collection(doc, kind).get(id);
  if (value === undefined) return null;
  return parseEntity(kind, id, value, []);
}

// Transactions started on each document, counted from its 'beforeTransaction' event: a read made after
// the same count saw the same content. (Observers run after the transaction has ended and the count has
// moved on, so they never get a read cached before it.)
const transactionCounts = new WeakMap<Y.Doc, { value: number }>();

function transactionCount(doc: Y.Doc): number {
  let counter = transactionCounts.get(doc);
  if (!counter) {
    const created = { value: 0 };
    doc.on('beforeTransaction', () => {
      created.value += 1;
    });
    transactionCounts.set(doc, created);
    counter = created;
  }
  return counter.value;
}

const collectionReads = new WeakMap<Y.Map<unknown>, { count: number; items: readonly AnyEntity[] }>();

/**
 * Reads one collection's valid entries, sorted where they have an order. Reads between two transactions
 * return the same frozen array: the first render of a board reads the large collections from several
 * places, and each read re-checked every entity and sorted them again.
 */
export function readCollection<K extends EntityKind>(doc: Y.Doc, kind: K): readonly EntityByKind[K][] {
  const root = collection(doc, kind);
  // Inside a transaction the content may change between two reads: never cached there.
  const settled = doc._transaction === null;
  const count = transactionCount(doc);
  const cached = settled ? collectionReads.get(root) : undefined;
  if (cached && cached.count === count) return cached.items as readonly EntityByKind[K][];
  const items = parseCollection(doc, kind, []);
  if (items.every((item) => 'order' in item)) {
    items.sort((a, b) =>
      compareOrdered(a as { id: string; order: string }, b as { id: string; order: string }),
    );
  } else items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const frozen = deepFreeze(items);
  if (settled) collectionReads.set(root, { count, items: frozen });
  return frozen;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Reads the whole board into a deeply frozen snapshot. Never throws on what a peer wrote: entries that
 * are malformed or point at deleted entities are skipped (or repaired) and listed in `issues`.
 */
export function readBoardWithIssues(doc: Y.Doc): BoardRead {
  const issues: Issues = [];
  const version = documentVersion(doc);
  const meta = readMeta(doc, issues);
  const parsed = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, parseCollection(doc, kind, issues)]),
  ) as {
    [K in EntityKind]: EntityByKind[K][];
  };
  const skip = (kind: EntityKind, id: string, message: string) =>
    issues.push({ kind, id, message, action: 'skipped' });

  const journeys = parsed.journey.sort(compareOrdered);
  const journeyRank = new Map(journeys.map((j, i) => [j.id, i]));

  const stages = parsed.stage.filter((stage) => {
    if (journeyRank.has(stage.journeyId)) return true;
    skip('stage', stage.id, `journeyId: no journey ${stage.journeyId}`);
    return false;
  });
  stages.sort(
    (a, b) => journeyRank.get(a.journeyId)! - journeyRank.get(b.journeyId)! || compareOrdered(a, b),
  );
  const stageById = new Map<string, Stage>(stages.map((s) => [s.id, s]));
  const stageRank = new Map(stages.map((s, i) => [s.id, i]));

  const channelIds = new Set(parsed.channel.map((c) => c.id));
  const steps: Step[] = [];
  for (const step of parsed.step) {
    if (!journeyRank.has(step.journeyId)) {
      skip('step', step.id, `journeyId: no journey ${step.journeyId}`);
      continue;
    }
    let fixed = step;
    // A stage or channel deleted while a peer was moving a step into it: keep the step, drop the link.
    const stage = step.stageId === null ? undefined : stageById.get(step.stageId);
    if (step.stageId !== null && (!stage || stage.journeyId !== step.journeyId)) {
      fixed = { ...fixed, stageId: null };
      issues.push({
        kind: 'step',
        id: step.id,
        message: `stageId: no stage ${step.stageId}`,
        action: 'repaired',
      });
    }
    if (step.channelId !== null && !channelIds.has(step.channelId)) {
      fixed = { ...fixed, channelId: null };
      issues.push({
        kind: 'step',
        id: step.id,
        message: `channelId: no channel ${step.channelId}`,
        action: 'repaired',
      });
    }
    steps.push(fixed);
  }
  const rankOfStage = (s: Step) => (s.stageId === null ? Number.MAX_SAFE_INTEGER : stageRank.get(s.stageId)!);
  steps.sort(
    (a, b) =>
      journeyRank.get(a.journeyId)! - journeyRank.get(b.journeyId)! ||
      rankOfStage(a) - rankOfStage(b) ||
      compareOrdered(a, b),
  );
  const stepIds = new Set(steps.map((s) => s.id));

  const lanes = parsed.lane.sort(compareOrdered);
  const laneIds = new Set(lanes.map((l) => l.id));
  const notes = parsed.note.filter((note) => {
    if (!stepIds.has(note.stepId)) skip('note', note.id, `stepId: no step ${note.stepId}`);
    else if (!laneIds.has(note.laneId)) skip('note', note.id, `laneId: no lane ${note.laneId}`);
    else return true;
    return false;
  });
  notes.sort((a, b) => (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0) || compareOrdered(a, b));
  const noteIds = new Set(notes.map((n) => n.id));

  const ratings = parsed.rating.filter((rating) => {
    if (stepIds.has(rating.stepId)) return true;
    skip('rating', rating.id, `stepId: no step ${rating.stepId}`);
    return false;
  });
  ratings.sort(byId);

  const opportunities = parsed.opportunity.sort(compareOrdered).map((o) => {
    const linkedSteps = o.stepIds.filter((id) => stepIds.has(id));
    const linkedNotes = o.noteIds.filter((id) => noteIds.has(id));
    if (linkedSteps.length === o.stepIds.length && linkedNotes.length === o.noteIds.length) return o;
    issues.push({
      kind: 'opportunity',
      id: o.id,
      message: 'links to deleted steps or notes removed',
      action: 'repaired',
    });
    return { ...o, stepIds: linkedSteps, noteIds: linkedNotes };
  });

  const personas = parsed.persona.sort(compareOrdered).map((p) => {
    const preferred = p.preferredChannelIds.filter((id) => channelIds.has(id));
    return preferred.length === p.preferredChannelIds.length ? p : { ...p, preferredChannelIds: preferred };
  });

  const personaIds = new Set(personas.map((p) => p.id));
  const attachments = parsed.attachment.filter((a) => {
    // A question's attachments cannot be checked here: questions live in another document.
    if (a.stepId !== null && !stepIds.has(a.stepId)) skip('attachment', a.id, `stepId: no step ${a.stepId}`);
    else if (a.noteId !== null && !noteIds.has(a.noteId))
      skip('attachment', a.id, `noteId: no note ${a.noteId}`);
    else if (a.personaId !== null && !personaIds.has(a.personaId))
      skip('attachment', a.id, `personaId: no persona ${a.personaId}`);
    else return true;
    return false;
  });
  const parentKey = (a: Attachment) => a.stepId ?? a.noteId ?? a.personaId ?? a.questionId ?? '';
  attachments.sort((a, b) => {
    const pa = parentKey(a);
    const pb = parentKey(b);
    return (pa < pb ? -1 : pa > pb ? 1 : 0) || compareOrdered(a, b);
  });

  const board: BoardSnapshot = {
    meta,
    journeys,
    stages,
    steps,
    channels: parsed.channel.sort(compareOrdered),
    lanes,
    notes,
    ratings,
    personas,
    opportunities,
    votes: parsed.vote.sort(byId),
    attachments,
  };
  const readOnly = version > SCHEMA_VERSION;
  return deepFreeze({
    board,
    issues,
    readOnly,
    readOnlyReason: readOnly ? newerVersionMessage(version) : null,
  });
}

export function readBoard(doc: Y.Doc): BoardSnapshot {
  return readBoardWithIssues(doc).board;
}

/** The steps of one journey in time order. */
export function journeySteps(board: BoardSnapshot, journeyId: string): readonly Step[] {
  return board.steps.filter((s) => s.journeyId === journeyId);
}

export function journeyStages(board: BoardSnapshot, journeyId: string): readonly Stage[] {
  return board.stages.filter((s) => s.journeyId === journeyId);
}
