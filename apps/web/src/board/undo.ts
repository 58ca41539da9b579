import { COLLECTION_NAMES, ENTITY_KINDS, META_NAME } from '@journeyboard/journey';
import * as Y from 'yjs';

/** Edits closer together than this merge into one undo step (e.g. a burst of typing). */
export const UNDO_CAPTURE_MS = 400;

/**
 * An undo manager over the whole journey that tracks only `origin`: every local mutation passes that
 * origin, and peers' changes arrive with the provider as origin, so undo never reverts someone else.
 */
export function createUndoManager(doc: Y.Doc, origin: object): Y.UndoManager {
  const scope: Y.Map<unknown>[] = [
    doc.getMap(META_NAME),
    ...ENTITY_KINDS.map((kind) => doc.getMap(COLLECTION_NAMES[kind])),
  ];
  return new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: UNDO_CAPTURE_MS });
}

export type UndoCommand = 'undo' | 'redo';

interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** ctrl/cmd+Z undoes; ctrl/cmd+shift+Z and ctrl+Y redo. */
export function undoCommandFor(event: KeyLike): UndoCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/** Text fields keep their own native undo for what is being typed. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea') return true;
  if (tag === 'input') {
    const type = (element as HTMLInputElement).type;
    return ['text', 'search', 'email', 'url', 'tel', 'number', 'password'].includes(type);
  }
  return element.isContentEditable === true;
}
