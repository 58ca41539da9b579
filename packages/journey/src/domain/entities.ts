import * as z from 'zod/mini';
import type { DocName } from '../contract';
import { COLLECTION_NAMES, META_NAME } from '../doc';
import { FEEDBACK_SESSION_MAPS } from '../feedback-results';
import { ratingId, voteId } from '../ids';
import { answerSchema, questionSchema } from '../question-schema';
import { RELAY_SESSION_MAPS } from '../relay-session-maps';
import { ENTITY_OBJECT_SCHEMAS, metaSchema } from '../schema';
import { SERVICE_DESK_ROOT, serviceDeskFigureSchema } from '../service-desk/figure-schema';
import {
  floorAuthorSchema,
  phaseSchema,
  RATING_VISIBILITIES,
  ROUNDS_MAP,
  roundSchema,
  SESSION_MAP,
  timerSchema,
  viewportSchema,
} from '../session';
import { answerers, askers, editors, facilitatorOnly, ownerOrFacilitator, relayOnly } from './access';
import type { DeclaredKind, EntityDeclaration } from './entity-declaration';

/**
 * Every kind of entry a board's documents hold, declared once: where it lives (document, shared type,
 * shape), its fields' schemas, what it links to and what removing the target does, who may create it,
 * change each field and delete it, and the key of its label. The model API, the relay's judge and the
 * web client's permissions all read these declarations; nothing restates them.
 */

type Shape = Readonly<Record<string, z.ZodMiniType>>;
function fieldsOf(schema: z.ZodMiniObject, ...omit: string[]): Shape {
  const out: Record<string, z.ZodMiniType> = {};
  for (const [key, value] of Object.entries(schema.shape as Shape)) if (!omit.includes(key)) out[key] = value;
  return out;
}

const content = ENTITY_OBJECT_SCHEMAS;
const str = (fields: Readonly<Record<string, unknown>>, key: string) =>
  typeof fields[key] === 'string' ? (fields[key] as string) : '';

/** The journey's frame and the map's structure: the facilitator's. */
const structure = { create: facilitatorOnly, change: facilitatorOnly, remove: facilitatorOnly } as const;
const journeyContent = { create: editors, change: editors, remove: editors } as const;
/** Secret ballots: cast through the relay by whoever may edit the journey, never written by a client. */
const ballot = { create: relayOnly, change: relayOnly, remove: relayOnly, cast: editors } as const;

const DECLARATIONS: readonly EntityDeclaration[] = [
  {
    kind: 'meta',
    doc: 'content',
    root: META_NAME,
    shape: 'singleton',
    fields: fieldsOf(metaSchema),
    labelKey: 'entity.meta',
    links: [{ field: 'personaId', to: 'persona', onRemove: 'nullify' }],
    ...structure,
  },
  {
    kind: 'journey',
    doc: 'content',
    root: COLLECTION_NAMES.journey,
    shape: 'collection',
    fields: fieldsOf(content.journey, 'id'),
    entry: content.journey,
    labelKey: 'entity.journey',
    links: [{ field: 'forkedFromId', to: 'journey', onRemove: 'nullify' }],
    ...structure,
  },
  {
    kind: 'stage',
    doc: 'content',
    root: COLLECTION_NAMES.stage,
    shape: 'collection',
    fields: fieldsOf(content.stage, 'id'),
    entry: content.stage,
    labelKey: 'entity.stage',
    links: [{ field: 'journeyId', to: 'journey', onRemove: 'delete' }],
    ...structure,
  },
  {
    kind: 'step',
    doc: 'content',
    root: COLLECTION_NAMES.step,
    shape: 'collection',
    fields: fieldsOf(content.step, 'id'),
    entry: content.step,
    labelKey: 'entity.step',
    links: [
      { field: 'journeyId', to: 'journey', onRemove: 'delete' },
      { field: 'stageId', to: 'stage', onRemove: 'nullify' },
      { field: 'channelId', to: 'channel', onRemove: 'nullify' },
    ],
    ...journeyContent,
    // The consensus score and the moment-of-truth verdict are the facilitator's decisions.
    fieldRules: { score: facilitatorOnly, momentOfTruth: facilitatorOnly },
  },
  {
    kind: 'channel',
    doc: 'content',
    root: COLLECTION_NAMES.channel,
    shape: 'collection',
    fields: fieldsOf(content.channel, 'id'),
    entry: content.channel,
    labelKey: 'entity.channel',
    links: [],
    ...structure,
  },
  {
    kind: 'lane',
    doc: 'content',
    root: COLLECTION_NAMES.lane,
    shape: 'collection',
    fields: fieldsOf(content.lane, 'id'),
    entry: content.lane,
    labelKey: 'entity.lane',
    links: [],
    ...structure,
  },
  {
    kind: 'note',
    doc: 'content',
    root: COLLECTION_NAMES.note,
    shape: 'collection',
    fields: fieldsOf(content.note, 'id'),
    entry: content.note,
    labelKey: 'entity.note',
    links: [
      { field: 'stepId', to: 'step', onRemove: 'delete' },
      { field: 'laneId', to: 'lane', onRemove: 'delete' },
    ],
    ...journeyContent,
    owner: 'authorId',
    fromConnection: { identity: ['authorId'] },
    immutable: ['authorId'],
  },
  {
    kind: 'rating',
    doc: 'content',
    root: COLLECTION_NAMES.rating,
    shape: 'collection',
    fields: fieldsOf(content.rating, 'id'),
    entry: content.rating,
    labelKey: 'entity.rating',
    links: [{ field: 'stepId', to: 'step', onRemove: 'delete' }],
    // Ratings are secret ballots held by the relay (ballot-box.ts): what an older board holds here is
    // read as revealed data, and no client writes it. The facilitator and participants (unless locked)
    // cast their own through the relay.
    ...ballot,
    owner: 'participantId',
    immutable: ['stepId', 'participantId'],
    keyOf: (fields) => ratingId(str(fields, 'stepId'), str(fields, 'participantId')),
  },
  {
    kind: 'persona',
    doc: 'content',
    root: COLLECTION_NAMES.persona,
    shape: 'collection',
    fields: fieldsOf(content.persona, 'id'),
    entry: content.persona,
    labelKey: 'entity.persona',
    links: [{ field: 'preferredChannelIds', to: 'channel', many: true, onRemove: 'unlink' }],
    ...structure,
  },
  {
    kind: 'opportunity',
    doc: 'content',
    root: COLLECTION_NAMES.opportunity,
    shape: 'collection',
    fields: fieldsOf(content.opportunity, 'id'),
    entry: content.opportunity,
    labelKey: 'entity.opportunity',
    links: [
      { field: 'stepIds', to: 'step', many: true, onRemove: 'unlink' },
      { field: 'noteIds', to: 'note', many: true, onRemove: 'unlink' },
    ],
    ...journeyContent,
    // Votes are the result of a round, recorded by the facilitator.
    fieldRules: { votes: facilitatorOnly },
  },
  {
    kind: 'vote',
    doc: 'content',
    root: COLLECTION_NAMES.vote,
    shape: 'collection',
    fields: fieldsOf(content.vote, 'id'),
    entry: content.vote,
    labelKey: 'entity.vote',
    links: [],
    ...ballot,
    owner: 'participantId',
    immutable: ['roundId', 'participantId'],
    keyOf: (fields) => voteId(str(fields, 'roundId'), str(fields, 'participantId')),
  },
  {
    // Evidence (attachments.ts): the document holds a reference to a blob the relay stored; the relay's
    // upload route asks this declaration's create rule too, so what may be uploaded is what may be linked.
    kind: 'attachment',
    doc: 'content',
    root: COLLECTION_NAMES.attachment,
    shape: 'collection',
    fields: fieldsOf(content.attachment, 'id'),
    entry: content.attachment,
    labelKey: 'entity.attachment',
    links: [
      { field: 'stepId', to: 'step', onRemove: 'delete' },
      { field: 'noteId', to: 'note', onRemove: 'delete' },
      { field: 'personaId', to: 'persona', onRemove: 'delete' },
      { field: 'questionId', to: 'question', onRemove: 'delete' },
    ],
    // Like a note: the facilitator, and participants unless the board is locked; observers nothing.
    ...journeyContent,
    owner: 'authorId',
    fromConnection: { identity: ['authorId'] },
    // What the blob is and what it is evidence for never change; the caption and the order do.
    immutable: [
      'authorId',
      'stepId',
      'noteId',
      'personaId',
      'questionId',
      'hash',
      'type',
      'size',
      'width',
      'height',
      'name',
    ],
  },
  {
    kind: 'question',
    doc: 'questions',
    root: 'questions',
    shape: 'collection',
    fields: fieldsOf(questionSchema, 'id'),
    entry: questionSchema,
    labelKey: 'entity.question',
    links: [
      { field: 'stepId', to: 'step', onRemove: 'nullify' },
      { field: 'noteId', to: 'note', onRemove: 'nullify' },
    ],
    create: askers,
    change: ownerOrFacilitator,
    // Resolving is the facilitator's call; the author may reopen or close their own.
    fieldRules: { resolved: ownerOrFacilitator },
    remove: ownerOrFacilitator,
    owner: 'authorId',
    fromConnection: { identity: ['authorId'], role: 'role' },
    immutable: ['authorId', 'role', 'createdAt'],
  },
  {
    kind: 'answer',
    doc: 'questions',
    root: 'answers',
    shape: 'collection',
    fields: fieldsOf(answerSchema, 'id'),
    entry: answerSchema,
    labelKey: 'entity.answer',
    links: [{ field: 'questionId', to: 'question', onRemove: 'delete' }],
    create: answerers,
    change: ownerOrFacilitator,
    // Deleting a question deletes its answers: the facilitator, or the author of each.
    remove: ownerOrFacilitator,
    owner: 'authorId',
    fromConnection: { identity: ['authorId'], role: 'role' },
    immutable: ['authorId', 'role', 'createdAt', 'questionId'],
  },
  {
    kind: 'session',
    doc: 'session',
    root: SESSION_MAP,
    shape: 'singleton',
    fields: {
      phase: phaseSchema,
      locked: z.boolean(),
      timer: timerSchema,
      spotlightStepId: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
      floorAuthorId: z.nullable(floorAuthorSchema),
      viewportRequest: z.nullable(viewportSchema),
      ratingVisibility: z.enum(RATING_VISIBILITIES),
      ratingsNamed: z.boolean(),
      activeRoundId: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
    },
    labelKey: 'entity.session',
    links: [],
    ...structure,
  },
  {
    kind: 'votingRound',
    doc: 'session',
    root: ROUNDS_MAP,
    shape: 'collection',
    fields: fieldsOf(roundSchema, 'id'),
    entry: roundSchema,
    labelKey: 'entity.votingRound',
    links: [],
    ...structure,
  },
  {
    kind: 'momentReview',
    doc: 'session',
    root: 'momentReviews',
    shape: 'dictionary',
    fields: {},
    value: z.enum(['dismissed']),
    labelKey: 'entity.momentReview',
    links: [],
    ...structure,
  },
  // The ballot results the relay publishes (ballot-results.ts): counts, distributions, round results.
  ...RELAY_SESSION_MAPS.map(
    (root): EntityDeclaration => ({
      kind: 'ballotResults',
      doc: 'session',
      root,
      shape: 'dictionary',
      fields: {},
      value: z.unknown(),
      labelKey: 'entity.ballotResults',
      links: [],
      create: relayOnly,
      change: relayOnly,
      remove: relayOnly,
    }),
  ),
  // Service-desk figures per step and month, imported from a ticket export by the facilitator
  // (service-desk/figures.ts): `<stepId>|<YYYY-MM>` → volume, median waits, CSAT.
  {
    kind: 'serviceDeskFigures',
    doc: 'content',
    root: SERVICE_DESK_ROOT,
    shape: 'dictionary',
    fields: {},
    value: serviceDeskFigureSchema,
    labelKey: 'entity.serviceDeskFigures',
    links: [],
    ...structure,
  },
  // Customers' feedback the relay publishes (feedback-results.ts): histograms per step and day, counts.
  ...FEEDBACK_SESSION_MAPS.map(
    (root): EntityDeclaration => ({
      kind: 'feedbackResults',
      doc: 'session',
      root,
      shape: 'dictionary',
      fields: {},
      value: z.unknown(),
      labelKey: 'entity.feedbackResults',
      links: [],
      create: relayOnly,
      change: relayOnly,
      remove: relayOnly,
    }),
  ),
];

export const ENTITY_DECLARATIONS: { readonly [K in DeclaredKind]: EntityDeclaration } = Object.fromEntries(
  DECLARATIONS.map((declaration) => [declaration.kind, declaration]),
) as { readonly [K in DeclaredKind]: EntityDeclaration };

/** The declarations of one document, by root name (what the relay judges that document's updates by). */
export function declarationsOf(doc: DocName): ReadonlyMap<string, EntityDeclaration> {
  return new Map(DECLARATIONS.filter((d) => d.doc === doc).map((d) => [d.root, d]));
}
