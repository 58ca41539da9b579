import type { ChannelSeed, LaneSeed } from '../defaults';
import type { Journey, Meta, Note, Opportunity, Persona, Stage, Step } from '../types';

export const TEMPLATE_IDS = ['blank', 'onboarding', 'password-reset', 'support-experience'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * The languages templates are written in. A board is created in its creator's language: its content
 * (titles, steps, notes, lane and channel names) is then the board's own and is never translated.
 */
export const CONTENT_LANGUAGES = ['en', 'nl'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
export const DEFAULT_CONTENT_LANGUAGE: ContentLanguage = 'en';

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

type Seed<T, Required extends keyof T> = Partial<Omit<T, 'id' | 'order'>> &
  Pick<T, Required> & { id: string };

export type StepSeed = Seed<Omit<Step, 'journeyId' | 'stageId'>, 'title'>;
export interface StageSeed extends Seed<Omit<Stage, 'journeyId'>, 'title'> {
  readonly steps: readonly StepSeed[];
}
export interface JourneySeed extends Seed<Journey, 'name' | 'kind'> {
  readonly stages: readonly StageSeed[];
}

/** A template is plain data with fixed ids, written to a new board by `createBoard`. */
export interface Template {
  readonly id: TemplateId;
  readonly name: string;
  readonly description: string;
  readonly meta: Omit<Meta, 'schemaVersion' | 'templateId' | 'personaId' | 'language'>;
  readonly channels: readonly ChannelSeed[];
  readonly lanes: readonly LaneSeed[];
  readonly journeys: readonly JourneySeed[];
  readonly notes: readonly Seed<Omit<Note, 'authorId' | 'authorName'>, 'stepId' | 'laneId' | 'text'>[];
  readonly personas: readonly Seed<Persona, 'name'>[];
  readonly opportunities: readonly Seed<Opportunity, 'title'>[];
}

export interface TemplateInfo {
  readonly id: TemplateId;
  readonly name: string;
  readonly description: string;
  readonly stepCount: number;
}
