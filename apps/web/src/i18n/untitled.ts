import type { MessageKey } from './i18n';

/** The things people name whose name can be left empty. */
export type UntitledKind = 'step' | 'stage' | 'channel' | 'lane' | 'note';

/** One message per kind, so "Untitled step" is written once for every screen that shows one. */
const UNTITLED_KEYS = {
  step: 'board.untitled.step',
  stage: 'board.untitled.stage',
  channel: 'board.untitled.channel',
  lane: 'board.untitled.lane',
  note: 'board.untitled.note',
} as const satisfies Readonly<Record<UntitledKind, MessageKey>>;

export function untitledKey(kind: UntitledKind): MessageKey {
  return UNTITLED_KEYS[kind];
}

/**
 * What people typed, or "Untitled step" (etc.) in the reader's language when they typed nothing but
 * spaces. The name itself is content and is never translated.
 */
export function nameOr(translate: (key: MessageKey) => string, kind: UntitledKind, name: string): string {
  return name.trim() === '' ? translate(UNTITLED_KEYS[kind]) : name;
}
