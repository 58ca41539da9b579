import type { MessageKey } from '../i18n/i18n';

/**
 * The facilitator's lock button as data. It is an action button, not a toggle: its words say what
 * pressing it does now (Lock board, or Unlock board while locked), so it carries no aria-pressed (a
 * toggle's name must not change with its state; the toolbar's toggles, Structure and Feedback, keep theirs).
 * Its padlock and title show that the board is locked; the change is announced.
 */
export interface LockAction {
  /** The `locked` value pressing it writes. */
  readonly next: boolean;
  readonly label: MessageKey;
  /** The state it is in, as a tooltip. */
  readonly title: MessageKey;
  /** Spoken once it is pressed: the new state. */
  readonly announcement: MessageKey;
}

export function lockAction(locked: boolean): LockAction {
  return locked
    ? {
        next: false,
        label: 'panels.toolbar.unlock',
        title: 'panels.toolbar.unlock-title',
        announcement: 'panels.toolbar.unlocked',
      }
    : {
        next: true,
        label: 'panels.toolbar.lock',
        title: 'panels.toolbar.lock-title',
        announcement: 'panels.toolbar.locked',
      };
}
