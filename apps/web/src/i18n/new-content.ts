import { type MessageKey, t } from './i18n';

/** The things the UI creates with a name of its own choosing. */
export type NewContentKind = 'step' | 'stage' | 'channel' | 'lane';

const NEW_NAME_KEYS = {
  step: 'board.new.step',
  stage: 'board.new.stage',
  channel: 'board.new.channel',
  lane: 'board.new.lane',
} as const satisfies Readonly<Record<NewContentKind, MessageKey>>;

/**
 * The name a new step (stage, channel, lane) gets: content from then on, never translated again. A
 * board's content is in the language it was created in; boards do not record that language, so the
 * name is written in the creator's language (the active one), like the template the board started from.
 * Call it when the thing is created, never at module load: the language can change live.
 */
export function newContentName(kind: NewContentKind): string {
  return t(NEW_NAME_KEYS[kind]);
}
