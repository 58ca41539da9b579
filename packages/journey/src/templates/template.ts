import type { ChannelSeed, LaneSeed } from '../defaults';
import type { Journey, Meta, Note, Opportunity, Persona, Stage, Step } from '../types';

export const TEMPLATE_IDS = ['blank', 'onboarding', 'password-reset', 'support-experience'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  DEFAULT_CONTENT_LANGUAGE,
  isContentLanguage,
} from '../content-language';

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
