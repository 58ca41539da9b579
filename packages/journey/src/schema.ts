import * as z from 'zod/mini';
import { CONTENT_LANGUAGES, DEFAULT_CONTENT_LANGUAGE } from './content-language';
import type { EntityByKind, EntityKind, Meta } from './types';
import {
  ATTACHMENT_PARENTS,
  ATTACHMENT_TYPES,
  EMOTION_LABELS,
  JOURNEY_KINDS,
  LANE_KINDS,
  OPPORTUNITY_STATUSES,
  PRIORITIES,
} from './types';

// Field schemas carry their own messages so an import error reads like `steps[3].score: expected a
// number from 1 to 10`. Missing fields take defaults (older peers may not write newer fields); present
// fields with a wrong value make the entry invalid.

const SCORE = 'expected a number from 1 to 10';
const TEXT = 'expected text';
const ID = 'expected a non-empty id';

export const text = () =>
  z.string({ error: TEXT }).check(z.maxLength(20_000, { error: 'text is too long (max 20000)' }));
export const id = () =>
  z.string({ error: ID }).check(z.minLength(1, { error: ID }), z.maxLength(200, { error: 'id is too long' }));
export const score = () =>
  z.int({ error: SCORE }).check(z.gte(1, { error: SCORE }), z.lte(10, { error: SCORE }));
export const orderKey = () =>
  z
    .string({ error: 'expected an order key' })
    .check(
      z.minLength(1, { error: 'expected an order key' }),
      z.maxLength(500, { error: 'order key is too long' }),
    );
/** `schema`, or `fallback` when the field is missing. */
export const orDefault = <T extends z.ZodMiniType>(schema: T, fallback: z.output<T>) =>
  z._default(schema, fallback as never);
/** `schema` or null, null when the field is missing. */
export const nullOr = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null as never);
const textList = () =>
  orDefault(
    z
      .array(text(), { error: 'expected a list of texts' })
      .check(z.maxLength(1000, { error: 'too many entries (max 1000)' })),
    [],
  );
const idList = () =>
  orDefault(
    z
      .array(id(), { error: 'expected a list of ids' })
      .check(z.maxLength(10_000, { error: 'too many entries (max 10000)' })),
    [],
  );
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });
const color = () =>
  z.string({ error: 'expected a colour like #1a2b3c' }).check(
    z.regex(/^#[0-9a-fA-F]{6}$/, {
      error: 'expected a colour like #1a2b3c',
    }),
  );
const isoDate = () =>
  z
    .string({ error: 'expected a date like 2024-05-31' })
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date like 2024-05-31' }));

export const emotionSchema = oneOf(EMOTION_LABELS);

export const metaSchema = z.object({
  title: orDefault(text(), ''),
  goal: orDefault(text(), ''),
  expectations: orDefault(text(), ''),
  scopeStart: orDefault(text(), ''),
  scopeEnd: orDefault(text(), ''),
  targetScore: nullOr(score()),
  templateId: nullOr(z.string({ error: TEXT })),
  personaId: nullOr(z.string({ error: TEXT })),
  /** The language the board was created in; boards from before it was recorded were English. */
  language: orDefault(oneOf(CONTENT_LANGUAGES), DEFAULT_CONTENT_LANGUAGE),
  schemaVersion: z
    .int({ error: 'expected a schema version number' })
    .check(z.gte(1, { error: 'expected a schema version number' })),
}) satisfies z.ZodMiniType<Meta>;

const journey = z.object({
  id: id(),
  name: orDefault(text(), ''),
  kind: orDefault(oneOf(JOURNEY_KINDS), 'current'),
  forkedFromId: nullOr(id()),
  order: orderKey(),
});

const stage = z.object({
  id: id(),
  journeyId: id(),
  title: orDefault(text(), ''),
  description: orDefault(text(), ''),
  order: orderKey(),
  originStageId: nullOr(id()),
});

const step = z.object({
  id: id(),
  journeyId: id(),
  stageId: nullOr(id()),
  channelId: nullOr(id()),
  order: orderKey(),
  title: orDefault(text(), ''),
  description: orDefault(text(), ''),
  owner: orDefault(text(), ''),
  durationMinutes: nullOr(
    z
      .number({ error: 'expected minutes (a number ≥ 0)' })
      .check(
        z.gte(0, { error: 'expected minutes (a number ≥ 0)' }),
        z.lte(10_000_000, { error: 'expected minutes (a number ≥ 0)' }),
      ),
  ),
  people: textList(),
  systems: textList(),
  doing: orDefault(text(), ''),
  thinking: orDefault(text(), ''),
  feeling: orDefault(text(), ''),
  emotion: nullOr(emotionSchema),
  score: nullOr(score()),
  momentOfTruth: orDefault(z.boolean({ error: 'expected true or false' }), false),
  notes: orDefault(text(), ''),
  originStepId: nullOr(id()),
});

const channel = z.object({
  id: id(),
  name: orDefault(text(), ''),
  color: orDefault(color(), '#64748b'),
  icon: orDefault(
    z.string({ error: TEXT }).check(z.maxLength(100, { error: 'text is too long (max 100)' })),
    '',
  ),
  order: orderKey(),
});

const lane = z.object({
  id: id(),
  kind: oneOf(LANE_KINDS),
  title: orDefault(text(), ''),
  order: orderKey(),
});

const note = z.object({
  id: id(),
  stepId: id(),
  laneId: id(),
  text: orDefault(text(), ''),
  color: orDefault(color(), '#fde68a'),
  authorId: orDefault(
    z.string({ error: TEXT }).check(z.maxLength(200, { error: 'text is too long (max 200)' })),
    '',
  ),
  authorName: orDefault(
    z.string({ error: TEXT }).check(z.maxLength(200, { error: 'text is too long (max 200)' })),
    '',
  ),
  order: orderKey(),
});

const rating = z.object({
  id: id(),
  stepId: id(),
  participantId: id(),
  score: score(),
  emotion: nullOr(emotionSchema),
});

const persona = z.object({
  id: id(),
  name: orDefault(text(), ''),
  job: orDefault(text(), ''),
  goals: textList(),
  frustrations: textList(),
  preferredChannelIds: idList(),
  quote: orDefault(text(), ''),
  avatar: orDefault(
    z.string({ error: TEXT }).check(z.maxLength(50, { error: 'text is too long (max 50)' })),
    '🙂',
  ),
  order: orderKey(),
});

const opportunity = z.object({
  id: id(),
  title: orDefault(text(), ''),
  description: orDefault(text(), ''),
  stepIds: idList(),
  noteIds: idList(),
  owner: orDefault(text(), ''),
  deadline: nullOr(isoDate()),
  priority: orDefault(oneOf(PRIORITIES), 'medium'),
  status: orDefault(oneOf(OPPORTUNITY_STATUSES), 'idea'),
  doneAt: nullOr(isoDate()),
  votes: orDefault(
    z.int({ error: 'expected a whole number ≥ 0' }).check(z.gte(0, { error: 'expected a whole number ≥ 0' })),
    0,
  ),
  order: orderKey(),
});

/** Hex SHA-256. */
export const blobHashSchema = z
  .string({ error: 'expected a SHA-256 hash' })
  .check(z.regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hash (64 hex digits)' }));
const pixels = () =>
  nullOr(
    z
      .int({ error: 'expected a size in pixels' })
      .check(
        z.gte(1, { error: 'expected a size in pixels' }),
        z.lte(100_000, { error: 'expected a size in pixels' }),
      ),
  );
const ONE_PARENT = 'an attachment belongs to exactly one step, note, persona or question';

const attachment = z
  .object({
    id: id(),
    stepId: nullOr(id()),
    noteId: nullOr(id()),
    personaId: nullOr(id()),
    questionId: nullOr(id()),
    hash: blobHashSchema,
    type: oneOf(ATTACHMENT_TYPES),
    size: z
      .int({ error: 'expected a size in bytes' })
      .check(
        z.gte(1, { error: 'expected a size in bytes' }),
        z.lte(2 ** 40, { error: 'expected a size in bytes' }),
      ),
    width: pixels(),
    height: pixels(),
    caption: orDefault(
      z.string({ error: TEXT }).check(z.maxLength(2000, { error: 'caption is too long (max 2000)' })),
      '',
    ),
    name: orDefault(
      z.string({ error: TEXT }).check(z.maxLength(255, { error: 'file name is too long (max 255)' })),
      '',
    ),
    authorId: orDefault(
      z.string({ error: TEXT }).check(z.maxLength(200, { error: 'text is too long (max 200)' })),
      '',
    ),
    order: orderKey(),
  })
  .check(
    z.refine((a) => ATTACHMENT_PARENTS.filter((field) => a[field] !== null).length === 1, {
      error: ONE_PARENT,
      path: ['stepId'],
    }),
  );

const vote = z.object({
  id: id(),
  roundId: id(),
  participantId: id(),
  targetIds: idList(),
});

export const ENTITY_SCHEMAS: { readonly [K in EntityKind]: z.ZodMiniType<EntityByKind[K]> } = {
  journey,
  stage,
  step,
  channel,
  lane,
  note,
  rating,
  persona,
  opportunity,
  vote,
  attachment,
};

/** Object schemas, for validating a partial update field by field. */
export const ENTITY_OBJECT_SCHEMAS = {
  journey,
  stage,
  step,
  channel,
  lane,
  note,
  rating,
  persona,
  opportunity,
  vote,
  attachment,
} as const;

/** `['steps', 3, 'score']` → `steps[3].score` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function firstIssue(error: z.core.$ZodError): { path: string; message: string; maximum?: number } {
  const issue = error.issues[0];
  if (!issue) return { path: '', message: 'invalid value' };
  const found = { path: formatPath(issue.path), message: issue.message };
  // A text over its length limit: the client says how long it may be.
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { ...found, maximum: Number(issue.maximum) };
  return found;
}
