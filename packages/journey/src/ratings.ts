import * as Y from 'yjs';
import { collection, entityMap, mapFromFields, sameValue } from './doc';
import { ratingId } from './ids';
import { requireEntity, transact, validate } from './mutate';
import type { EmotionLabel, Origin, Rating } from './types';

export interface RatingInput {
  readonly stepId: string;
  readonly participantId: string;
  readonly score: number;
  readonly emotion?: EmotionLabel | null;
}

/**
 * Sets a participant's own rating of a step (creating or replacing it). The entry is keyed by step and
 * participant, so there is never more than one per person, whatever happens concurrently.
 */
export function setRating(doc: Y.Doc, input: RatingInput, origin: Origin): Rating {
  return transact(doc, origin, () => {
    requireEntity(doc, 'step', input.stepId);
    const id = ratingId(input.stepId, input.participantId);
    const rating = validate('rating', { ...input, id });
    const existing = entityMap(doc, 'rating', id);
    if (!existing) {
      collection(doc, 'rating').set(id, mapFromFields(rating as unknown as Record<string, unknown>));
    } else {
      for (const [key, value] of Object.entries(rating)) {
        if (key !== 'id' && !sameValue(existing.get(key), value)) existing.set(key, value);
      }
    }
    return rating;
  });
}

/** The add/update verbs for ratings are both `setRating`. */
export const addRating = setRating;
export const updateRating = setRating;

export function deleteRating(doc: Y.Doc, stepId: string, participantId: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    const id = ratingId(stepId, participantId);
    if (!collection(doc, 'rating').has(id)) return false;
    collection(doc, 'rating').delete(id);
    return true;
  });
}

/** Removes every rating of a step (e.g. to re-run a rating round). */
export function clearRatings(doc: Y.Doc, stepId: string, origin: Origin): number {
  return transact(doc, origin, () => {
    const ratings = collection(doc, 'rating');
    let removed = 0;
    for (const [id, rating] of [...ratings.entries()]) {
      if (rating instanceof Y.Map && rating.get('stepId') === stepId) {
        ratings.delete(id);
        removed++;
      }
    }
    return removed;
  });
}
