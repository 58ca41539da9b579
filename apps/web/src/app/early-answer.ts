import { ENTITY_KINDS, readCollection, readMeta } from '@journeyboard/journey';
import * as Y from 'yjs';

/** The origin of the board applied from the early socket (not this user's: never undone). */
export const EARLY_ANSWER_ORIGIN = { kind: 'journeyboard:early-answer' } as const;

/**
 * The relay's answer applied to a content document nothing listens to yet: Yjs then does not re-encode
 * the whole board for the provider's and the offline cache's `update` listeners (the cache stores the
 * whole state when it opens). Returns false when the update is broken: the provider asks again.
 */
export function applyAnswer(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    Y.applyUpdate(doc, update, EARLY_ANSWER_ORIGIN);
    return true;
  } catch (error) {
    console.warn('journeyboard: the early answer could not be applied; the provider asks again', error);
    return false;
  }
}

/**
 * A content document with the board applied and read once through the journey package, so its caches
 * hold every entity validated. The app shell runs this while the board's code is still loading.
 */
export function documentFromAnswer(update: Uint8Array): Y.Doc | null {
  const doc = new Y.Doc();
  if (!applyAnswer(doc, update)) {
    doc.destroy();
    return null;
  }
  for (const kind of ENTITY_KINDS) readCollection(doc, kind);
  readMeta(doc);
  return doc;
}
