import { z } from 'zod';
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

export const text = () => z.string({ error: TEXT }).max(20_000, { error: 'text is too long (max 20000)' });
export const id = () => z.string({ error: ID }).min(1, { error: ID }).max(200, { error: 'id is too long' });
export const score = () =>
  z.number({ error: SCORE }).int({ error: SCORE }).min(1, { error: SCORE }).max(10, { error: SCORE });
export const orderKey = () =>
  z.string({ error: 'expected an order key' }).min(1, { error: 'expected an order key' }).max(500);
const textList = () => z.array(text(), { error: 'expected a list of texts' }).max(1000).default([]);
const idList = () => z.array(id(), { error: 'expected a list of ids' }).max(10_000).default([]);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });
const color = () =>
  z.string({ error: 'expected a colour like #1a2b3c' }).regex(/^#[0-9a-fA-F]{6}$/, {
    error: 'expected a colour like #1a2b3c',
  });
const isoDate = () =>
  z
    .string({ error: 'expected a date like 2024-05-31' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date like 2024-05-31' });

export const emotionSchema = oneOf(EMOTION_LABELS);

export const metaSchema = z.object({
  title: text().default(''),
  goal: text().default(''),
  expectations: text().default(''),
  scopeStart: text().default(''),
  scopeEnd: text().default(''),
  targetScore: score().nullable().default(null),
  templateId: z.string({ error: TEXT }).nullable().default(null),
  personaId: z.string({ error: TEXT }).nullable().default(null),
  /** The language the board was created in; boards from before it was recorded were English. */
  language: oneOf(CONTENT_LANGUAGES).default(DEFAULT_CONTENT_LANGUAGE),
  schemaVersion: z
    .number({ error: 'expected a schema version number' })
    .int({ error: 'expected a schema version number' })
    .min(1, { error: 'expected a schema version number' }),
}) satisfies z.ZodType<Meta>;

const journey = z.object({
  id: id(),
  name: text().default(''),
  kind: oneOf(JOURNEY_KINDS).default('current'),
  forkedFromId: id().nullable().default(null),
  order: orderKey(),
});

const stage = z.object({
  id: id(),
  journeyId: id(),
  title: text().default(''),
  description: text().default(''),
  order: orderKey(),
  originStageId: id().nullable().default(null),
});

const step = z.object({
  id: id(),
  journeyId: id(),
  stageId: id().nullable().default(null),
  channelId: id().nullable().default(null),
  order: orderKey(),
  title: text().default(''),
  description: text().default(''),
  owner: text().default(''),
  durationMinutes: z
    .number({ error: 'expected minutes (a number ≥ 0)' })
    .min(0, { error: 'expected minutes (a number ≥ 0)' })
    .max(10_000_000, { error: 'expected minutes (a number ≥ 0)' })
    .nullable()
    .default(null),
  people: textList(),
  systems: textList(),
  doing: text().default(''),
  thinking: text().default(''),
  feeling: text().default(''),
  emotion: emotionSchema.nullable().default(null),
  score: score().nullable().default(null),
  momentOfTruth: z.boolean({ error: 'expected true or false' }).default(false),
  notes: text().default(''),
  originStepId: id().nullable().default(null),
});

const channel = z.object({
  id: id(),
  name: text().default(''),
  color: color().default('#64748b'),
  icon: z.string({ error: TEXT }).max(100).default(''),
  order: orderKey(),
});

const lane = z.object({
  id: id(),
  kind: oneOf(LANE_KINDS),
  title: text().default(''),
  order: orderKey(),
});

const note = z.object({
  id: id(),
  stepId: id(),
  laneId: id(),
  text: text().default(''),
  color: color().default('#fde68a'),
  authorId: z.string({ error: TEXT }).max(200).default(''),
  authorName: z.string({ error: TEXT }).max(200).default(''),
  order: orderKey(),
});

const rating = z.object({
  id: id(),
  stepId: id(),
  participantId: id(),
  score: score(),
  emotion: emotionSchema.nullable().default(null),
});

const persona = z.object({
  id: id(),
  name: text().default(''),
  job: text().default(''),
  goals: textList(),
  frustrations: textList(),
  preferredChannelIds: idList(),
  quote: text().default(''),
  avatar: z.string({ error: TEXT }).max(50).default('🙂'),
  order: orderKey(),
});

const opportunity = z.object({
  id: id(),
  title: text().default(''),
  description: text().default(''),
  stepIds: idList(),
  noteIds: idList(),
  owner: text().default(''),
  deadline: isoDate().nullable().default(null),
  priority: oneOf(PRIORITIES).default('medium'),
  status: oneOf(OPPORTUNITY_STATUSES).default('idea'),
  doneAt: isoDate().nullable().default(null),
  votes: z
    .number({ error: 'expected a whole number ≥ 0' })
    .int({ error: 'expected a whole number ≥ 0' })
    .min(0, { error: 'expected a whole number ≥ 0' })
    .default(0),
  order: orderKey(),
});

/** Hex SHA-256. */
export const blobHashSchema = z
  .string({ error: 'expected a SHA-256 hash' })
  .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hash (64 hex digits)' });
const pixels = () =>
  z
    .number({ error: 'expected a size in pixels' })
    .int({ error: 'expected a size in pixels' })
    .min(1, { error: 'expected a size in pixels' })
    .max(100_000, { error: 'expected a size in pixels' })
    .nullable()
    .default(null);
const ONE_PARENT = 'an attachment belongs to exactly one step, note, persona or question';

const attachment = z
  .object({
    id: id(),
    stepId: id().nullable().default(null),
    noteId: id().nullable().default(null),
    personaId: id().nullable().default(null),
    questionId: id().nullable().default(null),
    hash: blobHashSchema,
    type: oneOf(ATTACHMENT_TYPES),
    size: z
      .number({ error: 'expected a size in bytes' })
      .int({ error: 'expected a size in bytes' })
      .min(1, { error: 'expected a size in bytes' })
      .max(2 ** 40, { error: 'expected a size in bytes' }),
    width: pixels(),
    height: pixels(),
    caption: z.string({ error: TEXT }).max(2000, { error: 'caption is too long (max 2000)' }).default(''),
    name: z.string({ error: TEXT }).max(255, { error: 'file name is too long (max 255)' }).default(''),
    authorId: z.string({ error: TEXT }).max(200).default(''),
    order: orderKey(),
  })
  .refine((a) => ATTACHMENT_PARENTS.filter((field) => a[field] !== null).length === 1, {
    error: ONE_PARENT,
    path: ['stepId'],
  });

const vote = z.object({
  id: id(),
  roundId: id(),
  participantId: id(),
  targetIds: idList(),
});

export const ENTITY_SCHEMAS: { readonly [K in EntityKind]: z.ZodType<EntityByKind[K]> } = {
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

export function firstIssue(error: z.ZodError): { path: string; message: string; maximum?: number } {
  const issue = error.issues[0];
  if (!issue) return { path: '', message: 'invalid value' };
  const found = { path: formatPath(issue.path), message: issue.message };
  // A text over its length limit: the client says how long it may be.
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { ...found, maximum: Number(issue.maximum) };
  return found;
}
