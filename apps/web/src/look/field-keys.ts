import type { KeyboardEvent } from 'react';

/**
 * Enter and Escape in a field that saves when left: they save what was typed and keep the keyboard in the
 * field (blurring it dropped the keyboard on the page's body), and the key goes no further (Escape does
 * not also close the panel the field is in).
 */
export function saveOnEnterOrEscape(event: KeyboardEvent<HTMLElement>, save: () => void): void {
  if (event.key !== 'Enter' && event.key !== 'Escape') return;
  event.preventDefault();
  save();
}
