// Plain snapshot types of a Journeyboard `content` document. Everything readBoard returns is built from
// these and deeply frozen, so a client can compare by reference and never mutates shared state.

import type { ContentLanguage } from './content-language';

export type Id = string;

/** A fractional-indexing key; items sort by (order, id) so ties from concurrent inserts are stable. */
export type OrderKey = string;

/** A satisfaction score, an integer from 1 (awful) to 10 (delighted). */
export type Score = number;

export const EMOTION_LABELS = [
  'delighted',
  'happy',
  'satisfied',
  'surprised',
  'neutral',
  'confused',
  'anxious',
  'frustrated',
  'angry',
  'sad',
] as const;
export type EmotionLabel = (typeof EMOTION_LABELS)[number];

export interface Emotion {
  readonly label: EmotionLabel;
  readonly emoji: string;
  /** The i18n key of the emotion's name (`emotion.happy` → "Happy" / "Blij"): clients translate it. */
  readonly labelKey: `emotion.${EmotionLabel}`;
  /**
   * English name, for code not yet on the i18n layer.
   * @deprecated translate `labelKey` instead; removed once every client screen does.
   */
  readonly name: string;
  /** The score this emotion usually goes with, used to suggest a score when only a feeling is picked. */
  readonly typicalScore: Score;
}

export interface Meta {
  /** The journey named as the customer perceives it, e.g. "My new job". */
  readonly title: string;
  readonly goal: string;
  readonly expectations: string;
  readonly scopeStart: string;
  readonly scopeEnd: string;
  /** The experience the organisation aims for, 1–10 (e.g. "a net 7"). */
  readonly targetScore: Score | null;
  readonly templateId: string | null;
  /** The persona this journey is mapped for (see journey-persona.ts), or null. */
  readonly personaId: Id | null;
  /**
   * The language the board was created in (its template's words): exports (CSV headers, poster, PDF)
   * speak it, whatever language each reader's interface is in.
   */
  readonly language: ContentLanguage;
  readonly schemaVersion: number;
}

export const JOURNEY_KINDS = ['current', 'future'] as const;
export type JourneyKind = (typeof JOURNEY_KINDS)[number];

export interface Journey {
  readonly id: Id;
  readonly name: string;
  readonly kind: JourneyKind;
  /** The journey this one was forked from (a future state starts as a copy of the current one). */
  readonly forkedFromId: Id | null;
  readonly order: OrderKey;
}

export interface Stage {
  readonly id: Id;
  readonly journeyId: Id;
  readonly title: string;
  readonly description: string;
  readonly order: OrderKey;
  readonly originStageId: Id | null;
}

export interface Step {
  readonly id: Id;
  readonly journeyId: Id;
  /** null: the step is not in any stage (it sorts after the staged steps). */
  readonly stageId: Id | null;
  readonly channelId: Id | null;
  readonly order: OrderKey;
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  readonly durationMinutes: number | null;
  readonly people: readonly string[];
  readonly systems: readonly string[];
  readonly doing: string;
  readonly thinking: string;
  readonly feeling: string;
  readonly emotion: EmotionLabel | null;
  /** The facilitator's consensus score. */
  readonly score: Score | null;
  readonly momentOfTruth: boolean;
  readonly notes: string;
  /** In a forked journey, the step of the source journey this one was copied from (used to compare). */
  readonly originStepId: Id | null;
}

export interface Channel {
  readonly id: Id;
  readonly name: string;
  /** CSS colour, `#rrggbb`. */
  readonly color: string;
  /** An icon name the client maps to a glyph (e.g. `mail`, `phone`). */
  readonly icon: string;
  readonly order: OrderKey;
}

export const LANE_KINDS = [
  'doing',
  'thinking',
  'feeling',
  'people-systems',
  'pain-points',
  'opportunities',
  'backstage',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export interface Lane {
  readonly id: Id;
  readonly kind: LaneKind;
  readonly title: string;
  readonly order: OrderKey;
}

/** A sticky note in one cell (step × lane). */
export interface Note {
  readonly id: Id;
  readonly stepId: Id;
  readonly laneId: Id;
  readonly text: string;
  readonly color: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly order: OrderKey;
}

/** The kinds of file a board holds as evidence, read from the bytes by the relay (never from the name). */
export const ATTACHMENT_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/pdf',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** What an attachment is evidence for: exactly one of these holds an id (attachments.ts). */
export const ATTACHMENT_PARENTS = ['stepId', 'noteId', 'personaId', 'questionId'] as const;
export type AttachmentParentField = (typeof ATTACHMENT_PARENTS)[number];

/**
 * A file (photo, screenshot, PDF) attached to a step, a note, a persona or a question. The bytes are a
 * blob the relay stores by `hash` (SHA-256 of the bytes it stored); the document holds only the reference.
 */
export interface Attachment {
  readonly id: Id;
  readonly stepId: Id | null;
  readonly noteId: Id | null;
  readonly personaId: Id | null;
  /** A question lives in the `questions` document: the link crosses documents, like a question's stepId. */
  readonly questionId: Id | null;
  /** Hex SHA-256 of the stored blob. */
  readonly hash: string;
  readonly type: AttachmentType;
  /** Bytes of the stored blob. */
  readonly size: number;
  /** Pixels of the stored image; null for documents. */
  readonly width: number | null;
  readonly height: number | null;
  /** Doubles as the alt text. */
  readonly caption: string;
  /** The file's name when it was attached (shown and used for downloads). */
  readonly name: string;
  readonly authorId: string;
  readonly order: OrderKey;
}

/** One participant's own rating of one step. Its id is `ratingId(stepId, participantId)`. */
export interface Rating {
  readonly id: Id;
  readonly stepId: Id;
  readonly participantId: string;
  readonly score: Score;
  readonly emotion: EmotionLabel | null;
}

export interface Persona {
  readonly id: Id;
  readonly name: string;
  readonly job: string;
  readonly goals: readonly string[];
  readonly frustrations: readonly string[];
  readonly preferredChannelIds: readonly Id[];
  readonly quote: string;
  readonly avatar: string;
  readonly order: OrderKey;
}

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export interface Opportunity {
  readonly id: Id;
  readonly title: string;
  readonly description: string;
  readonly stepIds: readonly Id[];
  readonly noteIds: readonly Id[];
  readonly owner: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly deadline: string | null;
  readonly priority: Priority;
  readonly status: OpportunityStatus;
  /** The day (`YYYY-MM-DD`, UTC) it was marked done; customers' scores are re-measured around it. */
  readonly doneAt: string | null;
  /** Votes recorded by the facilitator (e.g. the result of a dot-voting round). */
  readonly votes: number;
  readonly order: OrderKey;
}

/** The dots one participant placed in one voting round. Its id is `voteId(roundId, participantId)`. */
export interface Vote {
  readonly id: Id;
  readonly roundId: Id;
  readonly participantId: string;
  /** One entry per dot; a target may appear more than once. */
  readonly targetIds: readonly Id[];
}

export interface BoardSnapshot {
  readonly meta: Meta;
  readonly journeys: readonly Journey[];
  /** All stages of all journeys, sorted by journey then order. */
  readonly stages: readonly Stage[];
  /** All steps of all journeys, sorted by journey, stage, then order. */
  readonly steps: readonly Step[];
  readonly channels: readonly Channel[];
  readonly lanes: readonly Lane[];
  readonly notes: readonly Note[];
  readonly ratings: readonly Rating[];
  readonly personas: readonly Persona[];
  readonly opportunities: readonly Opportunity[];
  readonly votes: readonly Vote[];
  readonly attachments: readonly Attachment[];
}

export interface EntityByKind {
  journey: Journey;
  stage: Stage;
  step: Step;
  channel: Channel;
  lane: Lane;
  note: Note;
  rating: Rating;
  persona: Persona;
  opportunity: Opportunity;
  vote: Vote;
  attachment: Attachment;
}
export type EntityKind = keyof EntityByKind;
export type AnyEntity = EntityByKind[EntityKind];

/** A problem found while reading a document a peer wrote; the entry it names was skipped or repaired. */
export interface ReadIssue {
  readonly kind: EntityKind | 'meta';
  readonly id: string;
  /** e.g. `score: expected a number from 1 to 10` */
  readonly message: string;
  readonly action: 'skipped' | 'repaired';
}

export interface BoardRead {
  readonly board: BoardSnapshot;
  readonly issues: readonly ReadIssue[];
  /** True when the document was written by a newer version of Journeyboard: show it, do not edit it. */
  readonly readOnly: boolean;
  readonly readOnlyReason: string | null;
}

/** A Yjs transaction origin: pass the same value to `Y.UndoManager({ trackedOrigins })`. */
export type Origin = unknown;
